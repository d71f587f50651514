package sdq.ingest.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown for blocks that a front end made (of org, AsciiDoc, plain text...): lists, quotes,
 * code and tables written out, blocks joined, and plain text escaped so that Markdown reads it
 * as the text it is.
 */
public final class Markdown {
    private static final Pattern RULE_LIKE = Pattern.compile("^-{3,}$");
    private static final Pattern EMPHASIS_CHARS = Pattern.compile("([*`]|\\\\(?=[!-/:-@\\[-`{-~]))");
    private static final Pattern TAG_START = Pattern.compile("<(?=[A-Za-z/!?])");
    private static final Pattern WORD_EDGE_UNDERSCORE = Pattern.compile("(?<![\\p{L}\\p{N}])_|_(?![\\p{L}\\p{N}])");
    private static final Pattern LIST_LIKE = Pattern.compile("^(\\d{1,9})([.)])(\\s|$)");

    private Markdown() {
    }

    /** The blocks of both lists, one after the other, each a paragraph apart. */
    public static String join(List<? extends Block> first, List<? extends Block> then) {
        List<Block> all = new ArrayList<>(first);
        all.addAll(then);
        return join(all);
    }

    /** The blocks' Markdown, a blank line between each two. */
    public static String join(List<? extends Block> blocks) {
        return join(blocks, false);
    }

    /**
     * The blocks' Markdown, a blank line between each two; {@code source}: their Markdown is
     * their source, and blocks on adjacent lines stay on adjacent lines, as they were written.
     */
    public static String join(List<? extends Block> blocks, boolean source) {
        StringBuilder out = new StringBuilder();
        Block previous = null;
        for (Block b : blocks) {
            String md = b.markdown().strip();
            if (md.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(source && b.line() == previous.endLine() + 1 ? "\n" : "\n\n");
            }
            out.append(md);
            previous = b;
        }
        return out.toString();
    }

    /** A list of items, each written after its marker, the lines of its children indented under it. */
    public static String list(List<Block.Item> items) {
        StringBuilder out = new StringBuilder();
        for (Block.Item item : items) {
            String marker = item.marker() + (item.task() == Block.Task.OPEN ? " [ ]" : item.task() == Block.Task.DONE
                    ? " [x]" : "");
            String body = itemBody(item.children());
            String indent = " ".repeat(item.marker().length() + 1);
            StringBuilder text = new StringBuilder();
            String[] lines = body.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                text.append(i == 0 ? marker + (line.isEmpty() ? "" : " " + line)
                        : "\n" + (line.isEmpty() ? "" : indent + line));
            }
            out.append(out.length() == 0 ? "" : "\n").append(text);
        }
        return out.toString();
    }

    /** An item's children: a nested list right under the text, other blocks a paragraph apart. */
    private static String itemBody(List<Block> children) {
        StringBuilder out = new StringBuilder();
        for (Block child : children) {
            String md = child.markdown();
            if (out.length() > 0) {
                out.append(child instanceof Block.ListBlock ? "\n" : "\n\n");
            }
            out.append(md);
        }
        return out.toString();
    }

    /** Blocks as a quotation. */
    public static String quote(List<Block> children) {
        StringBuilder out = new StringBuilder();
        for (String line : join(children).split("\n", -1)) {
            out.append(out.length() == 0 ? "" : "\n").append(line.isEmpty() ? ">" : "> " + line);
        }
        return out.toString();
    }

    /** Preformatted text in a fence longer than any run of backticks inside it. */
    public static String code(String info, String literal) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < literal.length(); i++) {
            run = literal.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        String body = literal.endsWith("\n") ? literal : literal + "\n";
        return fence + info + "\n" + body + fence;
    }

    /** A pipe table. */
    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(row(header)).append('\n');
        out.append("|").append("---|".repeat(Math.max(1, header.size())));
        for (List<String> r : rows) {
            out.append('\n').append(row(r));
        }
        return out.toString();
    }

    private static String row(List<String> cells) {
        StringBuilder out = new StringBuilder("|");
        for (String cell : cells) {
            out.append(' ').append(cell.replace("|", "\\|").replace("\n", " ")).append(" |");
        }
        return out.toString();
    }

    /** Plain text with the characters Markdown would read as markup escaped. */
    public static String escape(String text) {
        return escape(text, true);
    }

    /** Plain text escaped; {@code lineStart}: it starts a line, where more characters mean something. */
    public static String escape(String text, boolean lineStart) {
        if (!needsEscape(text)) {
            return text;
        }
        String t = EMPHASIS_CHARS.matcher(text).replaceAll("\\\\$1");
        t = WORD_EDGE_UNDERSCORE.matcher(t).replaceAll("\\\\_");
        t = TAG_START.matcher(t).replaceAll("\\\\<");
        if (!lineStart) {
            return t;
        }
        if (t.startsWith("#") || t.startsWith(">") || t.startsWith("+ ") || t.startsWith("=") || t.startsWith("- ")
                || RULE_LIKE.matcher(t).matches()) {
            t = "\\" + t;
        }
        java.util.regex.Matcher listLike = LIST_LIKE.matcher(t);
        if (listLike.find()) {
            t = listLike.group(1) + "\\" + t.substring(listLike.group(1).length());
        }
        return t;
    }

    private static boolean needsEscape(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '#' || first == '>' || first == '+' || first == '=' || first == '-' || Character.isDigit(first)) {
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
}
