package sdq.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered question blocks: {@code Q1: question} then an answer label ({@code Answer:},
 * {@code Model Answer:}, {@code Answer Framework:}, {@code Solution:}, {@code Approach:}...) and
 * the answer, up to the next question or the next heading of the notes.
 */
final class QuestionBlocks implements Extractor {
    static final Pattern QUESTION = Pattern.compile(
            "^\\s{0,3}(?:\\*\\*|__)?(?:Q|Question)\\s?(\\d{1,3})\\s*[:.)]\\s*(?:\\*\\*|__)?\\s*(.*?)\\s*(?:\\*\\*|__)?\\s*$");
    static final Pattern ANSWER = Pattern.compile(
            "^\\s*(?:\\*\\*|__)?((?:Model |Sample |Suggested |Short |Full |Detailed )?Answer(?: Framework| Approach)?"
                    + "|Solution|Approach|Explanation)\\s*(?:\\*\\*|__)?\\s*:\\s*(?:\\*\\*|__)?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);

    private final boolean markdown;

    QuestionBlocks(boolean markdown) {
        this.markdown = markdown;
    }

    @Override
    public String name() {
        return "question blocks (Q1: / Answer:)";
    }

    @Override
    public int score(Note note) {
        int score = 0;
        for (int i = 0; i < note.size(); i++) {
            Matcher q = QUESTION.matcher(note.line(i));
            if (q.matches() && !q.group(2).isEmpty()) {
                score++;
            }
        }
        return score;
    }

    @Override
    public Extraction extract(Note note) {
        List<Draft> drafts = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        String section = "";
        int i = 0;
        while (i < note.size()) {
            String line = note.line(i);
            Matcher q = QUESTION.matcher(line);
            if (note.isUsed(i) || !q.matches() || q.group(2).isEmpty()) {
                if (!note.isUsed(i) && isSectionHeading(note, i)) {
                    section = heading(line);
                }
                i++;
                continue;
            }
            int questionLine = i;
            List<String> question = new ArrayList<>(List.of(q.group(2)));
            i++;
            while (i < note.size() && !note.line(i).isBlank() && !ANSWER.matcher(note.line(i)).matches()
                    && !isQuestion(note, i)) {
                question.add(note.line(i).strip());
                i++;
            }
            while (i < note.size() && note.line(i).isBlank()) {
                i++;
            }
            List<String> answer = new ArrayList<>();
            if (i < note.size()) {
                Matcher a = ANSWER.matcher(note.line(i));
                if (a.matches()) {
                    if (!a.group(2).isBlank()) {
                        answer.add(a.group(2));
                    }
                    i++;
                }
            }
            int end = i;
            while (end < note.size() && !isQuestion(note, end) && !isSectionHeading(note, end)
                    && !note.isUsed(end) && !Lines.isNoise(note.line(end))) {
                answer.add(note.line(end));
                end++;
            }
            String q1 = String.join(" ", question).strip();
            String text = markdown ? Lines.block(answer) : PlainMarkdown.convert(Lines.trimBlank(answer));
            if (text.isBlank()) {
                skipped.add(new Skip(questionLine + 1, q1, "a question with no answer"));
            } else {
                int last = lastNonBlank(note, questionLine, end);
                drafts.add(new Draft(markdown ? q1 : PlainMarkdown.escape(q1), text, section, questionLine + 1, last + 1));
            }
            i = end;
        }
        return new Extraction(drafts, skipped);
    }

    private static boolean isQuestion(Note note, int i) {
        Matcher q = QUESTION.matcher(note.line(i));
        return q.matches() && !q.group(2).isEmpty();
    }

    private boolean isSectionHeading(Note note, int i) {
        String line = note.line(i);
        return line.startsWith("#") && line.matches("^#{1,6}\\s+\\S.*") || Lines.isPlainHeading(note.lines(), i);
    }

    private static String heading(String line) {
        return Lines.stripEmphasis(line.replaceFirst("^#{1,6}\\s+", "").replaceFirst("\\s+#+\\s*$", ""));
    }

    private static int lastNonBlank(Note note, int from, int toExclusive) {
        int last = from;
        for (int k = from; k < toExclusive; k++) {
            if (!note.line(k).isBlank()) {
                last = k;
            }
        }
        return last;
    }
}
