package sdq.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web page saved as plain text: numbered topics whose titles appear twice, lines glued together
 * or broken at inline code, explanations as bullets, and inline follow-up questions with their
 * answers ({@code - Is X still true? Yes, because...}, {@code 4. How would you...? Answer...},
 * {@code - Q: ... A: ...}). Each topic becomes a concept card ("Explain: CAP Theorem"), each
 * answered follow-up a card of its own that follows up on it; each answered
 * {@code Scenario N:} a card.
 */
final class WebPageText implements Extractor {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\.\\s+(.+)$");
    private static final Pattern SCENARIO = Pattern.compile("^Scenario\\s+(\\d{1,3})\\s*:\\s*(.+)$");
    private static final Pattern GLUED_BULLET = Pattern.compile("(?<=[.!?)”\"])\\s?- (?=[A-Z“\"(])");
    private static final Pattern GLUED_LABEL = Pattern.compile("(?<=[a-z.)”\"])(?=Real-World Example:)");
    private static final Pattern FOLLOW_UP_LABEL = Pattern.compile("\\s*Follow-ups?:\\s*(-?)\\s*$");
    private static final Pattern QA = Pattern.compile("^(?:-\\s*)?Q:\\s*(.+?\\?)\\s*A:\\s*(.+)$");
    private static final Pattern Q_ONLY = Pattern.compile("^(?:-\\s*)?Q:\\s*(.+)$");
    private static final Pattern LABEL = Pattern.compile("^([^:?]{2,60}?):\\s+(.*)$");
    private static final Pattern LABEL_ONLY = Pattern.compile("^([^:?]{2,60}):$");
    private static final Pattern QUESTION_END = Pattern.compile("\\?(?=[”\"’]?\\s+[\\p{Lu}\\d“\"(])");
    private static final Pattern REFERENCE = Pattern.compile(
            "^-\\s*[\\w.'/()& -]{2,40}?\\s+—\\s*.*$");
    private static final Pattern DOMAIN = Pattern.compile("(?i)(\\w\\.(com|org|io|net|dev|ai|edu)\\b|\\bblog\\b|\\bdocs?\\b"
            + "|\\bpaper\\b|\\bengineering\\b)");
    private static final int MIN_TITLES = 3;

    /** A logical line: the text of one bullet or paragraph, joined from its pieces. */
    record Block(int line, int endLine, String text, int number, boolean shortTitle) {
        Block(int line, int endLine, String text) {
            this(line, endLine, text, numberOf(text), isNumberedShortTitle(text));
        }

        Block(int line, String text) {
            this(line, line, text, -1, false);
        }

        boolean numbered() {
            return number >= 0;
        }
    }

    private static int numberOf(String text) {
        if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
            return -1;
        }
        Matcher m = NUMBERED.matcher(text);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static boolean isNumberedShortTitle(String text) {
        if (numberOf(text) < 0) {
            return false;
        }
        Matcher m = NUMBERED.matcher(text);
        return m.matches() && isShortTitle(m.group(2));
    }

    @Override
    public String name() {
        return "web page text (numbered topics)";
    }

    @Override
    public int score(Note note) {
        int titles = 0;
        for (int i = 0; i + 1 < note.size(); i++) {
            String line = note.line(i).strip();
            if ((NUMBERED.matcher(line).matches() || SCENARIO.matcher(line).matches())
                    && line.equals(note.line(i + 1).strip()) && line.length() < 200) {
                titles++;
            }
        }
        return titles >= MIN_TITLES ? titles : 0;
    }

    @Override
    public Extraction extract(Note note) {
        List<Block> blocks = blocks(note);
        List<Draft> drafts = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        int expected = 1;
        int i = 0;
        while (i < blocks.size()) {
            Block block = blocks.get(i);
            if (isTitle(blocks, i, expected)) {
                expected = block.number() + 1;
                int end = sectionEnd(blocks, i + 1, expected);
                topic(blocks, i, end, drafts, skipped);
                consume(note, blocks, i, end);
                i = end;
            } else if (isScenario(block.text())) {
                int end = sectionEnd(blocks, i + 1, expected);
                scenario(blocks, i, end, drafts, skipped);
                consume(note, blocks, i, end);
                i = end;
            } else {
                i++;
            }
        }
        return new Extraction(drafts, skipped);
    }

    /** Marks the lines of blocks {@code from} to {@code to} as taken, whether or not they made cards. */
    private static void consume(Note note, List<Block> blocks, int from, int to) {
        note.use(blocks.get(from).line() - 1, blocks.get(to - 1).endLine());
    }

    /** "Label: text" with a label of a few words, as explanations are written. */
    private static boolean labelled(String body) {
        int colon = body.indexOf(':');
        if (colon < 2 || colon > 61 || body.lastIndexOf('?', colon) >= 0) {
            return false;
        }
        Matcher label = LABEL.matcher(body);
        return label.matches() && label.group(1).strip().split("\\s+").length <= 8
                || LABEL_ONLY.matcher(body).matches();
    }


    /**
     * A topic title: a short numbered line that is not a question, either written twice or
     * carrying the next topic number (and not just the heading of a category of topics).
     */
    private static boolean isTitle(List<Block> blocks, int i, int expected) {
        Block block = blocks.get(i);
        if (!block.shortTitle()) {
            return false;
        }
        boolean twice = i + 1 < blocks.size() && blocks.get(i + 1).text().equals(block.text());
        if (twice) {
            return true;
        }
        if (block.number() != expected) {
            return false;
        }
        boolean categoryOfNext = i + 2 < blocks.size() && blocks.get(i + 1).numbered()
                && blocks.get(i + 1).text().equals(blocks.get(i + 2).text());
        return !categoryOfNext;
    }

    private static boolean isShortTitle(String title) {
        if (title.length() > 80 || title.endsWith(".") || title.contains(". ")) {
            return false;
        }
        String outsideParentheses = title.indexOf('(') < 0 ? title : title.replaceAll("\\([^)]*\\)", "");
        return title.length() <= 80 && !outsideParentheses.contains("?") && !title.endsWith(".")
                && !title.contains(". ");
    }

    private static boolean isCategory(List<Block> blocks, int i, int expected) {
        return blocks.get(i).shortTitle() && !isTitle(blocks, i, expected)
                && i + 1 < blocks.size() && (blocks.get(i + 1).numbered() || isScenario(blocks.get(i + 1).text()));
    }

    private static boolean isScenario(String text) {
        return text.startsWith("Scenario") && SCENARIO.matcher(text).matches();
    }

    private static int sectionEnd(List<Block> blocks, int from, int expected) {
        int j = from;
        while (j < blocks.size() && blocks.get(j).text().equals(blocks.get(from - 1).text())) {
            j++;
        }
        while (j < blocks.size() && !isTitle(blocks, j, expected) && !isCategory(blocks, j, expected)
                && !isScenario(blocks.get(j).text())) {
            j++;
        }
        return j;
    }

    private static void topic(List<Block> blocks, int start, int end, List<Draft> drafts, List<Skip> skipped) {
        Block titleBlock = blocks.get(start);
        String title = NUMBERED.matcher(titleBlock.text()).replaceFirst("$2").strip();
        List<String> explanation = new ArrayList<>();
        List<Draft> followUps = new ArrayList<>();
        int last = titleBlock.line();
        for (int k = start + 1; k < end; k++) {
            Block b = blocks.get(k);
            String text = b.text();
            if (text.equals(titleBlock.text()) || text.equals("-")) {
                continue;
            }
            if (isReference(text)) {
                skipped.add(new Skip(b.line(), text, "a reading reference, not a card"));
                continue;
            }
            Matcher qa = QA.matcher(text);
            if (qa.matches()) {
                followUps.add(followUp(qa.group(1), qa.group(2), title, b));
                last = b.line();
                continue;
            }
            Matcher qOnly = Q_ONLY.matcher(text);
            if (qOnly.matches()) {
                skipped.add(new Skip(b.line(), qOnly.group(1), "a follow-up question with no answer"));
                continue;
            }
            String body = text.replaceFirst("^-\\s*", "").replaceFirst("^\\d{1,3}\\.\\s+", "");
            boolean numbered = b.numbered();
            Matcher question = QUESTION_END.matcher(body);
            boolean labelled = labelled(body) && !numbered;
            if (!labelled && question.find()) {
                String q = body.substring(0, question.start() + 1).strip();
                String a = body.substring(question.end()).strip();
                followUps.add(followUp(q, a, title, b));
                last = b.line();
            } else if (!labelled && body.endsWith("?")) {
                skipped.add(new Skip(b.line(), body, "a follow-up question with no answer"));
            } else {
                explanation.add(explanationItem(body));
                last = b.line();
            }
        }
        if (explanation.isEmpty()) {
            skipped.add(new Skip(titleBlock.line(), title, "a topic with no explanation"));
            drafts.addAll(followUps);
            return;
        }
        int conceptIndex = drafts.size();
        String asked = Lines.looksLikeQuestion(title) ? title : "Explain: " + title;
        drafts.add(new Draft(PlainMarkdown.escape(asked), String.join("\n", explanation), title,
                titleBlock.line(), last));
        for (Draft f : followUps) {
            drafts.add(f.withParent(conceptIndex));
        }
    }

    private static Draft followUp(String question, String answer, String title, Block b) {
        return new Draft(PlainMarkdown.escape(question.strip()), PlainMarkdown.escape(answer.strip()), title,
                b.line(), b.line());
    }

    /** An explanation bullet as a list item, its "Label:" in bold; a "Real-World Example" as a paragraph. */
    private static String explanationItem(String body) {
        Matcher label = LABEL.matcher(body);
        if (body.startsWith("Real-World Example:")) {
            return "\n**Real-World Example:** " + PlainMarkdown.escape(body.substring("Real-World Example:".length()).strip());
        }
        if (label.matches() && label.group(1).split("\\s+").length <= 8) {
            return "- **" + PlainMarkdown.escape(label.group(1).strip()) + ":** " + PlainMarkdown.escape(label.group(2).strip());
        }
        Matcher only = LABEL_ONLY.matcher(body);
        if (only.matches()) {
            return "- **" + PlainMarkdown.escape(only.group(1).strip()) + ":**";
        }
        return "- " + PlainMarkdown.escape(body);
    }

    private static boolean isReference(String text) {
        return text.startsWith("-") && REFERENCE.matcher(text).matches() && !text.contains("?")
                && DOMAIN.matcher(text.substring(0, Math.min(text.length(), text.indexOf('—') + 1))).find();
    }

    /**
     * A scenario: the answer is the bullets from the first labelled one ("Immediate diagnosis: ...")
     * to the last labelled one; the unlabelled bullets after it are follow-up questions the page
     * leaves unanswered, and those before it the weak answers it contrasts the answer with.
     */
    private static void scenario(List<Block> blocks, int start, int end, List<Draft> drafts, List<Skip> skipped) {
        Block head = blocks.get(start);
        Matcher m = SCENARIO.matcher(head.text());
        m.matches();
        String question = m.group(2).strip();
        List<Block> body = new ArrayList<>();
        for (int k = start + 1; k < end; k++) {
            Block b = blocks.get(k);
            if (!b.text().equals(head.text()) && !b.text().equals("-")) {
                body.add(new Block(b.line(), b.text().replaceFirst("^-\\s*", "")));
            }
        }
        // The answer's bullets are labelled; what follows the last of them are the page's
        // follow-up questions, which it leaves unanswered.
        int closing = body.size();
        while (closing > 0 && !labelled(body.get(closing - 1).text())) {
            closing--;
        }
        for (Block b : body.subList(closing, body.size())) {
            skipped.add(new Skip(b.line(), b.text(), "a follow-up question with no answer"));
        }
        int first = 0;
        while (first < closing && !labelled(body.get(first).text())) {
            first++;
        }
        List<String> answer = new ArrayList<>();
        int last = head.line();
        for (Block b : body.subList(first, closing)) {
            answer.add(explanationItem(b.text()));
            last = b.line();
        }
        if (answer.isEmpty()) {
            skipped.add(new Skip(head.line(), question, "a scenario with no answer"));
            return;
        }
        drafts.add(new Draft(PlainMarkdown.escape(question), String.join("\n", answer), "Scenarios", head.line(), last));
    }

    /**
     * The page's logical lines: glued bullets split apart, pieces broken at inline code joined
     * again, each with the line number it starts on.
     */
    static List<Block> blocks(Note note) {
        List<Block> pieces = new ArrayList<>();
        for (int i = 0; i < note.size(); i++) {
            if (note.isUsed(i) || note.line(i).isBlank() || Lines.isNoise(note.line(i))) {
                continue;
            }
            String line = note.line(i).strip();
            Matcher followUp = FOLLOW_UP_LABEL.matcher(line);
            boolean loneDash = false;
            if (line.contains("Follow-up") && followUp.find()) {
                loneDash = !followUp.group(1).isEmpty();
                line = line.substring(0, followUp.start()).strip();
            }
            if (line.endsWith(" -")) {
                line = line.substring(0, line.length() - 2).strip();
                loneDash = true;
            }
            if (line.contains("Real-World Example:")) {
                line = GLUED_LABEL.matcher(line).replaceAll("\n");
            }
            if (hasGluedBullet(line)) {
                line = GLUED_BULLET.matcher(line).replaceAll("\n- ");
            }
            for (String piece : line.split("\n")) {
                if (!piece.isBlank()) {
                    pieces.add(new Block(i + 1, piece.strip()));
                }
            }
            if (loneDash) {
                pieces.add(new Block(i + 1, "-"));
            }
        }
        // Joined as builders first: a block's number and title are worked out once it is whole.
        List<int[]> spans = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        boolean afterDash = false;
        for (Block piece : pieces) {
            String t = piece.text();
            if (t.equals("-")) {
                afterDash = true;
                continue;
            }
            if (afterDash || texts.isEmpty() || startsBlock(t)) {
                spans.add(new int[] {piece.line(), piece.line()});
                texts.add(new StringBuilder(afterDash ? "- " + t : t));
            } else {
                spans.get(spans.size() - 1)[1] = piece.line();
                texts.get(texts.size() - 1).append(' ').append(t);
            }
            afterDash = false;
        }
        List<Block> blocks = new ArrayList<>(texts.size());
        for (int k = 0; k < texts.size(); k++) {
            blocks.add(new Block(spans.get(k)[0], spans.get(k)[1], texts.get(k).toString()));
        }
        return blocks;
    }

    /** Quick test for " - " after sentence punctuation, before the pattern runs. */
    private static boolean hasGluedBullet(String line) {
        for (int i = line.indexOf("- ", 1); i > 0; i = line.indexOf("- ", i + 1)) {
            char before = line.charAt(i - 1) == ' ' && i > 1 ? line.charAt(i - 2) : line.charAt(i - 1);
            if (".!?)”\"".indexOf(before) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsBlock(String text) {
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        if (first != '-' && first != 'S' && first != 'Q' && first != '|' && first != 'R' && !Character.isDigit(first)) {
            return false;
        }
        return text.startsWith("- ") || text.equals("-") || NUMBERED.matcher(text).matches()
                || SCENARIO.matcher(text).matches() || text.startsWith("Q: ") || text.startsWith("|")
                || text.startsWith("Real-World Example:");
    }
}
