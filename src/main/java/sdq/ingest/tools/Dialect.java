package sdq.ingest.tools;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A tool whose card syntax a Markdown file is written in, told from its text: tags and
 * comments the tool writes, or enough lines in its card syntax. Code (fenced or inline) never
 * counts, so {@code std::vector} in a snippet makes no Obsidian file.
 */
public enum Dialect {
    OBSIDIAN_SR("Obsidian SR"), LOGSEQ("Logseq"), REMNOTE("RemNote"), NEURACACHE("NeuraCache");

    private final String shown;

    Dialect(String shown) {
        this.shown = shown;
    }

    /** The tool's name, as reports give it. */
    public String shown() {
        return shown;
    }

    private static final Pattern FLASHCARDS_TAG = Pattern.compile("(?:^|\\s)#flashcards(?:/[\\p{L}\\p{N}_/-]+)?(?=\\s|$)");
    private static final Pattern FRONT_MATTER_TAG = Pattern.compile("(?m)^\\s*(?:tags:.*\\bflashcards\\b|-\\s+flashcards\\s*$)");
    private static final Pattern REMNOTE_LINE = Pattern.compile("\\S.*?\\s(?:>>|<<|<>|;;)\\s+\\S.*|\\S.*?\\s(?:>>>|;;;)\\s*$");
    private static final Pattern CARD_TAG = Pattern.compile("(?:^|\\s)#(?:card|\\[\\[card\\]\\])(?=\\s|$)|^\\s*(?:- )?tags::.*\\bcard\\b");
    /** A Logseq block property or Dataview field: "key:: value". */
    static final Pattern PROPERTY = Pattern.compile("^(?:- )?[A-Za-z][\\w-]*::(?:\\s|$)");
    private static final Pattern OUTLINE = Pattern.compile("^\\s*- ");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");

    /** The dialects a Markdown text is written in. */
    public static Set<Dialect> of(String text) {
        Set<Dialect> out = EnumSet.noneOf(Dialect.class);
        int singleLines = 0;
        int separators = 0;
        int remnote = 0;
        int outline = 0;
        int lines = 0;
        boolean cardTag = false;
        boolean fence = false;
        String previous = "";
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            String raw = all[i];
            String t = raw.strip();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                fence = !fence;
                continue;
            }
            if (fence || t.isEmpty()) {
                previous = t;
                continue;
            }
            lines++;
            String line = t.indexOf('`') >= 0 ? INLINE_CODE.matcher(t).replaceAll("") : t;
            if (line.contains("<!--SR:") || line.contains("#flashcards") && FLASHCARDS_TAG.matcher(line).find()) {
                out.add(OBSIDIAN_SR);
            }
            if ((line.equals("?") || line.equals("??")) && !previous.isEmpty() && i + 1 < all.length
                    && !all[i + 1].isBlank()) {
                separators++;
            }
            singleLines += line.contains("::") && isSingleLineCard(line) && !PROPERTY.matcher(line).find() ? 1 : 0;
            remnote += (line.contains(">>") || line.contains("<<") || line.contains("<>") || line.contains(";;"))
                    && REMNOTE_LINE.matcher(line).matches() ? 1 : 0;
            outline += OUTLINE.matcher(raw).lookingAt() ? 1 : 0;
            cardTag |= line.contains("card") && CARD_TAG.matcher(line).find();
            if (line.endsWith("#flashcard")) {
                out.add(NEURACACHE);
            }
            previous = t;
        }
        if (singleLines >= 2 || separators >= 1 || FRONT_MATTER_TAG.matcher(frontMatter(text)).find()) {
            out.add(OBSIDIAN_SR);
        }
        if (cardTag && outline * 2 >= lines) {
            out.add(LOGSEQ);
        }
        if (remnote >= 2) {
            out.add(REMNOTE);
        }
        return out;
    }

    /** "question::answer" or "question:::answer", its sides not empty and its separator one that {@link #separates}. */
    static boolean isSingleLineCard(String line) {
        int at = line.indexOf("::");
        int length = at + 2 < line.length() && line.charAt(at + 2) == ':' ? 3 : 2;
        return at > 0 && at + length < line.length() && line.charAt(at + length) != ':'
                && !line.substring(0, at).isBlank() && !line.substring(at + length).isBlank()
                && separates(line, at, length);
    }

    /**
     * Whether the {@code ::} at {@code at} separates the two sides of a card: it does unless it
     * joins a path in code, a name then a name in small letters ({@code std::vector},
     * {@code a::b}, {@code Vec::new}) or a name then one more {@code ::} or a call
     * ({@code Foo::Bar::baz}, {@code Foo::Bar()}). "account::100" and "CDN::Content delivery
     * network" are cards.
     */
    static boolean separates(String line, int at, int length) {
        int start = at;
        while (start > 0 && isNamePart(line.charAt(start - 1))) {
            start--;
        }
        int end = at + length;
        while (end < line.length() && isNamePart(line.charAt(end))) {
            end++;
        }
        if (start == at || end == at + length || Character.isDigit(line.charAt(start))) {
            return true;
        }
        char first = line.charAt(at + length);
        if (Character.isDigit(first)) {
            return true;
        }
        boolean more = end < line.length() && (line.startsWith("::", end) || line.charAt(end) == '('
                || line.charAt(end) == '<');
        return !(Character.isLowerCase(first) || first == '_' || more);
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static String frontMatter(String text) {
        if (!text.startsWith("---")) {
            return "";
        }
        int end = text.indexOf("\n---", 3);
        return end < 0 ? "" : text.substring(0, end);
    }
}
