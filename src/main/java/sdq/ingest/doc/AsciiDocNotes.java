package sdq.ingest.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AsciiDoc notes into blocks: {@code =} titles, paragraphs, {@code *} and {@code .} lists,
 * labelled lists ({@code term::}; under {@code [qanda]} a list of questions and answers), their
 * {@code +} continuations, delimited blocks (listing, literal, quote, example, sidebar,
 * tables), rules; attribute entries, comments and block attributes are left out. Emphasis, code
 * and links become Markdown.
 */
public final class AsciiDocNotes {
    private static final Pattern TITLE = Pattern.compile("^(={1,6}|#{1,6})\\s+(\\S.*?)(?:\\s+=+)?\\s*$");
    private static final Pattern ATTRIBUTE = Pattern.compile("^:!?[\\w-]+!?:.*$");
    private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("^\\[[^\\]]*\\]\\s*$");
    private static final Pattern BLOCK_TITLE = Pattern.compile("^\\.([^\\s.].*)$");
    private static final Pattern DELIMITER = Pattern.compile("^(-{4,}|\\.{4,}|={4,}|\\*{4,}|_{4,}|\\+{4,}|/{4,}|--|\\|===+)\\s*$");
    private static final Pattern ITEM = Pattern.compile("^\\s*(\\*{1,5}|-|\\.{1,5}|\\d{1,3}\\.)\\s+(.*)$");
    private static final Pattern TERM = Pattern.compile("^(?!\\s*(?://|\\*|-\\s|\\.\\s))(.*?\\S)(:{2,4}|;;)(?:\\s+(.*))?$");
    private static final Pattern RULE = Pattern.compile("^('{3,}|<<<)\\s*$");
    private static final List<InlineRewrite.Rule> INLINE = List.of(
            new InlineRewrite.Rule("[", Pattern.compile("(?:link:)?((?:https?|ftp|mailto):[^\\s\\[]+|[^\\s\\[:]+\\.adoc)\\[([^\\]]*)\\]"),
                    m -> m.group(2).isBlank() ? "<" + m.group(1) + ">" : "[" + Markdown.escape(m.group(2), false) + "]("
                            + m.group(1) + ")"),
            new InlineRewrite.Rule("[<", Pattern.compile("(?:xref:[^\\s\\[]+\\[([^\\]]*)\\])|<<[^,>]+,\\s*([^>]+)>>|<<([^>]+)>>"),
                    m -> Markdown.escape(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3), false)),
            new InlineRewrite.Rule("*", Pattern.compile("\\*\\*(.+?)\\*\\*|(?<![\\p{L}\\p{N}*])\\*([^\\s*](?:[^*]*[^\\s*])?)\\*(?![\\p{L}\\p{N}*])"),
                    m -> "**" + Markdown.escape(m.group(1) != null ? m.group(1) : m.group(2), false) + "**"),
            new InlineRewrite.Rule("_", Pattern.compile("__(.+?)__|(?<![\\p{L}\\p{N}_])_([^\\s_](?:[^_]*[^\\s_])?)_(?![\\p{L}\\p{N}_])"),
                    m -> "*" + Markdown.escape(m.group(1) != null ? m.group(1) : m.group(2), false) + "*"),
            new InlineRewrite.Rule("`", Pattern.compile("`\\+?([^`]+?)\\+?`"), m -> "`" + m.group(1) + "`"),
            new InlineRewrite.Rule("+", Pattern.compile("(?<![\\p{L}\\p{N}])\\+([^\\s+](?:[^+]*[^\\s+])?)\\+(?![\\p{L}\\p{N}])"),
                    m -> "`" + m.group(1) + "`"));

    private final String[] lines;
    private Optional<String> title = Optional.empty();

    private AsciiDocNotes(String[] lines) {
        this.lines = lines;
    }

    public static Document read(String text) {
        AsciiDocNotes reader = new AsciiDocNotes(text.split("\n", -1));
        List<Block> blocks = reader.blocks(0, reader.lines.length);
        return new Document("AsciiDoc", reader.title, blocks);
    }

    static String inline(String text) {
        return InlineRewrite.apply(text.strip().replaceAll("\\s\\+$", ""), INLINE);
    }

    private List<Block> blocks(int from, int to) {
        List<Block> out = new ArrayList<>();
        boolean qanda = false;
        String listing = null;
        int i = from;
        while (i < to) {
            String line = lines[i];
            String t = line.strip();
            Matcher heading = TITLE.matcher(line);
            Matcher delimiter = DELIMITER.matcher(t);
            if (t.isEmpty() || t.startsWith("//") && !t.startsWith("////") || ATTRIBUTE.matcher(t).matches()) {
                i++;
            } else if (BLOCK_ATTRIBUTES.matcher(t).matches()) {
                String attributes = t.substring(1, t.length() - 1).strip();
                qanda = attributes.equals("qanda");
                listing = attributes.startsWith("source") ? (attributes.contains(",") ? attributes.split(",")[1].strip() : "")
                        : null;
                i++;
                continue;
            } else if (heading.matches() && !line.startsWith(" ")) {
                int level = heading.group(1).length();
                if (level == 1 && title.isEmpty() && out.isEmpty()) {
                    title = Optional.of(heading.group(2).strip());
                }
                out.add(new Block.Heading(level, inline(heading.group(2)), i + 1, i + 1));
                i++;
            } else if (delimiter.matches()) {
                i = delimited(delimiter.group(1), i, to, listing, out);
            } else if (RULE.matcher(t).matches()) {
                out.add(new Block.Rule(i + 1));
                i++;
            } else if (BLOCK_TITLE.matcher(t).matches() && !t.startsWith("..")) {
                out.add(Block.Paragraph.of(i + 1, "**" + inline(t.substring(1)) + "**"));
                i++;
            } else if (termOf(line).isPresent()) {
                i = definitions(i, to, qanda, out);
                qanda = false;
            } else if (ITEM.matcher(line).matches()) {
                i = list(i, to, out);
            } else {
                i = paragraph(i, to, out);
            }
            listing = null;
        }
        return out;
    }

    private Optional<Matcher> termOf(String line) {
        Matcher m = TERM.matcher(line);
        if (!m.matches() || m.group(2).equals(":::") && m.group(1).endsWith(":") || line.contains("://")
                && m.group(3) == null && !line.strip().endsWith("::")) {
            return Optional.empty();
        }
        return Optional.of(m);
    }

    private boolean endsParagraph(String line) {
        String t = line.strip();
        return t.isEmpty() || t.equals("+") || DELIMITER.matcher(t).matches() || BLOCK_ATTRIBUTES.matcher(t).matches()
                || TITLE.matcher(line).matches() || ITEM.matcher(line).matches() || termOf(line).isPresent();
    }

    private int paragraph(int i, int to, List<Block> out) {
        List<Block.Line> text = new ArrayList<>();
        while (i < to && (text.isEmpty() || !endsParagraph(lines[i]))) {
            text.add(new Block.Line(i + 1, inline(lines[i].replaceFirst("^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):\\s+", ""))));
            i++;
        }
        out.add(new Block.Paragraph(text));
        return i;
    }

    private int delimited(String delimiter, int i, int to, String listing, List<Block> out) {
        int end = i + 1;
        while (end < to && !lines[end].strip().equals(delimiter)) {
            end++;
        }
        int last = Math.min(end, to - 1) + 1;
        char c = delimiter.charAt(0);
        List<String> body = List.of(lines).subList(i + 1, Math.min(end, to));
        if (c == '-' && delimiter.length() >= 4 || c == '.' || c == '+') {
            String literal = String.join("\n", body) + "\n";
            String info = listing == null ? "" : listing;
            out.add(new Block.Code(info, literal, Markdown.code(info, literal), i + 1, last));
        } else if (c == '_') {
            List<Block> inside = blocks(i + 1, end);
            out.add(new Block.Quote(inside, Markdown.quote(inside), i + 1, last));
        } else if (c == '|') {
            table(body, i + 1, last, out);
        } else if (c != '/') {
            out.addAll(blocks(i + 1, end));
        }
        return Math.min(to, end + 1);
    }

    private void table(List<String> body, int line, int end, List<Block> out) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        for (String l : body) {
            if (l.isBlank()) {
                if (!row.isEmpty()) {
                    rows.add(row);
                    row = new ArrayList<>();
                }
                continue;
            }
            for (String cell : l.strip().replaceFirst("^\\|", "").split("\\|", -1)) {
                row.add(inline(cell));
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            out.add(new Block.Table(rows.get(0), rows.subList(1, rows.size()), Markdown.table(rows.get(0),
                    rows.subList(1, rows.size())), line, end));
        }
    }

    private int list(int i, int to, List<Block> out) {
        int start = i;
        List<Block.Item> items = new ArrayList<>();
        String depth = ITEM.matcher(lines[i]).replaceFirst("$1");
        while (i < to) {
            Matcher m = ITEM.matcher(lines[i]);
            if (!m.matches() || !m.group(1).equals(depth)) {
                break;
            }
            int end = i + 1;
            while (end < to && !lines[end].isBlank() && !lines[end].strip().equals("+") && !endsItem(lines[end], depth)) {
                end++;
            }
            List<Block> children = new ArrayList<>();
            List<Block.Line> text = new ArrayList<>();
            for (int k = i; k < end && !ITEM.matcher(lines[k]).matches() || k == i; k++) {
                text.add(new Block.Line(k + 1, inline(k == i ? m.group(2) : lines[k])));
                end = Math.max(end, k + 1);
            }
            String first = text.get(0).text();
            Block.Task task = first.startsWith("[ ] ") ? Block.Task.OPEN : first.matches("^\\[[xX*]\\] .*") ? Block.Task.DONE
                    : Block.Task.NONE;
            if (task != Block.Task.NONE) {
                text.set(0, new Block.Line(text.get(0).number(), first.substring(4)));
            }
            children.add(new Block.Paragraph(text));
            int next = i + text.size();
            if (next < to && ITEM.matcher(lines[next]).matches() && !ITEM.matcher(lines[next]).replaceFirst("$1").equals(depth)
                    && deeper(ITEM.matcher(lines[next]).replaceFirst("$1"), depth)) {
                List<Block> nested = new ArrayList<>();
                next = list(next, to, nested);
                children.addAll(nested);
            }
            while (next + 1 < to && lines[next].strip().equals("+")) {
                List<Block> attached = new ArrayList<>();
                next = attached(next + 1, to, attached);
                children.addAll(attached);
            }
            String marker = depth.startsWith("*") || depth.equals("-") ? "-" : (items.size() + 1) + ".";
            items.add(Block.Item.of(marker, task, children, i + 1, next));
            i = next;
            while (i < to && lines[i].isBlank() && i + 1 < to && ITEM.matcher(lines[i + 1]).matches()) {
                i++;
            }
        }
        out.add(new Block.ListBlock(!items.get(0).marker().equals("-"), items, Markdown.list(items), start + 1, i));
        return Math.max(i, start + 1);
    }

    private static boolean deeper(String marker, String than) {
        return marker.length() > than.length() || than.equals("-") && !marker.equals("-");
    }

    private boolean endsItem(String line, String depth) {
        return ITEM.matcher(line).matches() || DELIMITER.matcher(line.strip()).matches() || termOf(line).isPresent();
    }

    /** The block joined to an item or definition by a {@code +} line. */
    private int attached(int i, int to, List<Block> out) {
        String t = lines[i].strip();
        Matcher delimiter = DELIMITER.matcher(t);
        if (delimiter.matches()) {
            return delimited(delimiter.group(1), i, to, null, out);
        }
        if (BLOCK_ATTRIBUTES.matcher(t).matches()) {
            String attributes = t.substring(1, t.length() - 1).strip();
            String listing = attributes.startsWith("source") && attributes.contains(",") ? attributes.split(",")[1].strip() : "";
            Matcher d = DELIMITER.matcher(i + 1 < to ? lines[i + 1].strip() : "");
            return d.matches() ? delimited(d.group(1), i + 1, to, listing, out) : i + 1;
        }
        if (ITEM.matcher(lines[i]).matches()) {
            return list(i, to, out);
        }
        if (lines[i].startsWith(" ") || lines[i].startsWith("\t")) {
            // An indented block of text is literal in AsciiDoc, unless it is a list.
            int end = i;
            while (end < to && !lines[end].isBlank() && !lines[end].strip().equals("+")) {
                end++;
            }
            boolean hasItems = false;
            for (int k = i; k < end; k++) {
                hasItems |= ITEM.matcher(lines[k]).matches();
            }
            if (!hasItems) {
                // A literal block: its lines as they are, without their common indentation.
                int common = Integer.MAX_VALUE;
                for (int k = i; k < end; k++) {
                    common = Math.min(common, PlainLines.indent(lines[k]));
                }
                StringBuilder literal = new StringBuilder();
                for (int k = i; k < end; k++) {
                    String lead = lines[k].substring(0, lines[k].length() - lines[k].stripLeading().length());
                    String l = lead.replace("\t", "    ") + lines[k].stripLeading();
                    literal.append(l.substring(Math.min(common, PlainLines.indent(l)))).append('\n');
                }
                out.add(new Block.Code("", literal.toString(), Markdown.code("", literal.toString()), i + 1, end));
                return end;
            }
            // Text among the list's items: lines that follow each other stay one paragraph.
            List<Block.Line> text = new ArrayList<>();
            for (int k = i; k < end; k++) {
                if (ITEM.matcher(lines[k]).matches()) {
                    if (!text.isEmpty()) {
                        out.add(new Block.Paragraph(text));
                        text = new ArrayList<>();
                    }
                    k = list(k, end, out) - 1;
                } else {
                    text.add(new Block.Line(k + 1, inline(lines[k].strip())));
                }
            }
            if (!text.isEmpty()) {
                out.add(new Block.Paragraph(text));
            }
            return end;
        }
        return paragraph(i, to, out);
    }

    /**
     * A labelled list: each term with the text after it (on its line, the lines below, what a
     * {@code +} joins, and in a list of questions the paragraphs up to the next term). A term
     * with nothing under it but another term shares that term's answer: the second term, as
     * written, is the start of the first one's answer.
     */
    private int definitions(int i, int to, boolean qanda, List<Block> out) {
        while (i < to) {
            Optional<Matcher> term = termOf(lines[i]);
            if (term.isEmpty()) {
                break;
            }
            int line = i + 1;
            String asked = inline(term.get().group(1));
            List<Block> answer = new ArrayList<>();
            i++;
            if (term.get().group(3) != null && !term.get().group(3).isBlank()) {
                // The text after the term, and the lines that continue it.
                List<Block.Line> text = new ArrayList<>();
                text.add(new Block.Line(line, inline(term.get().group(3))));
                while (i < to && !endsParagraph(lines[i]) && !RULE.matcher(lines[i].strip()).matches()) {
                    text.add(new Block.Line(i + 1, inline(lines[i].strip())));
                    i++;
                }
                answer.add(new Block.Paragraph(text));
            }
            boolean blank = false;
            while (i < to) {
                String t = lines[i].strip();
                if (t.isEmpty()) {
                    blank = true;
                    i++;
                    continue;
                }
                if (t.equals("+")) {
                    blank = false;
                    i = i + 1 < to ? attached(i + 1, to, answer) : i + 1;
                    continue;
                }
                if (RULE.matcher(t).matches() || blank && !answer.isEmpty() && t.startsWith("|==")) {
                    // A rule, or a table after a blank line, ends the entry (a [qanda] list's answers
                    // run on over blank lines, as people write them, but a table there is no answer).
                    break;
                }
                if (termOf(lines[i]).isPresent()) {
                    if (answer.isEmpty()) {
                        Matcher inner = termOf(lines[i]).get();
                        answer.add(Block.Paragraph.of(i + 1, inline(inner.group(1))
                                + (inner.group(3) == null ? "" : " " + inline(inner.group(3)))));
                        i++;
                        continue;
                    }
                    break;
                }
                if (TITLE.matcher(lines[i]).matches() || BLOCK_ATTRIBUTES.matcher(t).matches() && !qanda
                        || !qanda && !answer.isEmpty()) {
                    break;
                }
                if (BLOCK_ATTRIBUTES.matcher(t).matches()) {
                    break;
                }
                Matcher delimiter = DELIMITER.matcher(t);
                if (delimiter.matches()) {
                    i = delimited(delimiter.group(1), i, to, null, answer);
                } else if (ITEM.matcher(lines[i]).matches()) {
                    i = list(i, to, answer);
                } else {
                    i = paragraph(i, to, answer);
                }
            }
            int end = answer.isEmpty() ? line : answer.get(answer.size() - 1).endLine();
            out.add(new Block.Definition(asked, answer, qanda, line, end));
            while (i < to && lines[i].isBlank()) {
                i++;
            }
        }
        return i;
    }
}
