package sdq.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Q:} / {@code A:} labels in any dress: plain, bold ({@code **Q:**}), in list items,
 * numbered ({@code 1. **Q: ...**}), the answer on the same line or the next, indented or not.
 */
final class LabelledPairs implements Extractor {
    private static final String DRESS = "^(\\s*)(?:[-*+]\\s+|\\d{1,3}[.)]\\s+)?(?:\\*\\*|__)?\\s*";
    static final Pattern QUESTION = Pattern.compile(DRESS + "(?:Q|Question)(?:\\s?\\d{1,3})?\\s*(?:\\*\\*|__)?\\s*:\\s*"
            + "(?:\\*\\*|__)?\\s*(.*?)$", Pattern.CASE_INSENSITIVE);
    static final Pattern ANSWER = Pattern.compile(DRESS + "(?:A|Ans|Answer)\\s*(?:\\*\\*|__)?\\s*:\\s*(?:\\*\\*|__)?\\s*(.*?)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_ANSWER = Pattern.compile("\\s(?:\\*\\*|__)?A\\s*:(?:\\*\\*|__)?\\s+");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s.*");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(?:\\s*\\1){2,}\\s*$");

    @Override
    public String name() {
        return "Q:/A: pairs";
    }

    @Override
    public int score(Note note) {
        int score = 0;
        for (int i = 0; i < note.size(); i++) {
            String line = note.line(i);
            if (!labelled(line)) {
                continue;
            }
            if (ANSWER.matcher(line).matches() || QUESTION.matcher(line).matches() && INLINE_ANSWER.matcher(line).find()) {
                score++;
            }
        }
        return score;
    }

    /** Cheap test before the patterns: the word before the first colon is Q, A or a longer form. */
    private static boolean labelled(String line) {
        int colon = line.indexOf(':');
        if (colon < 1 || colon > 40) {
            return false;
        }
        int end = colon;
        while (end > 0 && (line.charAt(end - 1) == '*' || line.charAt(end - 1) == '_' || line.charAt(end - 1) == ' ')) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetterOrDigit(line.charAt(start - 1))) {
            start--;
        }
        String word = Lines.lower(line.substring(start, end)).replaceAll("\\d+$", "");
        return word.equals("q") || word.equals("a") || word.equals("ans") || word.equals("answer")
                || word.equals("question");
    }

    @Override
    public Extraction extract(Note note) {
        List<Draft> drafts = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        String section = "";
        int i = 0;
        while (i < note.size()) {
            String line = note.line(i);
            if (!note.isUsed(i) && HEADING.matcher(line).matches()) {
                section = Lines.stripEmphasis(line.replaceFirst("^\\s*#+\\s*", ""));
            }
            Matcher q = QUESTION.matcher(line);
            if (note.isUsed(i) || !q.matches()) {
                i++;
                continue;
            }
            int start = i;
            int indent = q.group(1).length();
            boolean listed = indent > 0 || line.strip().matches("^([-*+]|\\d{1,3}[.)])\\s.*");
            List<String> question = new ArrayList<>();
            List<String> answer = new ArrayList<>();
            int answerIndent = indent;
            String first = clean(q.group(2));
            Matcher inline = INLINE_ANSWER.matcher(first);
            if (inline.find() && first.substring(0, inline.start()).contains("?")) {
                question.add(clean(first.substring(0, inline.start())));
                answer.add(first.substring(inline.end()));
                i++;
            } else {
                if (!first.isEmpty()) {
                    question.add(first);
                }
                i++;
                while (i < note.size() && !note.isUsed(i) && !ANSWER.matcher(note.line(i)).matches()
                        && !QUESTION.matcher(note.line(i)).matches() && !ends(note.line(i))
                        && !(note.line(i).isBlank() && !question.isEmpty())) {
                    if (!note.line(i).isBlank()) {
                        question.add(clean(note.line(i).strip().replaceFirst("^([-*+]|\\d{1,3}[.)])\\s+", "")));
                    }
                    i++;
                }
                int look = i;
                while (look < note.size() && note.line(look).isBlank()) {
                    look++;
                }
                Matcher a = look < note.size() && !note.isUsed(look) ? ANSWER.matcher(note.line(look)) : null;
                if (a != null && a.matches()) {
                    answer.add(a.group(2));
                    answerIndent = Lines.indent(note.line(look));
                    i = look + 1;
                } else {
                    skipped.add(new Skip(start + 1, String.join(" ", question), "a question with no answer"));
                    continue;
                }
            }
            int end = i;
            while (end < note.size() && !note.isUsed(end) && !QUESTION.matcher(note.line(end)).matches()
                    && !ends(note.line(end)) && !(listed && leavesList(note, end, indent))) {
                String next = note.line(end);
                answer.add(next.substring(Math.min(answerIndent, leadingSpaces(next))));
                end++;
            }
            String text = Lines.block(answer);
            String asked = String.join(" ", question).strip();
            if (text.isBlank() || asked.isEmpty()) {
                skipped.add(new Skip(start + 1, asked, "a question with no answer"));
            } else {
                int last = end - 1;
                while (last > start && note.line(last).isBlank()) {
                    last--;
                }
                drafts.add(new Draft(asked, text, section, start + 1, last + 1));
            }
            i = end;
        }
        return new Extraction(drafts, skipped);
    }

    private static int leadingSpaces(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static boolean ends(String line) {
        return HEADING.matcher(line).matches() || RULE.matcher(line).matches();
    }

    /** For a pair in a list: a blank line followed by text indented no deeper than the item. */
    private static boolean leavesList(Note note, int i, int indent) {
        if (!note.line(i).isBlank()) {
            return false;
        }
        int next = i;
        while (next < note.size() && note.line(next).isBlank()) {
            next++;
        }
        return next >= note.size() || Lines.indent(note.line(next)) <= indent
                && !note.line(next).strip().matches("^([-*+]|\\d{1,3}[.)])\\s.*");
    }

    /** Question text without the closing emphasis of its dress ({@code **Q: ...?**}). */
    private static String clean(String text) {
        String t = text.strip();
        if (t.endsWith("**") && !t.substring(0, t.length() - 2).contains("**")) {
            t = t.substring(0, t.length() - 2).strip();
        }
        if (t.endsWith("__") && !t.substring(0, t.length() - 2).contains("__")) {
            t = t.substring(0, t.length() - 2).strip();
        }
        return t;
    }
}
