package sdq.ingest.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * reStructuredText notes into blocks: section titles (their level by the order their underline
 * styles first appear), paragraphs, bullet and enumerated lists, definition lists, literal
 * blocks after {@code ::}, code and admonition directives, indented quotations, tables as
 * preformatted text, transitions; comments, targets ({@code .. _label:}) and other directives
 * are left out. Emphasis, literals, links and roles become Markdown.
 */
public final class RstNotes {
    private static final Pattern ADORNMENT = Pattern.compile("^([=\\-~^\"'`#*+<>:._!$%&,;?@|/\\\\])\\1{2,}\\s*$");
    private static final Pattern ITEM = Pattern.compile("^(\\s*)([-*+•‣⁃]|\\d{1,3}[.)]|#\\.|\\(\\d{1,3}\\)|\\([a-zA-Z#]\\)|[a-zA-Z][.)])\\s+(.*)$");
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*\\.\\.\\s+([\\w:-]+)::\\s*(.*)$");
    private static final Pattern EXPLICIT = Pattern.compile("^\\s*\\.\\.(\\s.*)?$");
    private static final Pattern FIELD = Pattern.compile("^\\s*:[\\w -]+:(\\s.*)?$");
    private static final Pattern GRID = Pattern.compile("^\\s*\\+[-=+]+\\+\\s*$");
    private static final Pattern SIMPLE_TABLE = Pattern.compile("^\\s*=+(\\s+=+)+\\s*$");
    private static final List<InlineRewrite.Rule> INLINE = List.of(
            new InlineRewrite.Rule("`", Pattern.compile("``(.+?)``"), m -> "`" + m.group(1) + "`"),
            new InlineRewrite.Rule("\\", Pattern.compile("\\\\(\\S)"), m -> Markdown.escape(m.group(1), false)),
            new InlineRewrite.Rule("`", Pattern.compile(":[\\w.:+-]+:`([^`<]*?)\\s*(?:<[^>]*>)?`"),
                    m -> "`" + m.group(1).strip().replaceFirst("^[~!]", "") + "`"),
            new InlineRewrite.Rule("`", Pattern.compile("`([^`<]+?)\\s*<([^>]+)>`__?"),
                    m -> "[" + Markdown.escape(m.group(1), false) + "](" + m.group(2) + ")"),
            // A reference to a target elsewhere (another question, a link defined below): a link to it.
            new InlineRewrite.Rule("`", Pattern.compile("`([^`]+)`__?"),
                    m -> "[" + Markdown.escape(m.group(1), false) + "](#" + anchor(m.group(1)) + ")"),
            // A reference by name ("see deadlocks_"): the name.
            new InlineRewrite.Rule("_", Pattern.compile("(?<![\\p{L}\\p{N}_`\\\\])([\\p{L}\\p{N}][\\p{L}\\p{N}_-]*)__?(?![\\p{L}\\p{N}_])"),
                    m -> Markdown.escape(m.group(1), false)),
            new InlineRewrite.Rule("*", Pattern.compile("\\*\\*(.+?)\\*\\*"), m -> "**" + Markdown.escape(m.group(1), false) + "**"),
            new InlineRewrite.Rule("*", Pattern.compile("(?<![\\p{L}\\p{N}*])\\*([^\\s*](?:[^*]*[^\\s*])?)\\*(?![\\p{L}\\p{N}*])"),
                    m -> "*" + Markdown.escape(m.group(1), false) + "*"),
            new InlineRewrite.Rule("`", Pattern.compile("`([^`]+)`"), m -> "*" + Markdown.escape(m.group(1), false) + "*"));

    private final String[] lines;
    private final List<String> styles = new ArrayList<>();
    private Optional<String> title = Optional.empty();

    private RstNotes(String[] lines) {
        this.lines = lines;
    }

    public static Document read(String text) {
        RstNotes reader = new RstNotes(text.split("\n", -1));
        List<Block> blocks = reader.blocks(0, reader.lines.length, true);
        return new Document("reStructuredText", reader.title, blocks);
    }

    private static String anchor(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }

    static String inline(String text) {
        return InlineRewrite.apply(text.strip(), INLINE);
    }

    private static int indent(String line) {
        return PlainLines.indent(line);
    }

    private List<Block> blocks(int from, int to, boolean top) {
        List<Block> out = new ArrayList<>();
        int base = top ? 0 : Integer.MAX_VALUE;
        for (int k = from; k < to && !top; k++) {
            base = lines[k].isBlank() ? base : Math.min(base, indent(lines[k]));
        }
        int i = from;
        while (i < to) {
            String line = lines[i];
            if (line.isBlank()) {
                i++;
                continue;
            }
            int section = top ? sectionTitle(i, to) : 0;
            if (section > 0) {
                i = title(i, section, out);
                continue;
            }
            Matcher directive = DIRECTIVE.matcher(line);
            if (directive.matches()) {
                i = directive(directive.group(1), directive.group(2).strip(), i, to, out);
            } else if (EXPLICIT.matcher(line).matches()) {
                i = indentedEnd(i + 1, to, indent(line));
            } else if (ADORNMENT.matcher(line).matches() && line.strip().length() >= 4) {
                out.add(new Block.Rule(i + 1));
                i++;
            } else if (GRID.matcher(line).matches() || SIMPLE_TABLE.matcher(line).matches()) {
                int end = i;
                while (end < to && !lines[end].isBlank()) {
                    end++;
                }
                String literal = String.join("\n", List.of(lines).subList(i, end)) + "\n";
                out.add(new Block.Code("", literal, Markdown.code("", literal), i + 1, end));
                i = end;
            } else if (ITEM.matcher(line).matches()) {
                i = list(i, to, out);
            } else if (indent(line) > base) {
                int end = indentedEnd(i, to, base);
                List<Block> inside = blocks(i, end, false);
                out.add(new Block.Quote(inside, Markdown.quote(inside), i + 1, end));
                i = end;
            } else {
                i = paragraph(i, to, out);
            }
        }
        return out;
    }

    /** The number of lines of a section title at line {@code i} (2 underlined, 3 overlined too), or 0. */
    private int sectionTitle(int i, int to) {
        String line = lines[i];
        if (ADORNMENT.matcher(line).matches() && i + 2 < to && !lines[i + 1].isBlank()
                && lines[i + 2].strip().equals(line.strip()) && lines[i + 1].strip().length() <= line.strip().length()) {
            return 3;
        }
        if (!ADORNMENT.matcher(line).matches() && indent(line) == 0 && i + 1 < to && ADORNMENT.matcher(lines[i + 1]).matches()
                && lines[i + 1].strip().length() >= Math.min(line.strip().length(), 3) && (i == 0 || lines[i - 1].isBlank())) {
            return 2;
        }
        return 0;
    }

    private int title(int i, int size, List<Block> out) {
        String text = size == 3 ? lines[i + 1].strip() : lines[i].strip();
        String style = (size == 3 ? "over" : "") + lines[i + size - 1].strip().charAt(0);
        if (!styles.contains(style)) {
            styles.add(style);
        }
        int level = Math.min(6, styles.indexOf(style) + 1);
        if (level == 1 && title.isEmpty() && out.isEmpty()) {
            title = Optional.of(text);
        }
        out.add(new Block.Heading(level, inline(text), i + 1, i + size));
        return i + size;
    }

    /** The end of the lines indented more than {@code indent}, blank lines among them. */
    private int indentedEnd(int i, int to, int indent) {
        int end = i;
        int last = i;
        while (end < to && (lines[end].isBlank() || indent(lines[end]) > indent)) {
            if (!lines[end].isBlank()) {
                last = end + 1;
            }
            end++;
        }
        return Math.max(last, i);
    }

    private int directive(String name, String args, int i, int to, List<Block> out) {
        int end = indentedEnd(i + 1, to, indent(lines[i]));
        List<String> body = new ArrayList<>();
        int common = Integer.MAX_VALUE;
        int first = i + 1;
        while (first < end && (FIELD.matcher(lines[first]).matches() && !lines[first].isBlank())) {
            first++;
        }
        for (int k = first; k < end; k++) {
            if (!lines[k].isBlank()) {
                common = Math.min(common, indent(lines[k]));
            }
        }
        for (int k = first; k < end; k++) {
            body.add(lines[k].isBlank() ? "" : lines[k].replace("\t", "    ").substring(Math.min(common, indent(lines[k]))));
        }
        String literal = String.join("\n", body).strip() + "\n";
        switch (name) {
            case "code", "code-block", "sourcecode", "highlight" -> {
                if (!literal.isBlank()) {
                    out.add(new Block.Code(args, literal, Markdown.code(args, literal), i + 1, Math.max(i + 1, end)));
                }
            }
            case "note", "tip", "important", "warning", "caution", "attention", "hint", "danger", "error", "seealso",
                 "admonition", "topic", "sidebar", "rubric" -> {
                List<Block> inside = new ArrayList<>();
                if (!args.isEmpty()) {
                    inside.add(Block.Paragraph.of(i + 1, inline(args)));
                }
                inside.addAll(blocks(first, end, false));
                if (!inside.isEmpty()) {
                    out.add(new Block.Quote(inside, Markdown.quote(inside), i + 1, Math.max(i + 1, end)));
                }
            }
            default -> { }
        }
        return Math.max(end, i + 1);
    }

    private int paragraph(int i, int to, List<Block> out) {
        int start = i;
        int indent = indent(lines[i]);
        List<Block.Line> text = new ArrayList<>();
        while (i < to && !lines[i].isBlank() && indent(lines[i]) == indent && (i == start || !ITEM.matcher(lines[i]).matches())) {
            text.add(new Block.Line(i + 1, lines[i]));
            i++;
        }
        if (i < to && !lines[i].isBlank() && indent(lines[i]) > indent && text.size() == 1) {
            // A term and, indented right under it, its definition.
            int end = indentedEnd(i, to, indent);
            List<Block> definition = blocks(i, end, false);
            String term = text.get(0).text().strip().replaceFirst("\\s+:\\s+.*$", "");
            out.add(new Block.Definition(inline(term), definition, false, start + 1, end));
            return end;
        }
        String last = text.get(text.size() - 1).text().stripTrailing();
        boolean literal = last.endsWith("::");
        if (literal) {
            String cut = last.equals("::") ? "" : last.endsWith(" ::") ? last.substring(0, last.length() - 3)
                    : last.substring(0, last.length() - 1);
            text.set(text.size() - 1, new Block.Line(text.get(text.size() - 1).number(), cut));
        }
        List<Block.Line> converted = new ArrayList<>();
        for (Block.Line l : withSpansClosed(text)) {
            if (!l.text().isBlank()) {
                converted.add(new Block.Line(l.number(), inline(l.text())));
            }
        }
        if (!converted.isEmpty()) {
            out.add(new Block.Paragraph(converted));
        }
        if (literal) {
            int next = i;
            while (next < to && lines[next].isBlank()) {
                next++;
            }
            if (next < to && indent(lines[next]) > indent) {
                int end = indentedEnd(next, to, indent);
                List<String> body = new ArrayList<>();
                int common = Integer.MAX_VALUE;
                for (int k = next; k < end; k++) {
                    if (!lines[k].isBlank()) {
                        common = Math.min(common, indent(lines[k]));
                    }
                }
                for (int k = next; k < end; k++) {
                    body.add(lines[k].isBlank() ? "" : lines[k].replace("\t", "    ").substring(Math.min(common, indent(lines[k]))));
                }
                String code = String.join("\n", body) + "\n";
                out.add(new Block.Code("", code, Markdown.code("", code), next + 1, end));
                return end;
            }
        }
        return i;
    }

    /**
     * The lines with a line that leaves a backquoted span open (a link or a role written over two
     * lines) joined to the next, so that each span is rewritten whole.
     */
    private static List<Block.Line> withSpansClosed(List<Block.Line> text) {
        List<Block.Line> out = new ArrayList<>();
        for (Block.Line l : text) {
            Block.Line last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.text().chars().filter(c -> c == '`').count() % 2 == 1) {
                out.set(out.size() - 1, new Block.Line(last.number(), last.text().stripTrailing() + " " + l.text().strip()));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    /** The kind of an item's marker: "-", "1.", "1)", "(1)", "a.", "#." and so on; a list holds one kind. */
    private static String markerKind(String marker) {
        return marker.replaceAll("\\d+", "1").replaceAll("[a-zA-Z]", "a");
    }

    /** Whether two kinds of marker belong to one list: the same, or "#" (numbered for you) with the same punctuation. */
    private static boolean sameList(String kind, String other) {
        return kind.equals(other) || (kind.contains("#") || other.contains("#"))
                && kind.replaceAll("[#1a]", "n").equals(other.replaceAll("[#1a]", "n"));
    }

    private int list(int i, int to, List<Block> out) {
        int start = i;
        int indent = indent(lines[i]);
        boolean ordered = !lines[i].strip().matches("^[-*+•‣⁃]\\s.*");
        List<Block.Item> items = new ArrayList<>();
        Matcher first = ITEM.matcher(lines[i]);
        String kind = first.matches() ? markerKind(first.group(2)) : "";
        int number = 1;
        while (i < to) {
            Matcher m = ITEM.matcher(lines[i]);
            if (!m.matches() || indent(lines[i]) != indent || !items.isEmpty() && !sameList(kind, markerKind(m.group(2)))) {
                break;
            }
            int content = indent + m.group(2).length() + 1;
            int end = i + 1;
            while (end < to && (lines[end].isBlank() || indent(lines[end]) >= content)) {
                end++;
            }
            while (end > i + 1 && lines[end - 1].isBlank()) {
                end--;
            }
            List<Block> children = new ArrayList<>();
            List<Block.Line> text = new ArrayList<>();
            text.add(new Block.Line(i + 1, m.group(3)));
            int k = i + 1;
            while (k < end && !lines[k].isBlank() && !ITEM.matcher(lines[k]).matches()) {
                text.add(new Block.Line(k + 1, lines[k]));
                k++;
            }
            List<Block.Line> converted = new ArrayList<>();
            for (Block.Line l : withSpansClosed(text)) {
                converted.add(new Block.Line(l.number(), inline(l.text())));
            }
            children.add(new Block.Paragraph(converted));
            children.addAll(blocks(k, end, false));
            String marker = ordered ? number++ + "." : "-";
            items.add(Block.Item.of(marker, Block.Task.NONE, children, i + 1, end));
            i = end;
            while (i < to && lines[i].isBlank()) {
                i++;
            }
        }
        out.add(new Block.ListBlock(ordered, items, Markdown.list(items), start + 1, i));
        return Math.max(i, start + 1);
    }
}
