package sdq.ingest.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sdq.deck.Cloze;
import sdq.ingest.doc.Block;

/**
 * The cards tools write on lines of a Markdown file, found before the Markdown is parsed: the
 * lines a card takes are blanked (so the rest of the file reads as the notes it is) and the card
 * stands in their place. Obsidian Spaced Repetition cards ({@code q::a}, {@code q:::a}, a
 * question and answer around a {@code ?} or {@code ??} line, {@code ==clozes==}, its
 * {@code #flashcards/deck} tags and {@code <!--SR:...-->} comments), RemNote cards
 * ({@code q >> a}, {@code a << q}, {@code q <> a}, {@code q ;; a}, {@code q >>>} over indented
 * lines), NeuraCache cards ({@code q #flashcard} over its answer), hashcards cloze lines
 * ({@code C: ... [gap] ...}) and Anki or Logseq clozes ({@code {{c1::...}}}, {@code {{cloze ...}}}).
 */
public final class LineCards {
    /** The lines with the cards' lines blanked, and the cards. */
    public record Result(String[] lines, List<Block.Declared> cards) {
        public Result {
            cards = List.copyOf(cards);
        }
    }

    private static final Pattern SR_COMMENT = Pattern.compile("\\s*<!--SR:[^>]*-->");
    private static final Pattern DECK_TAG = Pattern.compile("(?:^|\\s)#flashcards(/[\\p{L}\\p{N}_/-]+)?(?=\\s|$)");
    private static final Pattern ONLY_TAGS = Pattern.compile("^(?:#[\\p{L}\\p{N}_/\\[\\]-]+\\s*)+$");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)(?:[-*+]|\\d{1,3}[.)])\\s+(?:\\[[ xX]\\]\\s+)?");
    private static final Pattern SINGLE = Pattern.compile("^(.+?)(:{2,3})(.+)$");
    private static final Pattern REMNOTE = Pattern.compile("^(.+?)\\s(>>|<<|<>|;;|::)\\s+(.+)$");
    private static final Pattern REMNOTE_MULTI = Pattern.compile("^(.+?)\\s*(?:>>>|;;;)\\s*$");
    private static final Pattern HASHCARDS = Pattern.compile("^\\s*C:\\s+(.*)$");
    private static final Pattern BRACKET_GAP = Pattern.compile("\\[([^\\[\\]]+)\\](?![(\\[:])");
    private static final Pattern HIGHLIGHT_GAP = Pattern.compile("==([^=]+)==");
    private static final Pattern ANKI_GAP = Pattern.compile("\\{\\{c\\d{1,3}::");
    private static final Pattern LOGSEQ_GAP = Pattern.compile("\\{\\{cloze\\s+(.+?)\\}\\}");
    private static final Pattern MOCHI_GAP = Pattern.compile("\\{\\{(\\d{1,3})::(.+?)\\}\\}");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");
    private static final Pattern NEURACACHE = Pattern.compile("\\s*#flashcard\\s*$");

    private final String[] lines;
    private final Set<Dialect> dialects;
    private final List<Block.Declared> cards = new ArrayList<>();
    private final boolean[] code;
    private List<String> deckTopics = List.of();

    private LineCards(String[] lines, Set<Dialect> dialects) {
        this.lines = lines.clone();
        this.dialects = dialects;
        this.code = fencedLines(this.lines);
    }

    /** The cards on the lines of a Markdown file written in {@code dialects} (and the clozes any file may hold). */
    public static Result of(String[] lines, Set<Dialect> dialects) {
        LineCards scan = new LineCards(lines, dialects);
        scan.scan();
        return new Result(scan.lines, scan.cards);
    }

    private static boolean[] fencedLines(String[] lines) {
        boolean[] code = new boolean[lines.length];
        boolean fence = false;
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            boolean marker = t.startsWith("```") || t.startsWith("~~~");
            code[i] = fence || marker;
            fence ^= marker;
        }
        return code;
    }

    private void scan() {
        boolean obsidian = dialects.contains(Dialect.OBSIDIAN_SR);
        for (int i = 0; i < lines.length; i++) {
            if (!code[i] && lines[i].contains("<!--SR:")) {
                lines[i] = SR_COMMENT.matcher(lines[i]).replaceAll("");
            }
        }
        for (int i = 0; i < lines.length; i++) {
            if (code[i]) {
                continue;
            }
            String t = lines[i].strip();
            if (t.isEmpty()) {
                continue;
            }
            if (obsidian && t.contains("#flashcards")) {
                deckTopics(t);
                lines[i] = DECK_TAG.matcher(lines[i]).replaceAll("");
                if (ONLY_TAGS.matcher(lines[i].strip()).matches() || lines[i].isBlank()) {
                    lines[i] = "";
                    continue;
                }
                t = lines[i].strip();
            }
            if (obsidian && (t.equals("?") || t.equals("??"))) {
                multiLine(i, t.equals("??"));
                continue;
            }
            String content = BULLET.matcher(lines[i]).replaceFirst("").strip();
            String bare = content.indexOf('`') >= 0 ? INLINE_CODE.matcher(content).replaceAll(m -> "x".repeat(m.group().length()))
                    : content;
            if (HASHCARDS.matcher(lines[i]).matches() && BRACKET_GAP.matcher(content).find()) {
                int end = paragraphEnd(i);
                clozeOf(joined(i, end).replaceFirst("^\\s*C:\\s+", ""), BRACKET_GAP, "hashcards: cloze", i, end);
                continue;
            }
            if (ANKI_GAP.matcher(bare).find() || MOCHI_GAP.matcher(bare).find() || LOGSEQ_GAP.matcher(bare).find()) {
                int end = isItem(i) ? i : paragraphEnd(i);
                String text = end == i ? content : joined(i, end);
                Optional<Cloze> cloze = Cloze.of(text).or(() -> Cloze.numbering(text, LOGSEQ_GAP))
                        .or(() -> Cloze.of(MOCHI_GAP.matcher(text).replaceAll("{{c$1::$2}}")));
                if (cloze.isPresent()) {
                    add(Block.Declared.cloze(cloze.get(), ANKI_GAP.matcher(text).find() ? "Anki: cloze"
                            : LOGSEQ_GAP.matcher(text).find() ? "Logseq: cloze" : "Mochi: cloze", i + 1, end + 1));
                    blank(i, end);
                    continue;
                }
            }
            if (obsidian && bare.contains("::") && single(i, content, bare)) {
                continue;
            }
            if (dialects.contains(Dialect.REMNOTE) && remNote(i, content, bare)) {
                continue;
            }
            if (dialects.contains(Dialect.NEURACACHE) && NEURACACHE.matcher(t).find()) {
                neuraCache(i);
                continue;
            }
            if (obsidian && HIGHLIGHT_GAP.matcher(bare).find()) {
                int end = isItem(i) ? i : paragraphEnd(i);
                clozeOf(end == i ? content : joined(i, end), HIGHLIGHT_GAP, "Obsidian SR: cloze", i, end);
            }
        }
    }

    /** {@code #flashcards/system-design/caching}: the cards below it get the topics of its sub-decks. */
    private void deckTopics(String line) {
        Matcher m = DECK_TAG.matcher(line);
        if (m.find()) {
            String path = m.group(1) == null ? "" : m.group(1).substring(1);
            List<String> topics = new ArrayList<>();
            for (String part : path.split("/")) {
                String topic = part.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                        .replaceAll("^-|-$", "");
                if (!topic.isEmpty()) {
                    topics.add(topic);
                }
            }
            deckTopics = topics.size() > 3 ? topics.subList(topics.size() - 3, topics.size()) : topics;
        }
    }

    private boolean single(int i, String content, String bare) {
        Matcher m = SINGLE.matcher(bare);
        if (!m.matches() || dialects.contains(Dialect.LOGSEQ) && Dialect.PROPERTY.matcher(content).find()
                || !Dialect.separates(bare, m.end(1), m.group(2).length())) {
            return false;
        }
        String question = content.substring(0, m.end(1)).strip();
        String answer = content.substring(m.start(3)).strip();
        if (question.isEmpty() || answer.isEmpty() || m.group(2).length() > 3) {
            return false;
        }
        boolean reversed = m.group(2).length() == 3;
        add(card(question, answer, reversed ? "Obsidian SR: reversed card" : "Obsidian SR: single-line card", i, i));
        if (reversed) {
            add(card(answer, question, "Obsidian SR: reversed card", i, i));
        }
        blank(i, i);
        return true;
    }

    /** A question above a {@code ?} line (up to a blank line or a heading) and its answer below it (to a blank line). */
    private void multiLine(int at, boolean reversed) {
        int from = at;
        while (from > 0 && !lines[from - 1].isBlank() && !code[from - 1] && !lines[from - 1].stripLeading().startsWith("#")) {
            from--;
        }
        int end = at;
        while (end + 1 < lines.length && !lines[end + 1].isBlank()) {
            end++;
        }
        if (from == at || end == at) {
            // A separator with nothing above or below it makes no card, and is no text either.
            lines[at] = "";
            return;
        }
        String question = joined(from, at - 1);
        String answer = joined(at + 1, end);
        String rule = reversed ? "Obsidian SR: reversed multi-line card" : "Obsidian SR: multi-line card";
        add(card(question, answer, rule, from, end));
        if (reversed) {
            add(card(answer, question, rule, from, end));
        }
        blank(from, end);
    }

    private boolean remNote(int i, String content, String bare) {
        Matcher multi = REMNOTE_MULTI.matcher(bare);
        if (multi.matches() && i + 1 < lines.length && indent(lines[i + 1]) > indent(lines[i]) && !lines[i + 1].isBlank()) {
            int end = i + 1;
            while (end + 1 < lines.length && (indent(lines[end + 1]) > indent(lines[i]) && !lines[end + 1].isBlank())) {
                end++;
            }
            List<String> answer = new ArrayList<>();
            int common = Integer.MAX_VALUE;
            for (int k = i + 1; k <= end; k++) {
                common = Math.min(common, indent(lines[k]));
            }
            for (int k = i + 1; k <= end; k++) {
                answer.add(lines[k].replace("\t", "    ").substring(Math.min(common, indent(lines[k]))));
            }
            add(card(content.substring(0, multi.end(1)).strip(), String.join("\n", answer), "RemNote: card", i, end));
            blank(i, end);
            return true;
        }
        Matcher m = REMNOTE.matcher(bare);
        if (!m.matches()) {
            return false;
        }
        String left = content.substring(0, m.end(1)).strip();
        String right = content.substring(m.start(3)).strip();
        switch (m.group(2)) {
            case "<<" -> add(card(right, left, "RemNote: card", i, i));
            case "::" -> {
                // A concept card: RemNote asks it both ways.
                add(card(left, right, "RemNote: concept card", i, i));
                add(card(right, left, "RemNote: concept card", i, i));
            }
            case "<>" -> {
                add(card(left, right, "RemNote: two-way card", i, i));
                add(card(right, left, "RemNote: two-way card", i, i));
            }
            default -> add(card(left, right, "RemNote: card", i, i));
        }
        blank(i, i);
        return true;
    }

    /**
     * A line {@code front : back #flashcard} is a card; else a paragraph ending "#flashcard" is the
     * question and the next paragraph its answer.
     */
    private void neuraCache(int i) {
        String line = NEURACACHE.matcher(BULLET.matcher(lines[i]).replaceFirst("")).replaceFirst("").strip();
        int colon = line.indexOf(" : ");
        if (colon > 0 && colon + 3 < line.length()) {
            add(card(line.substring(0, colon).strip(), line.substring(colon + 3).strip(), "NeuraCache: card", i, i));
            blank(i, i);
            return;
        }
        int from = i;
        while (from > 0 && !lines[from - 1].isBlank() && !code[from - 1]) {
            from--;
        }
        int start = i + 1;
        while (start < lines.length && lines[start].isBlank()) {
            start++;
        }
        if (start >= lines.length) {
            return;
        }
        int end = paragraphEnd(start);
        String question = NEURACACHE.matcher(joined(from, i)).replaceFirst("").strip();
        add(card(question, joined(start, end), "NeuraCache: card", from, end));
        blank(from, end);
    }

    private void clozeOf(String text, Pattern gap, String rule, int from, int end) {
        Optional<Cloze> cloze = Cloze.numbering(text.strip(), gap);
        if (cloze.isPresent()) {
            add(Block.Declared.cloze(cloze.get(), rule, from + 1, end + 1));
            blank(from, end);
        }
    }

    private Block.Declared card(String question, String answer, String rule, int from, int end) {
        return Block.Declared.of(question, answer, rule, from + 1, end + 1);
    }

    private void add(Block.Declared card) {
        cards.add(card.withTopics(deckTopics));
    }

    private void add(List<Block.Declared> cloze) {
        cloze.forEach(this::add);
    }

    private boolean isItem(int i) {
        return BULLET.matcher(lines[i]).find();
    }

    /** The last line of the paragraph that starts at {@code i}. */
    private int paragraphEnd(int i) {
        int end = i;
        while (end + 1 < lines.length && !lines[end + 1].isBlank() && !code[end + 1] && !isItem(end + 1)) {
            end++;
        }
        return end;
    }

    private String joined(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            out.add(k == from ? BULLET.matcher(lines[k]).replaceFirst("").strip() : lines[k].strip());
        }
        return String.join("\n", out).strip();
    }

    private void blank(int from, int to) {
        for (int k = from; k <= to; k++) {
            lines[k] = "";
        }
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
            n += line.charAt(n) == '\t' ? 4 : 1;
        }
        return n;
    }
}
