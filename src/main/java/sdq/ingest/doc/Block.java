package sdq.ingest.doc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A block of a notes document: where it is in the source (1-based lines, inclusive) and what it
 * is as Markdown. Containers hold their children; the Markdown of a container holds theirs.
 */
public sealed interface Block {
    /** The first source line. */
    int line();

    /** The last source line. */
    int endLine();

    /** The block as Markdown, on its own: no indentation of the container it was in. */
    String markdown();

    /** A heading; {@code text} is Markdown inline text. */
    record Heading(int level, String text, int line, int endLine) implements Block {
        public Heading {
            if (level < 1 || level > 6) {
                throw new IllegalArgumentException("a heading level is 1 to 6, not " + level);
            }
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String markdown() {
            return "#".repeat(level) + " " + text;
        }
    }

    /** A line of a paragraph, as Markdown, with its line in the source. */
    record Line(int number, String text) {
        public Line {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A paragraph: lines of Markdown inline text. */
    record Paragraph(List<Line> lines) implements Block {
        public Paragraph {
            lines = List.copyOf(lines);
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("a paragraph has a line at least");
            }
        }

        public static Paragraph of(int line, String text) {
            return new Paragraph(List.of(new Line(line, text)));
        }

        public String text() {
            return markdown();
        }

        @Override
        public int line() {
            return lines.get(0).number();
        }

        @Override
        public int endLine() {
            return lines.get(lines.size() - 1).number();
        }

        @Override
        public String markdown() {
            if (lines.size() == 1) {
                return lines.get(0).text();
            }
            StringBuilder out = new StringBuilder();
            for (Line l : lines) {
                out.append(out.length() == 0 ? "" : "\n").append(l.text());
            }
            return out.toString();
        }
    }

    /** A bulleted or numbered list. */
    record ListBlock(boolean ordered, List<Item> items, String markdown, int line, int endLine) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    /** An item of a list: its marker ("-", "3."), whether it is a to-do box, and what it holds. */
    record Item(String marker, Task task, List<Block> children, String markdown, int line, int endLine) implements Block {
        public Item {
            children = List.copyOf(children);
            Objects.requireNonNull(task, "task");
        }

        /** An item a front end made: its Markdown written from its marker and children. */
        public static Item of(String marker, Task task, List<Block> children, int line, int endLine) {
            Item bare = new Item(marker, task, children, "", line, endLine);
            return new Item(marker, task, children, Markdown.list(List.of(bare)), line, endLine);
        }
    }

    /** Whether a list item is a to-do box ("- [ ] ..."), and ticked. */
    enum Task {
        NONE, OPEN, DONE
    }

    /** A block quote. */
    record Quote(List<Block> children, String markdown, int line, int endLine) implements Block {
        public Quote {
            children = List.copyOf(children);
        }
    }

    /** Code or other preformatted text. */
    record Code(String info, String literal, String markdown, int line, int endLine) implements Block {
    }

    /** A table: the header's cells and each row's, as Markdown inline text. */
    record Table(List<String> header, List<List<String>> rows, String markdown, int line, int endLine) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A thematic break. */
    record Rule(int line) implements Block {
        @Override
        public int endLine() {
            return line;
        }

        @Override
        public String markdown() {
            return "---";
        }
    }

    /** A {@code <details>} block: its summary (Markdown inline text) and what it hides. */
    record Details(String summary, List<Block> children, int line, int endLine) implements Block {
        public Details {
            children = List.copyOf(children);
        }

        @Override
        public String markdown() {
            return Markdown.join(List.of(Paragraph.of(line, "**" + summary + "**")), children);
        }
    }

    /**
     * An entry of a definition list: the term (Markdown inline text) and its definition.
     * {@code questions}: the list is declared as questions and answers (AsciiDoc's {@code [qanda]}).
     */
    record Definition(String term, List<Block> children, boolean questions, int line, int endLine) implements Block {
        public Definition {
            children = List.copyOf(children);
        }

        @Override
        public String markdown() {
            return Markdown.join(List.of(Paragraph.of(line, "**" + term + "**")), children);
        }
    }

    /** Markdown a front end wrote out whole, with no finer structure to read. */
    record Text(String markdown, int line, int endLine) implements Block {
    }

    /** Something the front end set aside (a prompt with no answer, a reference), and why. */
    record Skipped(String text, String reason, int line) implements Block {
        @Override
        public int endLine() {
            return line;
        }

        @Override
        public String markdown() {
            return "";
        }
    }

    /** HTML that stays as it is (no front end made blocks of it). */
    record Html(String markdown, int line, int endLine) implements Block {
    }

    /**
     * A card the syntax itself declares (a flashcard line, a follow-up the page sets apart):
     * its question as Markdown, its answer, follow-up cards, and what declared it.
     */
    record Declared(String question, List<Block> answer, List<Declared> followUps, String rule,
                    Optional<String> section, int line, int endLine, Optional<sdq.deck.Cloze> cloze,
                    List<String> topics) implements Block {
        public Declared {
            Objects.requireNonNull(question, "question");
            answer = List.copyOf(answer);
            followUps = List.copyOf(followUps);
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(cloze, "cloze");
            topics = List.copyOf(topics);
        }

        /** A card that is no cloze, and says nothing of its topics. */
        public Declared(String question, List<Block> answer, List<Declared> followUps, String rule,
                        Optional<String> section, int line, int endLine) {
            this(question, answer, followUps, rule, section, line, endLine, Optional.empty(), List.of());
        }

        /** A card of one answer block, a front end wrote. */
        public static Declared of(String question, String answer, String rule, int line, int endLine) {
            return new Declared(question, List.of(new Text(answer, line, endLine)), List.of(), rule, Optional.empty(),
                    line, endLine);
        }

        /** The cards of a cloze, one a gap number, each with its own question and answer. */
        public static List<Declared> cloze(sdq.deck.Cloze cloze, String rule, int line, int endLine) {
            List<Declared> cards = new java.util.ArrayList<>();
            for (int n : cloze.numbers()) {
                cards.add(new Declared(cloze.question(n), List.of(new Text(cloze.answer(n), line, endLine)), List.of(),
                        rule, Optional.empty(), line, endLine, Optional.of(cloze.only(n)), List.of()));
            }
            return cards;
        }

        /** The same card, with the topics its file gives it. */
        public Declared withTopics(List<String> given) {
            return new Declared(question, answer, followUps, rule, section, line, endLine, cloze, given);
        }

        @Override
        public String markdown() {
            return Markdown.join(List.of(Paragraph.of(line, question)), answer);
        }
    }
}
