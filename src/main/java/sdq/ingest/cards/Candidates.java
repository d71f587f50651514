package sdq.ingest.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sdq.deck.CardFields;
import sdq.ingest.doc.Block;
import sdq.ingest.doc.Inline;

/**
 * The blocks that may be questions, short of headings: a labelled paragraph ({@code Q: ...}),
 * a bold paragraph or bold lead that asks, a numbered question, a paragraph that asks, a list
 * item that asks with its answer inside it; and the blocks that are cards by their syntax
 * (a {@code <details>}, a definition, a question-and-answer table, a declared card).
 */
final class Candidates {
    /** The kinds of question paragraph, strongest first: a question ends the answer of one of its rank or lower. */
    enum Kind {
        LABELLED("Q:/A: labels"),
        /** What a speaker asks in a transcript ("Interviewer: ...?", "You said: ..."). */
        SPOKEN("a speaker's question"), BOLD("bold question"), NUMBERED("numbered question"),
        /** A paragraph that asks at the start of a block, its answer right under it. */
        BLOCK("question with its answer under it"),
        ASKING("question paragraph");

        final String rule;

        Kind(String rule) {
            this.rule = rule;
        }
    }

    /**
     * A question found in a paragraph.
     *
     * @param kind     what kind of paragraph asks it
     * @param question its Markdown, or "" when the paragraph is only a label and the question is below it
     * @param answer   the rest of the paragraph after the question (an answer on the same or the next line)
     * @param separator what ended the question's label (':', '.', ')'), or 0 when it has none
     */
    record Question(Kind kind, String question, List<Block> answer, char separator) {
    }

    private static final Pattern INLINE_ANSWER = Pattern.compile("[?？]\\s*(\\*\\*|__)?\\s*(?:A|Ans|Answer)\\s*(\\*\\*|__)?\\s*:\\s*(\\*\\*|__)?\\s+");
    /** The first question mark with more text after it on the line. */
    private static final Pattern STATEMENT_AFTER = Pattern.compile("[?？](?=\\s+\\S)");
    private static final Pattern SEPARATORS = Pattern.compile("^\\s*(?:[-–—:→=]+>?|=>)?\\s*");
    private static final Pattern QUOTE_END = Pattern.compile("[”\"»」』]\\s*$");
    private static final Pattern LEAD_LABEL = Pattern.compile("^(\\*\\*|__)[^*_]{1,40}?:?(\\*\\*|__)\\s*:?(\\s|$)");

    private Candidates() {
    }

    /** The question a paragraph asks, if it is one ({@code asking}: also a plain paragraph that asks). */
    static Optional<Question> paragraph(Block.Paragraph p, boolean asking) {
        return paragraph(p, asking, false);
    }

    /** As {@link #paragraph(Block.Paragraph, boolean)}; {@code chat}: the document is a chat with an assistant. */
    static Optional<Question> paragraph(Block.Paragraph p, boolean asking, boolean chat) {
        List<Block.Line> lines = p.lines();
        // "❓ **What is X?**": the emoji before a question decorates it.
        String first = Questions.withoutLeadingDecoration(lines.get(0).text().stripLeading());
        Optional<Labels.Label> label = Labels.of(first, chat);
        Kind kind;
        String start;
        char separator = label.map(Labels.Label::separator).orElse((char) 0);
        if (label.isPresent()) {
            Labels.Role role = label.get().role();
            if (role != Labels.Role.QUESTION && role != Labels.Role.NUMBER) {
                return Optional.empty();
            }
            kind = role == Labels.Role.NUMBER ? Kind.NUMBERED : label.get().speaker() ? Kind.SPOKEN : Kind.LABELLED;
            start = label.get().rest();
        } else if (Inline.isAllStrong(first)) {
            kind = Kind.BOLD;
            start = first;
        } else if (first.startsWith("**") || first.startsWith("__")) {
            String mark = first.substring(0, 2);
            int close = first.indexOf(mark, 2);
            if (close < 0 || !Asking.of(Inline.plain(first.substring(0, close + 2))).asks()) {
                return Optional.empty();
            }
            // "**What is X?** It is ...": a bold question and its answer on one line.
            List<Block.Line> rest = new ArrayList<>();
            String after = first.substring(close + 2).strip();
            if (!after.isEmpty()) {
                rest.add(new Block.Line(lines.get(0).number(), after));
            }
            rest.addAll(lines.subList(1, lines.size()));
            return Optional.of(new Question(Kind.BOLD, Inline.unwrapStrong(first.substring(0, close + 2)),
                    rest.isEmpty() ? List.of() : List.of(new Block.Paragraph(rest)), (char) 0));
        } else if (asking) {
            if (!mayAsk(lines)) {
                // Most paragraphs of an answer: no question mark, so no question (an ASKING one must end with one).
                return Optional.empty();
            }
            kind = Kind.ASKING;
            start = first;
        } else {
            return Optional.empty();
        }
        List<String> question = new ArrayList<>();
        if (!start.isBlank()) {
            question.add(start.strip());
        }
        int k = 1;
        boolean oneLine = kind == Kind.BOLD;
        while (!oneLine && k < lines.size() && !ends(question) && Labels.of(lines.get(k).text(), chat).isEmpty()) {
            question.add(lines.get(k).text().strip());
            k++;
        }
        String asked = Inline.unwrapStrong(String.join(" ", question));
        List<Block> inline = List.of();
        Matcher answerAfter = INLINE_ANSWER.matcher(asked);
        Matcher statement = STATEMENT_AFTER.matcher(asked);
        // Both start at a question mark: none, no match.
        int mark = Asking.firstQuestionMark(asked);
        if (kind != Kind.BOLD && mark >= 0 && answerAfter.find(mark)) {
            // "Q: Why? A: Because.": the question and its answer on one line.
            String answer = asked.substring(answerAfter.end()).strip();
            asked = Inline.unwrapStrong(asked.substring(0, answerAfter.start() + 1));
            inline = answer.isEmpty() ? List.of() : List.of(Block.Paragraph.of(lines.get(0).number(), answer));
        } else if (kind != Kind.BOLD && mark >= 0 && statement.find(mark) && balanced(asked.substring(0, statement.start()))
                && answers(asked.substring(statement.end()))) {
            // "What is p99? - The latency 99% of requests beat.": a question, then what answers it.
            String answer = SEPARATORS.matcher(asked.substring(statement.end())).replaceFirst("").strip();
            asked = asked.substring(0, statement.start() + 1).strip();
            inline = List.of(Block.Paragraph.of(lines.get(0).number(), answer));
        }
        if (kind == Kind.SPOKEN) {
            asked = Questions.withoutAcknowledgement(asked);
        }
        Asking form = Asking.of(Inline.plain(asked));
        boolean startsAsking = kind != Kind.ASKING || Asking.of(Inline.plain(question.get(0))) != Asking.NO;
        // A speaker's words are a question when they ask; a speaker alone on a line ("You said:") has them below.
        boolean speaker = label.isPresent() && label.get().speaker() && !asked.isBlank();
        if (kind == Kind.BOLD && !form.asks() || kind == Kind.NUMBERED && !form.asks() || speaker && !form.asks()
                || kind == Kind.ASKING && (form != Asking.QUESTION || !startsAsking)) {
            return Optional.empty();
        }
        List<Block> answer = new ArrayList<>(inline);
        answer.addAll(rest(lines.subList(k, lines.size()), separator, chat));
        return Optional.of(new Question(kind, asked, answer, separator));
    }

    /**
     * Whether a paragraph's text could hold a question mark once it is plain text: '?', '？' or
     * '¿', or an entity ("&quest;", "&#63;") that becomes one.
     */
    static boolean mayAsk(List<Block.Line> lines) {
        for (Block.Line l : lines) {
            String t = l.text();
            if (t.indexOf('?') >= 0 || t.indexOf('？') >= 0 || t.indexOf('¿') >= 0 || t.indexOf('&') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Text with its brackets and code marks closed: a question mark there is not inside a link or code. */
    private static boolean balanced(String markdown) {
        int brackets = 0;
        int ticks = 0;
        for (int k = 0; k < markdown.length(); k++) {
            char c = markdown.charAt(k);
            brackets += c == '[' ? 1 : c == ']' ? -1 : 0;
            ticks += c == '`' ? 1 : 0;
        }
        return brackets == 0 && ticks % 2 == 0;
    }

    /**
     * Text after a question that answers it: a statement; not another question, a task that is
     * part of the question ("Give three examples."), a link, an aside, or the rest of a quotation.
     */
    private static boolean answers(String markdown) {
        String t = SEPARATORS.matcher(markdown).replaceFirst("").strip();
        if (t.isEmpty() || t.startsWith("(") || t.startsWith("[") && t.endsWith(")") || t.startsWith("<")
                || QUOTE_END.matcher(t).find()) {
            return false;
        }
        Asking form = Asking.of(Inline.plain(t));
        return (form == Asking.NO || form == Asking.WEAK) && !Inline.plain(t).isEmpty();
    }

    /** The same question, found as another kind. */
    static Question as(Question q, Kind kind) {
        return new Question(kind, q.question(), q.answer(), q.separator());
    }

    /** A bold paragraph that asks nothing (a term), as a question of a document whose bold paragraphs are its questions. */
    static Optional<Question> boldTerm(Block.Paragraph p) {
        String first = p.lines().get(0).text().strip();
        if (!Inline.isAllStrong(first) || Inline.plain(first).endsWith(":") || Inline.plain(first).isEmpty()) {
            return Optional.empty();
        }
        List<Block> rest = p.lines().size() > 1 ? List.of(new Block.Paragraph(p.lines().subList(1, p.lines().size())))
                : List.of();
        return Optional.of(new Question(Kind.BOLD, Inline.unwrapStrong(first), rest, (char) 0));
    }

    /** Whether a paragraph is all one bold run that asks nothing and is no label: a bold term. */
    static boolean isBoldTerm(Block.Paragraph p) {
        String first = p.lines().get(0).text();
        return p.lines().size() == 1 && (first.startsWith("**") || first.startsWith("__")) && boldTerm(p).isPresent()
                && !Asking.of(Inline.plain(p.markdown())).asks();
    }

    /** The question so far ends as a question ends. */
    private static boolean ends(List<String> question) {
        return !question.isEmpty() && Asking.of(Inline.plain(question.get(question.size() - 1))) == Asking.QUESTION;
    }

    /** The lines after a question as the start of its answer, without an answer label. */
    private static List<Block> rest(List<Block.Line> lines, char separator, boolean chat) {
        if (lines.isEmpty()) {
            return List.of();
        }
        List<Block.Line> out = new ArrayList<>(lines);
        Optional<Labels.Label> label = Labels.of(out.get(0).text(), chat);
        if (label.isPresent() && label.get().answersAfter(separator)) {
            String rest = label.get().rest();
            if (rest.isBlank()) {
                out.remove(0);
            } else {
                out.set(0, new Block.Line(out.get(0).number(), rest));
            }
        }
        return out.isEmpty() ? List.of() : List.of(new Block.Paragraph(out));
    }

    /** A table whose header names a question column and an answer column. */
    static boolean isQuestionTable(Block.Table t) {
        return questionAndAnswer(t.header().stream().map(Inline::plain).toList()).isPresent();
    }

    /**
     * A table of named things: its first column's header names a kind of thing ("Pattern", "Concept",
     * "Technique"), no column is a known field, and every row is one of them: "Pattern | When to use |
     * Pitfall". Each row is a card where it stands on its own (not inside an answer).
     */
    static boolean isNamedThingsTable(Block.Table t) {
        List<String> header = t.header().stream().map(Inline::plain).toList();
        return namedThings(header).isPresent() && questionAndAnswer(header).isEmpty();
    }

    /**
     * Whether a table compares things, its columns the things ("| Concept | SQL | NoSQL |" under
     * "SQL vs NoSQL"): the heading over it compares, or names the other columns.
     */
    static boolean isComparison(Block.Table t, String heading) {
        String h = " " + Inline.plain(heading).toLowerCase(java.util.Locale.ROOT) + " ";
        if (h.contains(" vs") || h.contains("versus") || h.contains("compar")) {
            return true;
        }
        return t.header().stream().skip(1).map(c -> Inline.plain(c).strip().toLowerCase(java.util.Locale.ROOT))
                .anyMatch(c -> c.length() >= 2 && h.matches("(?s).*[^\\p{L}\\p{N}]" + java.util.regex.Pattern.quote(c)
                        + "[^\\p{L}\\p{N}].*"));
    }

    /** The name column and no answer column ({0, -1}) of a table of named things. */
    static Optional<int[]> namedThings(List<String> header) {
        if (header.size() < 2 || !KINDS.contains(header.get(0).strip().toLowerCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        int answer = -1;
        for (int c = 1; c < header.size(); c++) {
            Optional<CardFields.Field> field = CardFields.of(header.get(c));
            if (header.get(c).isBlank() || field.isPresent() && field.get() != CardFields.Field.TOPICS
                    && (field.get() != CardFields.Field.ANSWER || answer >= 0)) {
                return Optional.empty();
            }
            // "| Pattern | Description | Tags |": the description answers, the tags are the card's topics.
            if (field.isPresent() && field.get() == CardFields.Field.ANSWER) {
                answer = c;
            }
        }
        return Optional.of(new int[] {0, answer});
    }

    /** Headers of a first column that names a kind of thing, each row one of them: "Pattern | Use when | Pitfall". */
    private static final java.util.Set<String> KINDS = java.util.Set.of("pattern", "patterns", "technique", "strategy",
            "algorithm", "protocol", "approach", "principle", "mechanism", "data structure", "policy", "design pattern",
            "term", "terms", "concept", "concepts");

    /** Headers of a column of problems, which are questions when a column gives their solutions. */
    private static final java.util.Set<String> PROBLEMS = java.util.Set.of("problem", "problems", "exercise", "task");
    private static final java.util.Set<String> SOLUTIONS = java.util.Set.of("solution", "answer", "answers");

    /**
     * The question column and the answer column a table's header names: "Question | Answer",
     * "Front | Back" (as a flashcard file's columns), or "Problem | Solution" ("Problem |
     * Description" describes problems: no questions).
     */
    static Optional<int[]> questionAndAnswer(List<String> header) {
        Optional<Integer> q = CardFields.find(header, CardFields.Field.QUESTION);
        Optional<Integer> a = CardFields.find(header, CardFields.Field.ANSWER);
        if (q.isPresent() && a.isPresent()) {
            return Optional.of(new int[] {q.get(), a.get()});
        }

        int problem = -1;
        int solution = -1;
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c).strip().toLowerCase(java.util.Locale.ROOT);
            problem = problem < 0 && PROBLEMS.contains(h) ? c : problem;
            solution = solution < 0 && SOLUTIONS.contains(h) ? c : solution;
        }
        return problem >= 0 && solution >= 0 ? Optional.of(new int[] {problem, solution}) : Optional.empty();
    }

    /**
     * A block that is a card (or cards) by its syntax, wherever it stands: a declared card, a
     * {@code <details>}, a question-and-answer table, an entry of a list of questions and
     * answers or whose term asks. (An entry of a glossary is a card where no answer holds it.)
     */
    static boolean isCard(Block b) {
        return b instanceof Block.Declared || b instanceof Block.Details
                || b instanceof Block.Definition d && (d.questions() || Asking.of(Inline.plain(d.term())).asks())
                || b instanceof Block.Table t && isQuestionTable(t);
    }

    /** An answer label ("A:", "**Answer:**", "### Solution"), for a question whose label ended with {@code separator}. */
    static boolean isAnswerLabel(Block b, char separator) {
        return isAnswerLabel(b, separator, false);
    }

    /** As {@link #isAnswerLabel(Block, char)}; {@code chat}: in a chat, where "You:" asks and answers nothing. */
    static boolean isAnswerLabel(Block b, char separator, boolean chat) {
        return b instanceof Block.Paragraph p && Labels.of(p.lines().get(0).text(), chat)
                .filter(l -> l.answersAfter(separator)).isPresent()
                || b instanceof Block.Heading h && Labels.isAnswerHeading(h.text());
    }

    static boolean isAnswerLabel(Block b) {
        return isAnswerLabel(b, (char) 0);
    }

    /** A paragraph led by a bold label ("**Scenario:** ..."), as the context of a question is set out. */
    static boolean isLabelLead(Block b) {
        return b instanceof Block.Paragraph p && LEAD_LABEL.matcher(p.lines().get(0).text()).find();
    }

    static boolean isLink(String markdown) {
        String t = markdown.strip();
        return t.startsWith("[") && t.endsWith(")") && t.indexOf("](") > 0 && t.indexOf("](") == t.lastIndexOf("](");
    }
}
