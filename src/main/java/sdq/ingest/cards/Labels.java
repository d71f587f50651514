package sdq.ingest.cards;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sdq.ingest.doc.Inline;

/**
 * The labels notes put before a question ({@code Q:}, {@code Q1.}, {@code Question 3:},
 * {@code Ques:}, {@code @question}, a number), an answer ({@code A:}, {@code Answer:},
 * {@code Model Answer:}, {@code Solution:}, {@code @answer}) or a hint, in any dress
 * ({@code **Q:**}, {@code **Q1: ...**}, {@code __A.__}). Read on one line of Markdown.
 */
final class Labels {
    /** What a label says the text after it is. */
    enum Role {
        QUESTION, NUMBER, ANSWER, HINT
    }

    /** A label found at the start of a line: its role, and the Markdown after it. */
    record Label(Role role, String rest) {
    }

    private static final String OPEN = "^\\s*(\\*\\*|__)?\\s*";
    private static final String CLOSE = "\\s*(\\*\\*|__)?\\s*";
    private static final Pattern QUESTION = Pattern.compile(OPEN + "(?:(?:q|ques|question|qn|qstn)\\s*(?:#\\s*)?\\d{0,3}"
            + "|follow[- ]?up(?:\\s+question)?|front|prompt|frage|问题|問題|질문)" + CLOSE + "(?:[:：.)]|\\s[-–—])" + CLOSE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ANSWER = Pattern.compile(OPEN + "(?:a\\s*\\d{0,3}|ans|answers?(?:\\s+\\d{1,3})?"
            + "|(?:model|sample|suggested|expected|possible|example|my|ideal|correct)\\s+answer"
            + "|answer\\s+(?:framework|approach|outline)|solution|approach|explanation|back|response|antwort|答案|回答|답변|답)"
            + CLOSE + "(?:[:：.]|\\s[-–—])" + CLOSE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HINT = Pattern.compile(OPEN + "(?:hints?(?:\\s+\\d{1,3})?)" + CLOSE + "[:：.]" + CLOSE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AT = Pattern.compile("^\\s*@(question|answer|hint|q|a)\\b\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SINGLE_LETTER_STOP = Pattern.compile("^\\W*a\\s*\\d*\\W*\\.", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("^\\s*(\\*\\*|__)?\\s*\\d{1,3}\\s*\\\\?[.)]" + CLOSE);
    private static final Pattern LABEL_HEADING = Pattern.compile("(?i)^(solution|answer|answers|model answer|sample answer"
            + "|suggested answer|approach|explanation|response|my answer|the answer|short answer|detailed answer)\\s*:?$");
    private static final Pattern QUESTION_HEADING = Pattern.compile(
            "(?iu)^(?:question|q|problem|card|exercise|frage|问题|題|질문)\\s*#?\\s*\\d{0,4}\\s*[:.)-]?$");
    private static final Pattern TITLED = Pattern.compile(
            "(?iu)^(?:question|q|problem|exercise|frage|问题|질문)\\s*#?\\s*\\d{1,4}\\s*[:.)–—-]\\s*(\\S.*)$");

    private Labels() {
    }

    /** The label at the start of a line of Markdown, if it has one. */
    static Optional<Label> of(String line) {
        String t = line.stripLeading();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher at = AT.matcher(t);
        if (at.find()) {
            String word = at.group(1).toLowerCase(java.util.Locale.ROOT);
            Role role = word.startsWith("q") ? Role.QUESTION : word.startsWith("a") ? Role.ANSWER : Role.HINT;
            return Optional.of(new Label(role, t.substring(at.end())));
        }
        return match(NUMBER, t, Role.NUMBER).or(() -> match(QUESTION, t, Role.QUESTION))
                .or(() -> match(ANSWER, t, Role.ANSWER)).or(() -> match(HINT, t, Role.HINT));
    }

    private static Optional<Label> match(Pattern p, String t, Role role) {
        Matcher m = p.matcher(t);
        if (!m.find()) {
            return Optional.empty();
        }
        if (role == Role.ANSWER && SINGLE_LETTER_STOP.matcher(t.substring(0, m.end())).find()) {
            // "A. ..." is an option of a multiple-choice question, not an answer label.
            return Optional.empty();
        }
        String rest = t.substring(m.end());
        String open = m.group(1);
        boolean closed = open == null || m.group(2) != null || m.groupCount() >= 3 && m.group(3) != null;
        if (!closed) {
            // "**Q1: What is X?**": the label opened the bold, and its text is the rest of it.
            rest = rest.contains(open) ? open + rest : rest;
        }
        if (role == Role.NUMBER && rest.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Label(role, rest.strip()));
    }

    /** A heading that only says where the answer starts: "Solution", "Answer:". */
    static boolean isAnswerHeading(String text) {
        return LABEL_HEADING.matcher(Inline.plain(text).replaceAll("[^\\p{L}\\s:]", "").strip()).matches();
    }

    /** A heading that numbers a question whose text is below it: "Question 3", "Q3". */
    static boolean isQuestionNumber(String text) {
        return QUESTION_HEADING.matcher(Inline.plain(text).strip()).matches();
    }

    /** The title of a "Question 3: Title" heading, if it is one. */
    static Optional<String> titled(String text) {
        Matcher m = TITLED.matcher(Inline.unwrapStrong(text));
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }
}
