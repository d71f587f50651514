package sdq.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sdq.ingest.WebPageBlocks.Block;
import sdq.ingest.doc.Markdown;
import sdq.ingest.WebPageBlocks.Kind;

/**
 * A web page saved as plain text: numbered topics whose titles appear twice, explanations as
 * bullets, and inline follow-up questions with their answers ({@code - Is X still true? Yes,
 * because...}, {@code 4. How would you...? Answer...}, {@code - Q: ... A: ...}, a lone dash,
 * the question, then the answer). Each topic becomes a concept card ("Explain: CAP Theorem"),
 * each answered follow-up a card of its own that follows up on it; each answered
 * {@code Scenario N:} a card. See {@link WebPageBlocks} for how the page's lines are mended.
 */
final class WebPageText {
    private static final Pattern QA = Pattern.compile("^(?:-\\s*)?Q:\\s*(.+?\\?)\\s*A:\\s*(.+)$");
    private static final Pattern Q_ONLY = Pattern.compile("^(?:-\\s*)?Q:\\s*(.+)$");
    private static final Pattern LABEL = Pattern.compile("^([^:?]{2,60}?):\\s+(.*)$");
    private static final Pattern LABEL_ONLY = Pattern.compile("^([^:?]{2,60}):$");
    private static final Pattern REFERENCE = Pattern.compile("^-\\s*[\\w.'/()& -]{2,40}?\\s+—\\s*.*$");
    private static final Pattern QUOTED_REFERENCE = Pattern.compile("^-\\s*“[^”]{2,80}”\\s+(by\\s+[^—]{2,40}\\s+)?—\\s*.*$");
    private static final Pattern DOMAIN = Pattern.compile("(?i)(\\w\\.(com|org|io|net|dev|ai|edu)\\b|\\bblog\\b|\\bdocs?\\b"
            + "|\\bpaper\\b|\\bengineering\\b)");
    private static final Pattern SENTENCE = Pattern.compile("[^.?!]+[.?!]+[”\"’]?\\s*");
    private static final Pattern TASK = Pattern.compile("(?i)^(give|walk|explain|describe|list|name|show|tell|sketch)\\b");
    private static final Pattern WEAK_LABEL = Pattern.compile("(?i)^(don’t|don't|doesn’t|doesn't|can’t|can't|ignore|never|no)\\b");
    private static final int MIN_TITLES = 3;

    public String name() {
        return "web page text (numbered topics)";
    }

    public int score(Note note) {
        int titles = 0;
        for (int i = 0; i + 1 < note.size(); i++) {
            String line = note.line(i).strip();
            if (line.length() < 200 && line.equals(note.line(i + 1).strip())
                    && (WebPageBlocks.NUMBERED.matcher(line).matches() || WebPageBlocks.SCENARIO.matcher(line).matches())) {
                titles++;
            }
        }
        return titles >= MIN_TITLES ? titles : 0;
    }

    public Extraction extract(Note note) {
        List<Block> blocks = WebPageBlocks.of(note);
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
            } else if (isScenario(block)) {
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

    /**
     * A topic title: a short numbered line that is not a question, either written twice or
     * carrying the next topic number (and not just the heading of a category of topics).
     */
    private static boolean isTitle(List<Block> blocks, int i, int expected) {
        Block block = blocks.get(i);
        if (!block.shortTitle()) {
            return false;
        }
        if (i + 1 < blocks.size() && blocks.get(i + 1).text().equals(block.text())) {
            return true;
        }
        if (block.number() != expected) {
            return false;
        }
        boolean categoryOfNext = i + 2 < blocks.size() && blocks.get(i + 1).numbered()
                && blocks.get(i + 1).text().equals(blocks.get(i + 2).text());
        return !categoryOfNext;
    }

    private static boolean isCategory(List<Block> blocks, int i, int expected) {
        return blocks.get(i).shortTitle() && !isTitle(blocks, i, expected)
                && i + 1 < blocks.size() && (blocks.get(i + 1).numbered() || isScenario(blocks.get(i + 1)));
    }

    private static boolean isScenario(Block block) {
        return block.kind() == Kind.TEXT && block.text().startsWith("Scenario")
                && WebPageBlocks.SCENARIO.matcher(block.text()).matches();
    }

    private static int sectionEnd(List<Block> blocks, int from, int expected) {
        int j = from;
        while (j < blocks.size() && blocks.get(j).text().equals(blocks.get(from - 1).text())) {
            j++;
        }
        while (j < blocks.size() && !isTitle(blocks, j, expected) && !isCategory(blocks, j, expected)
                && !isScenario(blocks.get(j))) {
            j++;
        }
        return j;
    }

    private static void topic(List<Block> blocks, int start, int end, List<Draft> drafts, List<Skip> skipped) {
        Block titleBlock = blocks.get(start);
        String title = WebPageBlocks.NUMBERED.matcher(titleBlock.text()).replaceFirst("$2").strip();
        List<String> explanation = new ArrayList<>();
        List<Draft> followUps = new ArrayList<>();
        int last = titleBlock.line();
        for (int k = start + 1; k < end; k++) {
            Block b = blocks.get(k);
            String text = b.text();
            if (text.equals(titleBlock.text())) {
                continue;
            }
            if (b.kind() == Kind.DASHED) {
                if (b.answer().isEmpty()) {
                    skipped.add(new Skip(b.line(), b.question(), "a follow-up question with no answer"));
                } else {
                    followUps.add(followUp(b.question(), b.answer(), title, b));
                    last = b.endLine();
                }
                continue;
            }
            if (text.startsWith("Work-sample prompt:")) {
                skipped.add(new Skip(b.line(), text, "a practice prompt with no answer"));
                continue;
            }
            if (isReference(text)) {
                skipped.add(new Skip(b.line(), text, "a reading reference, not a card"));
                continue;
            }
            Matcher qa = QA.matcher(text);
            if (qa.matches()) {
                followUps.add(followUp(qa.group(1), qa.group(2), title, b));
                last = b.endLine();
                continue;
            }
            Matcher qOnly = Q_ONLY.matcher(text);
            if (qOnly.matches()) {
                skipped.add(new Skip(b.line(), qOnly.group(1), "a follow-up question with no answer"));
                continue;
            }
            String body = text.replaceFirst("^-\\s*", "").replaceFirst("^\\d{1,3}\\.\\s+", "");
            boolean labelled = labelled(body) && !b.numbered();
            int split = labelled ? -1 : questionEnd(body);
            if (split > 0 && split < body.length()) {
                followUps.add(followUp(body.substring(0, split), body.substring(split), title, b));
                last = b.endLine();
            } else if (!labelled && body.endsWith("?")) {
                skipped.add(new Skip(b.line(), body, "a follow-up question with no answer"));
            } else {
                explanation.add(explanationItem(body));
                last = b.endLine();
            }
        }
        dropTruncatedRepeats(explanation);
        if (explanation.isEmpty()) {
            skipped.add(new Skip(titleBlock.line(), title, "a topic with no explanation"));
            drafts.addAll(followUps);
            return;
        }
        int conceptIndex = drafts.size();
        String asked = Lines.looksLikeQuestion(title) ? title : "Explain: " + title;
        drafts.add(new Draft(Markdown.escape(asked), String.join("\n", explanation), title,
                titleBlock.line(), last));
        for (Draft f : followUps) {
            drafts.add(f.withParent(conceptIndex));
        }
    }

    /**
     * Where a follow-up's question ends in "question? answer...": after its first question
     * mark, and after any short questions or tasks that follow it ("When?", "Give me three.").
     * 0 when the text asks nothing.
     */
    static int questionEnd(String body) {
        Matcher first = WebPageBlocks.QUESTION_END.matcher(body);
        if (!first.find()) {
            return 0;
        }
        int end = first.end();
        Matcher sentence = SENTENCE.matcher(body);
        while (end < body.length()) {
            int from = end;
            while (from < body.length() && Character.isWhitespace(body.charAt(from))) {
                from++;
            }
            if (!sentence.find(from) || sentence.start() != from) {
                break;
            }
            String next = sentence.group().strip();
            int words = next.split("\\s+").length;
            boolean shortQuestion = next.endsWith("?") && words <= 12;
            boolean task = TASK.matcher(next).find() && words <= 16 && sentence.end() < body.length();
            if (!(shortQuestion || task)) {
                break;
            }
            end = sentence.end();
        }
        while (end < body.length() && body.charAt(end) != ' ' && !Character.isWhitespace(body.charAt(end))
                && "”\"’".indexOf(body.charAt(end)) >= 0) {
            end++;
        }
        return end;
    }

    /** A bullet the page repeated, cut short, just before the whole of it. */
    private static void dropTruncatedRepeats(List<String> items) {
        for (int k = items.size() - 2; k >= 0; k--) {
            String item = items.get(k);
            String next = items.get(k + 1);
            if (item.length() >= 20 && next.length() > item.length() && next.startsWith(item)) {
                items.remove(k);
            }
        }
    }

    private static Draft followUp(String question, String answer, String title, Block b) {
        return new Draft(Markdown.escape(question.strip()), Markdown.escape(answer.strip()), title,
                b.line(), b.endLine());
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

    /** An explanation bullet as a list item, its "Label:" in bold; commentary as a paragraph. */
    private static String explanationItem(String body) {
        for (String lead : List.of("Real-World Example:", "What weak candidates say:")) {
            if (body.startsWith(lead)) {
                String rest = Markdown.escape(body.substring(lead.length()).strip())
                        .replace("What strong candidates say:", "**What strong candidates say:**");
                return "\n**" + lead + "** " + rest;
            }
        }
        Matcher label = LABEL.matcher(body);
        if (labelled(body) && label.matches()) {
            return "- **" + Markdown.escape(label.group(1).strip()) + ":** " + Markdown.escape(label.group(2).strip());
        }
        Matcher only = LABEL_ONLY.matcher(body);
        if (only.matches()) {
            return "- **" + Markdown.escape(only.group(1).strip()) + ":**";
        }
        return "- " + Markdown.escape(body);
    }

    private static boolean isReference(String text) {
        if (!text.startsWith("-") || text.contains("?")) {
            return false;
        }
        if (QUOTED_REFERENCE.matcher(text).matches()) {
            return true;
        }
        return REFERENCE.matcher(text).matches()
                && DOMAIN.matcher(text.substring(0, Math.min(text.length(), text.indexOf('—') + 1))).find();
    }

    /**
     * A scenario: the answer is the bullets from the first labelled one ("Immediate diagnosis: ...")
     * to the last labelled one; the unlabelled bullets after it are follow-up questions the page
     * leaves unanswered, and those before it the weak answers it contrasts the answer with
     * (sometimes labelled too, as what not to do: "Don't see the problem: ...").
     */
    private static void scenario(List<Block> blocks, int start, int end, List<Draft> drafts, List<Skip> skipped) {
        Block head = blocks.get(start);
        Matcher m = WebPageBlocks.SCENARIO.matcher(head.text());
        m.matches();
        String question = m.group(2).strip();
        List<Block> body = new ArrayList<>();
        for (int k = start + 1; k < end; k++) {
            Block b = blocks.get(k);
            if (!b.text().equals(head.text())) {
                body.add(b);
            }
        }
        int closing = body.size();
        while (closing > 0 && !labelled(text(body.get(closing - 1)))) {
            closing--;
        }
        for (Block b : body.subList(closing, body.size())) {
            skipped.add(new Skip(b.line(), text(b), "a follow-up question with no answer"));
        }
        int first = 0;
        while (first < closing && (!labelled(text(body.get(first))) || WEAK_LABEL.matcher(text(body.get(first))).find())) {
            first++;
        }
        List<String> answer = new ArrayList<>();
        int last = head.line();
        for (Block b : body.subList(first, closing)) {
            answer.add(explanationItem(text(b)));
            last = b.endLine();
        }
        if (answer.isEmpty()) {
            skipped.add(new Skip(head.line(), question, "a scenario with no answer"));
            return;
        }
        drafts.add(new Draft(Markdown.escape(question), String.join("\n", answer), "Scenarios", head.line(), last));
    }

    private static String text(Block b) {
        return b.text().replaceFirst("^-\\s*", "");
    }
}
