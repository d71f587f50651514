package sdq.ingest.cards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import sdq.deck.CardFields;
import sdq.ingest.Draft;
import sdq.ingest.Skip;
import sdq.ingest.doc.Block;
import sdq.ingest.doc.Inline;
import sdq.ingest.doc.Markdown;

/**
 * The cards of a document as they are found: each question made into a card with the blocks
 * of its extent (the answer label among them parted from the answer, hints left out, the answer
 * tidied and checked), or into a skip that says why it is none; and what asks like a question
 * but stays inside an answer.
 */
final class Drafts {
    private static final Pattern QUOTES = Pattern.compile("^[\"“]|[\"”]$");

    /** The blocks' Markdown is the notes' own, spacing and all. */
    private final boolean source;
    private final Judged judged;
    private final List<Draft> drafts = new ArrayList<>();
    private final List<Skip> skipped = new ArrayList<>();
    private final List<Skip> inAnswers = new ArrayList<>();

    Drafts(boolean source, Judged judged) {
        this.source = source;
        this.judged = judged;
    }

    boolean isEmpty() {
        return drafts.isEmpty();
    }

    void skip(Skip skip) {
        skipped.add(skip);
    }

    void inAnswer(Skip skip) {
        inAnswers.add(skip);
    }

    Found found() {
        List<Skip> skips = new ArrayList<>(skipped);
        skips.sort(Comparator.comparingInt(Skip::line));
        return new Found(drafts, skips, inAnswers);
    }

    /**
     * The cards of a question-and-answer table: each row whose question cell is filled; the
     * cells of other columns ("When to use", "Example") follow its answer, each under its
     * column's name, so nothing of the row is lost.
     */
    void table(Block.Table t, String section) {
        List<String> header = t.header().stream().map(Inline::plain).toList();
        int[] columns = Candidates.questionAndAnswer(header).or(() -> Candidates.namedThings(header)).orElseThrow();
        int q = columns[0];
        int a = columns[1];
        Optional<Integer> tags = CardFields.find(header, CardFields.Field.TOPICS);
        java.util.Set<Integer> numbering = new java.util.HashSet<>();
        for (int c = 0; c < header.size(); c++) {
            if (numbers(t, c, header.get(c))) {
                numbering.add(c);
            }
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            String question = q < row.size() ? row.get(q).strip() : "";
            int line = Math.min(t.endLine(), t.line() + 2 + r);
            if (question.isEmpty()) {
                continue;
            }
            List<Block> blocks = new ArrayList<>();
            // No answer column: the row's other cells, each under its column's name, are the answer.
            String answer = a < 0 ? "" : a < row.size() ? row.get(a).strip() : "";
            boolean answered = a < 0 ? row.stream().skip(1).anyMatch(c -> !c.isBlank()) : !answer.isEmpty();
            if (!answer.isEmpty()) {
                blocks.add(Block.Paragraph.of(line, answer.replace("<br>", "  \n")));
            }
            for (int c = 0; c < Math.min(row.size(), header.size()); c++) {
                String cell = row.get(c).strip();
                boolean other = c != q && c != a && CardFields.of(header.get(c)).isEmpty() && !header.get(c).isBlank()
                        && !numbering.contains(c) && !TRACKING.matcher(header.get(c).strip()).matches();
                // A row not yet answered ("| What is X? | | TODO |") is no card for its other cells either.
                if (other && !cell.isEmpty() && answered) {
                    blocks.add(Block.Paragraph.of(line, "**" + header.get(c).strip() + ":** " + cell.replace("<br>", "  \n")));
                }
            }
            int before = drafts.size();
            card(question, "question/answer table", line, blocks, false, (char) 0, section);
            List<String> topics = tags.filter(c -> c < row.size()).map(c -> CardFields.topics(Inline.plain(row.get(c))))
                    .orElse(List.of());
            if (drafts.size() > before && !topics.isEmpty()) {
                // "| ... | caching, cdn |": the row's tags are its card's topics.
                Draft d = drafts.remove(drafts.size() - 1);
                drafts.add(new Draft(d.question(), d.answer(), d.section(), d.line(), d.endLine(), d.parent(), d.id(),
                        Optional.of(topics), d.rule(), d.cloze()));
            }
        }
    }

    /** Columns that track the study of a question, not what answers it: "Status", "Done", "Last reviewed". */
    private static final java.util.regex.Pattern TRACKING = java.util.regex.Pattern.compile("(?i)status|done|progress"
            + "|confidence|score|(?:last\\s+)?(?:reviewed|review(?:ed)?\\s+on|studied)|date|due|streak|✓|✔");

    private static final java.util.regex.Pattern NUMBER_HEADER = java.util.regex.Pattern.compile("(?i)#|no\\.?|nr\\.?|num|number|n|index|idx");

    /**
     * Whether a table's column only numbers its rows: headed "#" or "No.", or 1, 2, 3 ... (or
     * 0, 1, 2 ...) down two rows or more; a column of years or counts is data.
     */
    private static boolean numbers(Block.Table t, int column, String header) {
        if (NUMBER_HEADER.matcher(header.strip()).matches()) {
            return true;
        }
        int expected = -1;
        for (List<String> row : t.rows()) {
            String cell = column < row.size() ? row.get(column).strip().replaceFirst("[.)]$", "") : "";
            if (!cell.matches("\\d{1,4}")) {
                return false;
            }
            int n = Integer.parseInt(cell);
            if (expected >= 0 ? n != expected : n > 1) {
                return false;
            }
            expected = n + 1;
        }
        return t.rows().size() >= 2;
    }

    /** A card its syntax declares, and its follow-ups after it, each linked to it. */
    void declared(Block.Declared d, OptionalInt parent, String section) {
        List<Block> answer = Answers.tidy(d.answer());
        if (!answer.isEmpty() && answer.get(0) instanceof Block.Paragraph p && Candidates.isAnswerLabel(p)) {
            List<Block> rest = new ArrayList<>(afterLabel(p, false));
            rest.addAll(answer.subList(1, answer.size()));
            answer = rest;
        }
        String question = Questions.clean(CardFinder.withoutLabel(d.question()));
        Optional<String> why = Answers.whyNot(answer);
        if (why.isPresent()) {
            skipped.add(new Skip(d.line(), Inline.plain(question), why.get()));
            return;
        }
        int index = drafts.size();
        Draft draft = new Draft(question, Answers.markdown(answer, source), d.section().orElse(section),
                d.line(), Math.max(d.line(), d.endLine()), parent, Optional.empty(),
                d.topics().isEmpty() ? Optional.empty() : Optional.of(d.topics()), d.rule(), d.cloze());
        drafts.add(draft);
        for (Block.Declared f : d.followUps()) {
            declared(f, OptionalInt.of(index), section);
        }
    }

    /** Notes what asks inside the answer of the card at {@code line}: it stays there. */
    private void asksInside(Block b, int line) {
        String why = "part of the answer to line " + line;
        if (b instanceof Block.Heading h && Asking.of(Inline.plain(HeadingPlan.question(h.text()))).asks()) {
            inAnswers.add(new Skip(h.line(), Inline.plain(h.text()), why));
        } else if (b instanceof Block.Paragraph p && Candidates.mayAsk(p.lines().subList(0, 1))
                && Asking.of(Inline.plain(p.lines().get(0).text())) == Asking.QUESTION) {
            inAnswers.add(new Skip(p.line(), unquoted(Inline.plain(p.lines().get(0).text())), why));
        } else if (b instanceof Block.ListBlock l) {
            for (Block.Item item : l.items()) {
                item.children().forEach(c -> asksInside(c, line));
            }
        } else if (b instanceof Block.Quote q) {
            q.children().forEach(c -> asksInside(c, line));
        }
    }

    /** A question as a skip names it: without the quote marks it may stand in. */
    static String unquoted(String text) {
        return text.isEmpty() || "\"“”".indexOf(text.charAt(0)) < 0 && "\"“”".indexOf(text.charAt(text.length() - 1)) < 0
                ? text : QUOTES.matcher(text).replaceAll("");
    }

    /**
     * Makes the card of a question and the blocks of its extent: an answer label among them
     * ends what belongs to the question (context, options) and starts the answer; hints are left
     * out. {@code below}: the question is not in the line that found it but in the first blocks;
     * {@code separator}: what ended the question's label, which an answer label may end with too.
     */
    void card(String question, String rule, int line, List<Block> extent, boolean below, char separator, String section) {
        List<Block> blocks = Answers.tidy(extent);
        if (!blocks.isEmpty() && blocks.get(0) instanceof Block.ListBlock l && l.items().size() == 1
                && !l.items().get(0).children().isEmpty()
                && Candidates.isAnswerLabel(l.items().get(0).children().get(0), separator)) {
            // An outline's "- Q: ..." with "- A: ..." under it: the answer is what the A item holds.
            List<Block> unwrapped = new ArrayList<>(l.items().get(0).children());
            unwrapped.addAll(blocks.subList(1, blocks.size()));
            blocks = unwrapped;
        }
        int label = -1;
        boolean answered = false;
        for (int k = 0; k < blocks.size() && k <= 8 && label < 0; k++) {
            Block b = blocks.get(k);
            label = Candidates.isAnswerLabel(b, separator, judged.chat()) ? k : -1;
            boolean asks = judged.card(b, false);
            if (label < 0 && answered && b instanceof Block.Paragraph p
                    && judged.paragraph(p, false).filter(q -> !q.answer().isEmpty()).isPresent()) {
                // A question with its answer after this one's answer: a label below it is another question's.
                break;
            }
            answered |= label < 0 && !asks;
        }
        List<Block> context = new ArrayList<>();
        List<Block> answer = new ArrayList<>();
        if (label >= 0) {
            context.addAll(blocks.subList(0, label));
            Block at = blocks.get(label);
            if (at instanceof Block.Paragraph p) {
                answer.addAll(afterLabel(p, judged.chat()));
            }
            answer.addAll(blocks.subList(label + 1, blocks.size()));
        } else if (below && !blocks.isEmpty()) {
            context.add(blocks.get(0));
            answer.addAll(blocks.subList(1, blocks.size()));
        } else {
            answer.addAll(blocks);
        }
        context.removeIf(Drafts::hint);
        answer.removeIf(Drafts::hint);
        // Where the question was asked, its tags and difficulty: at the end of the answer.
        List<Block> said = new ArrayList<>();
        Optional<String[]> after = Metadata.afterQuestion(question);
        if (after.isPresent()) {
            question = after.get()[0];
            said.add(Block.Paragraph.of(line, after.get()[1]));
        }
        context = Metadata.paragraphs(context, said);
        answer = Metadata.leading(answer, said);
        String asked = question(Questions.clean(question), context);
        Optional<Block> reference = Optional.empty();
        Optional<String[]> link = Questions.link(asked);
        if (link.isPresent()) {
            // "[What is Paxos?](https://...)": the question is the link's text; the link goes under the answer.
            asked = link.get()[0];
            reference = Optional.of(Block.Paragraph.of(line, "[" + link.get()[1] + "](" + link.get()[2] + ")"));
        }
        if (asked.isBlank()) {
            return;
        }
        answer = Answers.tidy(answer);
        Optional<String> why = Answers.whyNot(answer);
        if (why.isEmpty() && reference.isPresent()) {
            answer.add(reference.get());
        }
        if (why.isEmpty()) {
            answer.addAll(said);
        }
        if (why.isPresent()) {
            skipped.add(new Skip(line, unquoted(Inline.plain(asked.lines().findFirst().orElse(asked))), why.get()));
            return;
        }
        int end = Math.max(line, answer.get(answer.size() - 1).endLine());
        for (Block b : answer) {
            asksInside(b, line);
        }
        drafts.add(new Draft(asked, Answers.markdown(answer, source), section, line, end, OptionalInt.empty(), Optional.empty(),
                Optional.empty(), rule));
    }

    /** The question with what belongs to it: its context, a question written under a number, its options. */
    private String question(String question, List<Block> context) {
        List<String> parts = new ArrayList<>();
        if (!question.isBlank()) {
            parts.add(question.strip());
        }
        for (Block b : context) {
            String last = parts.isEmpty() ? "" : parts.get(parts.size() - 1);
            if (!source && b instanceof Block.Paragraph p && !last.isEmpty()
                    && Asking.of(Inline.plain(last)) != Asking.QUESTION && !last.endsWith(":")) {
                // A question in plain text that runs on over its lines: "Your p99 doubled. Where do you look?"
                parts.set(parts.size() - 1, last + " " + p.markdown().replace('\n', ' '));
                continue;
            }
            if (b instanceof Block.Paragraph p) {
                Optional<Candidates.Question> q = judged.paragraph(p, true)
                        .filter(c -> c.kind() == Candidates.Kind.LABELLED && parts.isEmpty());
                parts.add(q.map(c -> Markdown.join(List.of(Block.Paragraph.of(p.line(), c.question())), c.answer()))
                        .orElse(p.markdown()));
            } else {
                parts.add(b.markdown());
            }
        }
        return String.join("\n\n", parts).strip();
    }

    /** The text of an answer-label paragraph after its label. */
    private static List<Block> afterLabel(Block.Paragraph p, boolean chat) {
        List<Block.Line> lines = new ArrayList<>(p.lines());
        String rest = Labels.of(lines.get(0).text(), chat).map(Labels.Label::rest).orElse("");
        if (rest.isBlank()) {
            lines.remove(0);
        } else {
            lines.set(0, new Block.Line(lines.get(0).number(), rest));
        }
        return lines.isEmpty() ? List.of() : List.of(new Block.Paragraph(lines));
    }

    private static boolean hint(Block b) {
        return b instanceof Block.Paragraph p && Labels.isHint(p.lines().get(0).text());
    }
}
