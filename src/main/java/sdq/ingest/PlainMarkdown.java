package sdq.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text notes made into Markdown that renders as the writer saw them: each line its own
 * paragraph, bullets of any kind ({@code •}, {@code -}, {@code *}, numbers) as nested lists by
 * their indentation, short "Label:" lines in bold, pipe tables kept, and the characters that
 * Markdown would read as markup escaped.
 */
final class PlainMarkdown {
    private static final Pattern BULLET = Pattern.compile("^(\\s*)([•◦▪‣●○■□·\\-*+–])\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\s*)(\\d{1,3})[.)]\\s+(.*)$");
    private static final Pattern GLUED_BULLET = Pattern.compile("(?<=[.!?)”\"])\\s+-\\s+(?=[A-Z“\"(])");
    private static final Pattern EMPHASIS_CHARS = Pattern.compile("([*`]|\\\\(?=[!-/:-@\\[-`{-~]))");
    private static final Pattern TAG_START = Pattern.compile("<(?=[A-Za-z/!?])");
    private static final Pattern WORD_EDGE_UNDERSCORE = Pattern.compile("(?<![\\p{L}\\p{N}])_|_(?![\\p{L}\\p{N}])");

    private PlainMarkdown() {
    }

    private record Item(int indent, String marker) {
    }

    static String convert(List<String> raw) {
        List<String> lines = splitGluedBullets(raw);
        List<String> out = new ArrayList<>();
        Deque<Item> open = new ArrayDeque<>();
        boolean inList = false;
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
                continue;
            }
            int group = preformattedGroup(lines, i);
            if (group > 0) {
                gap(out);
                out.add("```");
                for (String pre : Lines.trimBlank(lines.subList(i, i + group))) {
                    out.add(pre.stripTrailing());
                }
                out.add("```");
                i += group;
                open.clear();
                inList = false;
                continue;
            }
            if (isTableLine(line)) {
                gap(out);
                while (i < lines.size() && isTableLine(lines.get(i))) {
                    out.add(lines.get(i).strip());
                    i++;
                }
                open.clear();
                inList = false;
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            boolean isBullet = bullet.matches() && !bullet.group(3).isBlank();
            boolean isNumbered = !isBullet && numbered.matches();
            if (isBullet || isNumbered) {
                int indent = Lines.indent(line);
                String marker = isBullet ? "-" : numbered.group(2) + ".";
                String text = isBullet ? bullet.group(3) : numbered.group(3);
                if (!inList) {
                    gap(out);
                    open.clear();
                }
                while (!open.isEmpty() && open.peek().indent() > indent) {
                    open.pop();
                }
                if (!open.isEmpty() && open.peek().indent() == indent) {
                    open.pop();
                }
                int prefix = 0;
                for (Item parent : open) {
                    prefix += parent.marker().length() + 1;
                }
                out.add(" ".repeat(prefix) + marker + " " + escape(text.strip()));
                open.push(new Item(indent, marker));
                inList = true;
                i++;
                continue;
            }
            boolean previousLine = i > 0 && !lines.get(i - 1).isBlank();
            boolean wrapped = previousLine && !out.isEmpty() && !endsSentence(lines.get(i - 1))
                    && !out.get(out.size() - 1).isEmpty() && !out.get(out.size() - 1).startsWith("**");
            if (inList && !open.isEmpty() && (Lines.indent(line) > open.peek().indent() || wrapped)
                    || !inList && wrapped && !isTableLine(lines.get(i - 1))) {
                // A wrapped line of the item or paragraph above (notes saved from a web page break
                // lines at inline code).
                int last = out.size() - 1;
                out.set(last, out.get(last) + " " + escape(line.strip()));
                i++;
                continue;
            }
            gap(out);
            open.clear();
            inList = false;
            out.add(label(escape(line.strip())));
            i++;
        }
        return String.join("\n", out);
    }

    /**
     * Bullets glued onto the end of the line before ("...step one. - Step two"), as web pages
     * saved as text have them, put back on lines of their own.
     */
    private static List<String> splitGluedBullets(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        boolean listContext = false;
        for (String line : lines) {
            Matcher bullet = BULLET.matcher(line);
            boolean isBullet = bullet.matches();
            listContext = isBullet || (listContext && !line.isBlank());
            if (!listContext || line.indexOf(" - ") < 0) {
                out.add(line);
                continue;
            }
            String indent = " ".repeat(Lines.indent(line));
            String[] parts = GLUED_BULLET.split(line.strip());
            out.add(indent + parts[0]);
            for (int k = 1; k < parts.length; k++) {
                out.add(indent + (isBullet ? bullet.group(2) : "-") + " " + parts[k]);
            }
        }
        return out;
    }

    private static boolean endsSentence(String line) {
        String t = line.stripTrailing();
        return t.isEmpty() || ".!?:;)”\"|".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /**
     * A run of text lines laid out by spaces (a little diagram, aligned columns), to keep as a
     * code block: more than one line, one of them indented far without being a bullet. Returns
     * how many lines the run has, or 0.
     */
    private static int preformattedGroup(List<String> lines, int from) {
        int end = from;
        boolean deep = false;
        while (end < lines.size() && !lines.get(end).isBlank()) {
            String line = lines.get(end);
            if (BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches() || isTableLine(line)) {
                return 0;
            }
            deep |= Lines.indent(line) >= 8 || line.contains("   ") && line.strip().contains("   ");
            end++;
        }
        return end - from > 1 && deep ? end - from : 0;
    }

    /** A blank line before the next block, unless at the start. */
    private static void gap(List<String> out) {
        if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
            out.add("");
        }
    }

    /** Short "Label:" lines, which head what follows, in bold. */
    private static String label(String text) {
        if (text.endsWith(":") && text.length() <= 60 && text.split("\\s+").length <= 8 && !text.contains("**")) {
            return "**" + text + "**";
        }
        return text;
    }

    private static boolean isTableLine(String line) {
        String t = line.strip();
        return t.length() > 2 && t.startsWith("|") && t.endsWith("|");
    }

    private static boolean needsEscape(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '#' || first == '>' || first == '+' || first == '=' || first == '-') {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '`' || c == '\\' || c == '_' || c == '<') {
                return true;
            }
        }
        return false;
    }

    /** Plain text with the characters Markdown would read as markup escaped. */
    static String escape(String text) {
        if (!needsEscape(text)) {
            return text;
        }
        String t = EMPHASIS_CHARS.matcher(text).replaceAll("\\\\$1");
        t = WORD_EDGE_UNDERSCORE.matcher(t).replaceAll("\\\\_");
        t = TAG_START.matcher(t).replaceAll("\\\\<");
        if (t.startsWith("#") || t.startsWith(">") || t.startsWith("+ ") || t.startsWith("=")) {
            t = "\\" + t;
        }
        if (t.matches("^-{3,}$")) {
            t = "\\" + t;
        }
        return t;
    }
}
