package sdq.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown headings that hold a question, at any level, numbered or not ({@code ### 51. How...?},
 * {@code ## Question 3: Title}). The answer runs to the next heading of the same or a higher
 * level, or a {@code ---} rule; deeper headings are part of it. A label heading ({@code ###
 * Solution}, {@code ### Approach:}) marks where the answer starts and never ends one. A
 * {@code **Scenario:**} and {@code **Question:**} pair under the heading is the question.
 */
final class HeadingQuestions implements Extractor {
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(?:\\s*\\1){2,}\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*$");
    private static final Pattern LABEL = Pattern.compile("(?i)^(solution|answer|model answer|sample answer"
            + "|suggested answer|approach|explanation|response)\\s*:?$");
    private static final Pattern QUESTION_TITLE = Pattern.compile("(?i)^(?:question|q)\\s*\\d*\\s*[:.)-]\\s*(.*)$");
    private static final Pattern CONTEXT = Pattern.compile(
            "^\\s*(?:[-*+]\\s+)?(?:\\*\\*|__)(Scenario|Situation|Context|Background|Problem|Question)\\s*:?\\s*(?:\\*\\*|__)\\s*:?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "question headings";
    }

    private List<Heading> headings;
    private Note headingsOf;

    /** The note's headings, found once for both scoring and extracting. */
    private List<Heading> headingsOf(Note note) {
        if (headingsOf != note) {
            headings = headings(note);
            headingsOf = note;
        }
        return headings;
    }

    @Override
    public int score(Note note) {
        int score = 0;
        for (Heading h : headingsOf(note)) {
            score += isQuestion(h.text()) ? 1 : 0;
        }
        return score;
    }

    private record Heading(int line, int level, String text) {
    }

    private static List<Heading> headings(Note note) {
        List<Heading> out = new ArrayList<>();
        boolean fenced = false;
        for (int i = 0; i < note.size(); i++) {
            String line = note.line(i);
            String t = line.stripLeading();
            if (!t.startsWith("#") && !t.startsWith("```") && !t.startsWith("~~~")) {
                continue;
            }
            if (FENCE.matcher(line).matches()) {
                fenced = !fenced;
                continue;
            }
            Matcher m = HEADING.matcher(line);
            if (!fenced && m.matches()) {
                out.add(new Heading(i, m.group(1).length(), m.group(2).strip()));
            }
        }
        return out;
    }

    /** A heading is a question when it asks one, or is labelled "Question N:". */
    static boolean isQuestion(String heading) {
        String text = Lines.stripEmphasis(heading);
        return !isLabel(text) && (QUESTION_TITLE.matcher(text).matches() || Lines.looksLikeQuestion(text));
    }

    static boolean isLabel(String heading) {
        return LABEL.matcher(Lines.stripEmphasis(heading).replaceAll("[^\\p{L}\\s:]", "").strip()).matches();
    }

    @Override
    public Extraction extract(Note note) {
        List<Draft> drafts = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        List<Heading> headings = headingsOf(note);
        String section = "";
        int h = 0;
        while (h < headings.size()) {
            Heading heading = headings.get(h);
            if (note.isUsed(heading.line()) || !isQuestion(heading.text())) {
                if (!isLabel(heading.text())) {
                    section = Lines.stripEmphasis(heading.text());
                }
                h++;
                continue;
            }
            int end = note.size();
            int next = h + 1;
            while (next < headings.size()) {
                Heading other = headings.get(next);
                if (other.level() <= heading.level() && !isLabel(other.text())) {
                    end = other.line();
                    break;
                }
                next++;
            }
            end = Math.min(end, ruleOrUsed(note, heading.line() + 1, end));
            Draft draft = card(note, heading, end, section);
            note.use(heading.line(), end);
            if (draft == null) {
                skipped.add(new Skip(heading.line() + 1, Lines.stripEmphasis(heading.text()), "a question with no answer"));
            } else {
                drafts.add(draft);
            }
            while (h < headings.size() && headings.get(h).line() < end) {
                h++;
            }
        }
        return new Extraction(drafts, skipped);
    }

    private static int ruleOrUsed(Note note, int from, int end) {
        boolean fenced = false;
        for (int i = from; i < end; i++) {
            String line = note.line(i);
            if (FENCE.matcher(line).matches()) {
                fenced = !fenced;
            }
            if (!fenced && (RULE.matcher(line).matches() && (i == 0 || note.line(i - 1).isBlank()) || note.isUsed(i))) {
                return i;
            }
        }
        return end;
    }

    private static Draft card(Note note, Heading heading, int end, String section) {
        String title = Lines.stripEmphasis(heading.text());
        Matcher labelled = QUESTION_TITLE.matcher(title);
        String question = labelled.matches() ? labelled.group(1).strip() : Lines.withoutNumber(title);
        List<String> context = new ArrayList<>();
        List<String> answer = new ArrayList<>();
        boolean answerStarted = false;
        int i = heading.line() + 1;
        while (i < end) {
            String line = note.line(i);
            Matcher h = HEADING.matcher(line);
            if (!answerStarted && h.matches() && isLabel(h.group(2))) {
                answerStarted = true;
                i++;
                continue;
            }
            Matcher c = CONTEXT.matcher(line);
            if (!answerStarted && c.matches()) {
                List<String> paragraph = new ArrayList<>(List.of(c.group(2)));
                i++;
                while (i < end && !note.line(i).isBlank() && !CONTEXT.matcher(note.line(i)).matches()
                        && !HEADING.matcher(note.line(i)).matches()) {
                    paragraph.add(note.line(i).strip());
                    i++;
                }
                String label = capitalise(c.group(1));
                context.add("**" + label + ":** " + String.join(" ", paragraph).strip());
                continue;
            }
            if (!line.isBlank() || !answer.isEmpty()) {
                answerStarted = true;
                answer.add(line);
            }
            i++;
        }
        String body = unquote(Lines.block(answer));
        if (body.isBlank()) {
            return null;
        }
        boolean asked = context.stream().anyMatch(s -> s.startsWith("**Question:**"));
        List<String> parts = new ArrayList<>();
        if (asked && !question.isEmpty()) {
            parts.add(question);
        }
        parts.addAll(context);
        if (!asked && !question.isEmpty()) {
            parts.add(question);
        }
        String q = String.join("\n\n", parts);
        int last = end - 1;
        while (last > heading.line() && note.line(last).isBlank()) {
            last--;
        }
        return new Draft(q.strip(), body, section, heading.line() + 1, last + 1);
    }

    /**
     * An answer written as one quotation ({@code "I would..." ... "}) without the quote marks:
     * they mark speech, not content.
     */
    static String unquote(String answer) {
        if (!answer.startsWith("\"") || answer.length() < 3) {
            return answer;
        }
        String[] lines = answer.split("\n", -1);
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k];
            if (line.startsWith("#")) {
                return answer;
            }
            boolean closes = line.endsWith("\"") && (k > 0 || line.length() > 1);
            if (closes) {
                String inner = answer.substring(1);
                int close = lengthThrough(lines, k) - 1 - 1;
                String quoted = inner.substring(0, close);
                if (quoted.indexOf('"') >= 0 && quoted.chars().filter(ch -> ch == '"').count() % 2 == 1) {
                    return answer;
                }
                return (quoted + inner.substring(close + 1)).strip();
            }
        }
        return answer;
    }

    /** The number of characters in lines 0..k, with their line breaks but the last. */
    private static int lengthThrough(String[] lines, int k) {
        int n = 0;
        for (int j = 0; j <= k; j++) {
            n += lines[j].length() + (j < k ? 1 : 0);
        }
        return n;
    }

    private static String capitalise(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
