package sdq.ingest.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Org-mode notes into blocks: {@code *} headings (their TODO keyword, priority and tags set
 * aside), paragraphs, plain and description lists ({@code - term :: text}) nested by
 * indentation, {@code #+BEGIN_SRC}/{@code EXAMPLE}/{@code QUOTE} blocks, tables, rules and
 * fixed-width lines; drawers ({@code :PROPERTIES:}), comments and keywords are left out, but
 * {@code #+TITLE:} names the document. Emphasis, code and links become Markdown.
 */
public final class OrgNotes {
    private static final Pattern HEADING = Pattern.compile("^(\\*+)\\s+(.*?)\\s*$");
    private static final Pattern TODO = Pattern.compile("^(TODO|DONE|NEXT|WAITING|HOLD|STARTED|CANCELLED|CANCELED)\\s+");
    private static final Pattern PRIORITY = Pattern.compile("^\\[#[A-Z0-9]\\]\\s*");
    private static final Pattern TAGS = Pattern.compile("\\s+((?::[\\p{L}\\p{N}_@#%]+)+:)\\s*$");
    private static final Pattern KEYWORD = Pattern.compile("^\\s*#\\+([A-Za-z_-]+):\\s*(.*)$");
    private static final Pattern BEGIN = Pattern.compile("(?i)^\\s*#\\+begin_(\\w+)\\s*(.*)$");
    private static final Pattern DRAWER = Pattern.compile("^\\s*:([A-Za-z_-]+):\\s*$");
    private static final Pattern COMMENT = Pattern.compile("^\\s*#(\\s.*)?$");
    private static final Pattern ITEM = Pattern.compile("^(\\s*)([-+]|\\d{1,3}[.)]|(?<=\\s)\\*)\\s+(.*)$");
    private static final Pattern BOX = Pattern.compile("^\\[([ xX-])\\]\\s*");
    private static final Pattern DESCRIPTION = Pattern.compile("^(.*?\\S)\\s+::(?:\\s+(.*))?$");
    private static final Pattern RULE = Pattern.compile("^\\s*-{5,}\\s*$");
    /** org-drill's cloze gap, {@code [hidden]} or {@code [hidden||hint]}; never an org link. */
    private static final Pattern DRILL_GAP = Pattern.compile("(?<!\\[)\\[([^\\[\\]|]+)(?:\\|\\|[^\\]]*)?\\](?![\\[(\\]])");
    /** org-fc's cloze gap, {@code {{hidden}@0}} or {@code {{hidden}{hint}@0}}. */
    private static final Pattern FC_GAP = Pattern.compile("\\{\\{([^}]+)\\}(?:\\{[^}]*\\})?(?:@\\d+)?\\}");
    private static final Pattern PLANNING = Pattern.compile("^\\s*(SCHEDULED|DEADLINE|CLOSED):\\s*[<\\[]");
    private static final List<InlineRewrite.Rule> INLINE = List.of(
            new InlineRewrite.Rule("[", Pattern.compile("\\[\\[([^\\]]+)\\]\\[([^\\]]+)\\]\\]"),
                    m -> "[" + Markdown.escape(m.group(2), false) + "](" + m.group(1).replace(" ", "%20") + ")"),
            new InlineRewrite.Rule("[", Pattern.compile("\\[\\[([^\\]]+)\\]\\]"), m -> "<" + m.group(1) + ">"),
            emphasis('*', "**"), emphasis('/', "*"), emphasis('+', "~~"),
            new InlineRewrite.Rule("=~", Pattern.compile("(?<![\\p{L}\\p{N}])[=~]([^\\s=~](?:[^=~]*[^\\s=~])?)[=~](?![\\p{L}\\p{N}])"),
                    m -> "`" + m.group(1) + "`"));

    private final String[] lines;
    private Optional<String> title = Optional.empty();
    /** How deep the list being read is. */
    private int depth;

    private OrgNotes(String[] lines) {
        this.lines = lines;
    }

    public static Document read(String text) {
        OrgNotes reader = new OrgNotes(text.split("\n", -1));
        List<Block> blocks = reader.blocks(0, reader.lines.length, true);
        return new Document("org", reader.title, blocks);
    }

    private static InlineRewrite.Rule emphasis(char mark, String markdown) {
        String m = Pattern.quote(String.valueOf(mark));
        return new InlineRewrite.Rule(String.valueOf(mark), Pattern.compile("(?<![\\p{L}\\p{N}])" + m + "([^\\s" + m + "](?:[^" + m + "\\n]*?[^\\s"
                + m + "])?)" + m + "(?![\\p{L}\\p{N}])"), x -> markdown + Markdown.escape(x.group(1), false) + markdown);
    }

    static String inline(String text) {
        return InlineRewrite.apply(text.strip(), INLINE);
    }

    /** The blocks of lines {@code from} to {@code to}; {@code top}: headings may start here. */
    private List<Block> blocks(int from, int to, boolean top) {
        List<Block> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            String line = lines[i];
            Matcher heading = HEADING.matcher(line);
            Matcher keyword = KEYWORD.matcher(line);
            Matcher begin = BEGIN.matcher(line);
            if (line.isBlank()) {
                i++;
            } else if (top && heading.matches()) {
                String text = TODO.matcher(heading.group(2)).replaceFirst("");
                text = PRIORITY.matcher(text).replaceFirst("");
                Matcher tags = TAGS.matcher(text);
                String tagged = tags.find() ? tags.group(1) : "";
                text = TAGS.matcher(text).replaceFirst("");
                int level = heading.group(1).length();
                if (tagged.contains(":drill:") || tagged.contains(":fc:")) {
                    i = drill(i, to, level, inline(text), tagged.contains(":fc:") ? "org-fc" : "org-drill", out);
                } else {
                    out.add(new Block.Heading(Math.min(6, level), inline(text), i + 1, i + 1));
                    i++;
                }
            } else if (begin.matches()) {
                i = block(begin.group(1).toLowerCase(Locale.ROOT), begin.group(2).strip(), i, to, out);
            } else if (keyword.matches()) {
                if (keyword.group(1).equalsIgnoreCase("title") && title.isEmpty() && !keyword.group(2).isBlank()) {
                    title = Optional.of(keyword.group(2).strip());
                }
                i++;
            } else if (DRAWER.matcher(line).matches()) {
                i = drawerEnd(i, to);
            } else if (COMMENT.matcher(line).matches() || PLANNING.matcher(line).find()) {
                i++;
            } else if (RULE.matcher(line).matches()) {
                out.add(new Block.Rule(i + 1));
                i++;
            } else if (line.strip().startsWith("|")) {
                i = table(i, to, out);
            } else if (line.strip().equals(":") || line.strip().startsWith(": ")) {
                int start = i;
                StringBuilder literal = new StringBuilder();
                while (i < to && (lines[i].strip().equals(":") || lines[i].strip().startsWith(": "))) {
                    literal.append(lines[i].strip().length() > 1 ? lines[i].strip().substring(2) : "").append('\n');
                    i++;
                }
                out.add(new Block.Code("", literal.toString(), Markdown.code("", literal.toString()), start + 1, i));
            } else if (ITEM.matcher(line).matches()) {
                i = list(i, to, out);
            } else {
                i = paragraph(i, to, top, out);
            }
        }
        return out;
    }

    /**
     * An org-drill or org-fc entry: its body is the question (its title, when it has none) and its
     * sub-headings ({@code ** Answer}, {@code ** Back}) the answer; with no sub-heading, the title
     * asks and the body answers. org-fc's {@code double} cards go both ways; gaps in {@code [brackets]}
     * (org-drill) or {@code {{braces}}} (org-fc) make clozes.
     */
    private int drill(int i, int to, int level, String title, String tool, List<Block> out) {
        int end = i + 1;
        int firstSub = -1;
        boolean twoWay = false;
        for (; end < to; end++) {
            Matcher h = HEADING.matcher(lines[end]);
            if (h.matches() && h.group(1).length() <= level) {
                break;
            }
            if (h.matches() && firstSub < 0) {
                firstSub = end;
            }
            twoWay |= lines[end].strip().equalsIgnoreCase(":FC_TYPE: double");
        }
        List<Block> body = blocks(i + 1, firstSub < 0 ? end : firstSub, false);
        List<Block> below = firstSub < 0 ? List.of() : blocks(firstSub + 1, end, false).stream()
                .filter(b -> !(b instanceof Block.Heading)).toList();
        String rule = tool + ": entry";
        String bodyText = Markdown.join(body);
        java.util.Optional<sdq.deck.Cloze> cloze = sdq.deck.Cloze.numbering(bodyText, DRILL_GAP)
                .or(() -> sdq.deck.Cloze.numbering(bodyText, FC_GAP));
        if (cloze.isPresent() && below.isEmpty()) {
            out.addAll(Block.Declared.cloze(cloze.get(), tool + ": cloze", i + 1, end));
            return end;
        }
        boolean titleAsks = below.isEmpty() || body.isEmpty();
        String question = titleAsks ? title : bodyText;
        List<Block> answer = below.isEmpty() ? body : below;
        // An entry whose body asks is named by its title: the card's section.
        java.util.Optional<String> section = titleAsks ? java.util.Optional.empty() : java.util.Optional.of(title);
        out.add(new Block.Declared(question, answer, List.of(), rule, section, i + 1, end));
        if (twoWay && !answer.isEmpty()) {
            out.add(new Block.Declared(Markdown.join(answer), List.of(Block.Paragraph.of(i + 1, question)), List.of(), rule,
                    section, i + 1, end));
        }
        return end;
    }

    private int paragraph(int i, int to, boolean top, List<Block> out) {
        List<Block.Line> text = new ArrayList<>();
        while (i < to && !lines[i].isBlank() && !(top && HEADING.matcher(lines[i]).matches())
                && !ITEM.matcher(lines[i]).matches() && !BEGIN.matcher(lines[i]).matches()
                && !KEYWORD.matcher(lines[i]).matches() && !DRAWER.matcher(lines[i]).matches()
                && !lines[i].strip().startsWith("|") && !RULE.matcher(lines[i]).matches()
                && !COMMENT.matcher(lines[i]).matches() && !PLANNING.matcher(lines[i]).find()) {
            text.add(new Block.Line(i + 1, inline(lines[i])));
            i++;
        }
        if (text.isEmpty()) {
            return i + 1;
        }
        out.add(new Block.Paragraph(text));
        return i;
    }

    private int drawerEnd(int i, int to) {
        for (int j = i + 1; j < to; j++) {
            if (lines[j].strip().equalsIgnoreCase(":end:")) {
                return j + 1;
            }
            if (HEADING.matcher(lines[j]).matches()) {
                return i + 1;
            }
        }
        return i + 1;
    }

    private int block(String kind, String args, int i, int to, List<Block> out) {
        int end = i + 1;
        while (end < to && !lines[end].strip().toLowerCase(Locale.ROOT).startsWith("#+end_" + kind)) {
            end++;
        }
        List<String> body = new ArrayList<>();
        int indent = Integer.MAX_VALUE;
        for (int k = i + 1; k < end; k++) {
            if (!lines[k].isBlank()) {
                indent = Math.min(indent, PlainLines.indent(lines[k]));
            }
        }
        for (int k = i + 1; k < end; k++) {
            String l = lines[k].replace("\t", "    ");
            body.add(l.isBlank() ? "" : l.substring(Math.min(indent, PlainLines.indent(l))).stripTrailing());
        }
        int last = Math.min(end, to - 1) + 1;
        switch (kind) {
            case "src", "example", "verse", "export" -> {
                String info = kind.equals("src") && !args.isEmpty() ? args.split("\\s+")[0] : "";
                String literal = String.join("\n", body) + "\n";
                out.add(new Block.Code(info, literal, Markdown.code(info, literal), i + 1, last));
            }
            case "quote" -> {
                List<Block> inside = blocks(i + 1, end, false);
                out.add(new Block.Quote(inside, Markdown.quote(inside), i + 1, last));
            }
            case "comment" -> { }
            default -> out.addAll(blocks(i + 1, end, false));
        }
        return Math.min(to, end + 1);
    }

    private int table(int i, int to, List<Block> out) {
        int start = i;
        List<List<String>> rows = new ArrayList<>();
        while (i < to && lines[i].strip().startsWith("|")) {
            String row = lines[i].strip();
            if (!row.startsWith("|-")) {
                List<String> cells = new ArrayList<>();
                String inner = row.endsWith("|") && row.length() > 1 ? row.substring(1, row.length() - 1) : row.substring(1);
                for (String cell : inner.split("\\|", -1)) {
                    cells.add(inline(cell));
                }
                rows.add(cells);
            }
            i++;
        }
        if (!rows.isEmpty()) {
            List<String> header = rows.get(0);
            List<List<String>> body = rows.subList(1, rows.size());
            out.add(new Block.Table(header, body, Markdown.table(header, body), start + 1, i));
        }
        return i;
    }

    /** A list: its items, each with the lines indented under it, nested lists among them. */
    private int list(int i, int to, List<Block> out) {
        int start = i;
        int indent = PlainLines.indent(lines[i]);
        List<Block.Item> items = new ArrayList<>();
        List<Block.Definition> terms = new ArrayList<>();
        while (i < to) {
            Matcher m = ITEM.matcher(lines[i]);
            if (!m.matches() || PlainLines.indent(lines[i]) != indent) {
                break;
            }
            int end = i + 1;
            while (end < to && (lines[end].isBlank() && end + 1 < to && PlainLines.indent(lines[end + 1]) > indent
                    && !lines[end + 1].isBlank() || !lines[end].isBlank() && PlainLines.indent(lines[end]) > indent
                    && !HEADING.matcher(lines[end]).matches())) {
                end++;
            }
            String marker = m.group(2).equals("+") || m.group(2).equals("*") ? "-" : m.group(2).replace(')', '.');
            String text = m.group(3);
            Block.Task task = Block.Task.NONE;
            Matcher box = BOX.matcher(text);
            if (box.find()) {
                task = box.group(1).equals(" ") ? Block.Task.OPEN : Block.Task.DONE;
                text = text.substring(box.end());
            }
            List<Block> children = new ArrayList<>();
            Matcher description = DESCRIPTION.matcher(text);
            List<Block> rest;
            if (depth >= MarkdownNotes.MAX_DEPTH) {
                // Nested deeper than notes ever are: what is inside stays text, unread.
                rest = i + 1 < end ? List.of(new Block.Text(String.join("\n", java.util.Arrays.asList(lines)
                        .subList(i + 1, end)).strip(), i + 2, end)) : List.of();
            } else {
                depth++;
                rest = blocks(i + 1, end, false);
                depth--;
            }
            if (description.matches() && task == Block.Task.NONE) {
                List<Block> definition = new ArrayList<>();
                if (description.group(2) != null && !description.group(2).isBlank()) {
                    definition.add(Block.Paragraph.of(i + 1, inline(description.group(2))));
                }
                definition.addAll(rest);
                terms.add(new Block.Definition(inline(description.group(1)), definition, false, i + 1, Math.max(i + 1, end)));
            } else {
                if (!text.isBlank()) {
                    children.add(Block.Paragraph.of(i + 1, inline(text)));
                }
                children.addAll(rest);
                items.add(Block.Item.of(marker, task, children, i + 1, end));
            }
            i = end;
            while (i < to && lines[i].isBlank()) {
                i++;
            }
            if (i < to && !ITEM.matcher(lines[i]).matches()) {
                break;
            }
        }
        out.addAll(terms);
        if (!items.isEmpty()) {
            out.add(new Block.ListBlock(!items.get(0).marker().equals("-"), items, Markdown.list(items), start + 1, i));
        }
        return Math.max(i, start + 1);
    }
}
