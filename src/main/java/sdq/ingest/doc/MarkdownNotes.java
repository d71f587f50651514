package sdq.ingest.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown notes into blocks, parsed by commonmark (with GFM tables): each block keeps the
 * writer's own Markdown, cut from the source by commonmark's source spans. Front matter is set
 * aside (its {@code title:} is the document's), {@code <details>} blocks are put together from
 * the HTML around them, and other HTML becomes blocks through {@link HtmlNotes}. A {@code ---}
 * under a sentence is read as the rule it was meant to be, not as a heading underline.
 */
public final class MarkdownNotes {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private static final java.util.regex.Pattern DEFINITION = java.util.regex.Pattern.compile("^:\\s+");

    private final String[] source;
    private final int offset;

    private MarkdownNotes(String[] source, int offset) {
        this.source = source;
        this.offset = offset;
    }

    /** A heading between two runs of a rule character Markdown gives no other meaning there: "--- X ---", "=== X ===". */
    private static final java.util.regex.Pattern BANNER = java.util.regex.Pattern.compile(
            "([-=~])\\1{2,}\\s+(\\S.{0,68}?)\\s+\\1{3,}");

    public static Document read(String text) {
        String[] lines = text.split("\n", -1);
        FrontMatter front = FrontMatter.of(lines);
        for (int i = 0; i < front.lines(); i++) {
            lines[i] = "";
        }
        boolean fence = false;
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            if (t.isEmpty() || "`~-=".indexOf(t.charAt(0)) < 0) {
                continue; // neither a fence nor a banner (most lines): no regex
            }
            fence ^= t.startsWith("```") || t.startsWith("~~~");
            // "--- Feedback ---", "=== Week 2 ===": a heading drawn as plain text draws it, as PlainNotes reads it too.
            java.util.regex.Matcher banner = BANNER.matcher(t);
            // Only a line set apart, at the margin: "=== Week 2 ===" among list items is part of the list.
            boolean apart = (i == 0 || lines[i - 1].isBlank()) && (i + 1 == lines.length || lines[i + 1].isBlank());
            if (!fence && banner.matches() && apart && !Character.isWhitespace(lines[i].charAt(0))) {
                lines[i] = "## " + banner.group(2).strip();
            }
        }
        if (EmailText.isEmail(lines)) {
            // An email to oneself: its quoted replies are notes too, and an older message or a signature ends an answer.
            lines = EmailText.read(lines);
            for (int i = 0; i < lines.length; i++) {
                lines[i] = EmailText.isBreak(lines[i]) ? "***" : lines[i];
            }
        }
        return new Document("Markdown", front.title(), blocks(String.join("\n", lines), 0), true);
    }

    /** The blocks of Markdown text whose first line is line {@code offset + 1} of the notes. */
    /** How deep lists and quotes are read into blocks; deeper ones stay text. */
    static final int MAX_DEPTH = 48;

    private int depth;

    public static List<Block> blocks(String markdown, int offset) {
        String text = WikiLinks.plain(markdown);
        MarkdownNotes reader = new MarkdownNotes(text.split("\n", -1), offset);
        return reader.children(PARSER.parse(text));
    }

    private List<Block> children(Node parent) {
        if (depth >= MAX_DEPTH) {
            // Nested deeper than notes ever are: what is inside is kept as it was written, unread.
            List<SourceSpan> spans = parent.getSourceSpans();
            if (spans.isEmpty()) {
                return List.of();
            }
            int line = spans.get(0).getLineIndex() + 1 + offset;
            return List.of(new Block.Text(text(spans), line, spans.get(spans.size() - 1).getLineIndex() + 1 + offset));
        }
        depth++;
        try {
            List<Block> out = new ArrayList<>();
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                convert(n, out);
            }
            return DetailsBlocks.assemble(out);
        } finally {
            depth--;
        }
    }

    private void convert(Node n, List<Block> out) {
        List<SourceSpan> spans = n.getSourceSpans();
        if (spans.isEmpty()) {
            return;
        }
        int line = spans.get(0).getLineIndex() + 1 + offset;
        int end = spans.get(spans.size() - 1).getLineIndex() + 1 + offset;
        if (n instanceof Heading h) {
            heading(h, line, end, out);
        } else if (n instanceof Paragraph) {
            paragraphOrDefinitions(spans, out);
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            List<Block.Item> items = new ArrayList<>();
            for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem li && !li.getSourceSpans().isEmpty()) {
                    items.add(item(li));
                }
            }
            out.add(new Block.ListBlock(n instanceof OrderedList, items, dedented(text(spans)), line, end));
        } else if (n instanceof BlockQuote) {
            Callouts.add(out, new Block.Quote(children(n), text(spans), line, end));
        } else if (n instanceof FencedCodeBlock f) {
            out.add(new Block.Code(f.getInfo() == null ? "" : f.getInfo(), f.getLiteral(), text(spans, false), line, end));
        } else if (n instanceof IndentedCodeBlock c) {
            // Fenced, so the code stays code wherever its Markdown goes (an answer starts at no indent).
            String literal = c.getLiteral().endsWith("\n") ? c.getLiteral() : c.getLiteral() + "\n";
            out.add(new Block.Code("", c.getLiteral(), "```\n" + literal + "```", line, end));
        } else if (n instanceof TableBlock) {
            out.add(table(n, text(spans), line, end));
        } else if (n instanceof ThematicBreak) {
            out.add(new Block.Rule(line));
        } else if (n instanceof HtmlBlock html) {
            out.add(new Block.Html(html.getLiteral().stripTrailing(), line, end));
        }
    }

    private void heading(Heading h, int line, int end, List<Block> out) {
        String first = source[line - 1 - offset].stripLeading();
        boolean atx = first.startsWith("#");
        String text = inline(h);
        if (!atx && h.getLevel() == 2 && sentence(text, end - line)) {
            // "Some text.\n---": the writer meant a rule after the paragraph.
            List<SourceSpan> spans = h.getSourceSpans();
            out.add(paragraph(spans.subList(0, spans.size() - 1)));
            out.add(new Block.Rule(end));
            return;
        }
        out.add(new Block.Heading(h.getLevel(), text, line, end));
    }

    /** Text under a {@code ---} line that is a sentence, not a title: several lines, or ending as sentences end. */
    private static boolean sentence(String text, int lines) {
        String t = text.strip();
        return lines > 1 || t.length() > 100 || t.endsWith(".") || t.endsWith(";") || t.endsWith(",")
                || t.endsWith(")") && t.length() > 40;
    }

    private Block.Paragraph paragraph(List<SourceSpan> spans) {
        List<Block.Line> lines = new ArrayList<>();
        for (SourceSpan s : spans) {
            lines.add(new Block.Line(s.getLineIndex() + 1 + offset, cut(s).stripLeading()));
        }
        return new Block.Paragraph(lines);
    }

    /**
     * A paragraph, or the terms and definitions it holds when it is a definition list as Pandoc,
     * PHP Markdown Extra and kramdown write them: a term line, then {@code :   definition} lines.
     */
    private void paragraphOrDefinitions(List<SourceSpan> spans, List<Block> out) {
        Block.Paragraph p = paragraph(spans);
        List<Block.Line> lines = p.lines();
        if (lines.size() < 2 || !DEFINITION.matcher(lines.get(1).text()).find() || DEFINITION.matcher(lines.get(0).text()).find()) {
            out.add(p);
            return;
        }
        int k = 0;
        while (k < lines.size()) {
            Block.Line term = lines.get(k++);
            List<Block> definitions = new ArrayList<>();
            while (k < lines.size() && DEFINITION.matcher(lines.get(k).text()).find()) {
                List<Block.Line> text = new ArrayList<>();
                text.add(new Block.Line(lines.get(k).number(), DEFINITION.matcher(lines.get(k).text()).replaceFirst("")));
                k++;
                while (k < lines.size() && !DEFINITION.matcher(lines.get(k).text()).find()
                        && (k + 1 >= lines.size() || !DEFINITION.matcher(lines.get(k + 1).text()).find())) {
                    text.add(lines.get(k++));
                }
                definitions.add(new Block.Paragraph(text));
            }
            int end = definitions.isEmpty() ? term.number() : definitions.get(definitions.size() - 1).endLine();
            out.add(new Block.Definition(term.text().strip(), definitions, false, term.number(), end));
        }
    }

    private Block.Item item(ListItem li) {
        List<SourceSpan> spans = li.getSourceSpans();
        String first = cut(spans.get(0)).stripLeading();
        int markerEnd = 0;
        while (markerEnd < first.length() && !Character.isWhitespace(first.charAt(markerEnd))) {
            markerEnd++;
        }
        String marker = first.substring(0, markerEnd);
        List<Block> children = children(li);
        Block.Task task = Block.Task.NONE;
        if (!children.isEmpty() && children.get(0) instanceof Block.Paragraph p) {
            String text = p.lines().get(0).text();
            if (text.startsWith("[ ] ") || text.equals("[ ]") || text.startsWith("[x] ") || text.startsWith("[X] ")) {
                task = text.charAt(1) == ' ' ? Block.Task.OPEN : Block.Task.DONE;
                List<Block.Line> lines = new ArrayList<>(p.lines());
                lines.set(0, new Block.Line(lines.get(0).number(), text.substring(3).strip()));
                children = new ArrayList<>(children);
                children.set(0, new Block.Paragraph(lines));
            }
        }
        int line = spans.get(0).getLineIndex() + 1 + offset;
        int end = spans.get(spans.size() - 1).getLineIndex() + 1 + offset;
        return new Block.Item(marker, task, children, text(spans), line, end);
    }

    private Block.Table table(Node table, String markdown, int line, int end) {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<String> cells = cells(row);
                if (part instanceof TableHead) {
                    header = cells;
                } else if (part instanceof TableBody) {
                    rows.add(cells);
                }
            }
        }
        return new Block.Table(header, rows, markdown, line, end);
    }

    /**
     * The cells of a table row as written: its source line split at the pipes that are not
     * escaped (GFM's rule; commonmark gives no place for a cell), as many as the row has cells.
     */
    private List<String> cells(Node row) {
        int count = 0;
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            count += cell instanceof TableCell ? 1 : 0;
        }
        List<String> cells = new ArrayList<>();
        String line = cut(row.getSourceSpans().get(0)).strip();
        if (line.startsWith("|")) {
            line = line.substring(1);
        }
        StringBuilder cell = new StringBuilder();
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '\\' && k + 1 < line.length() && line.charAt(k + 1) == '|') {
                cell.append('|');
                k++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (!cell.toString().isBlank()) {
            cells.add(cell.toString().strip());
        }
        while (cells.size() < count) {
            cells.add("");
        }
        return cells.size() > count ? cells.subList(0, count) : cells;
    }

    /** The source of a node's inline content: from its first inline's start to its last inline's end. */
    private String inline(Node block) {
        SourceSpan first = null;
        SourceSpan last = null;
        for (Node c = block.getFirstChild(); c != null; c = c.getNext()) {
            List<SourceSpan> spans = c.getSourceSpans();
            if (spans.isEmpty()) {
                continue;
            }
            first = first == null ? spans.get(0) : first;
            last = spans.get(spans.size() - 1);
        }
        if (first == null) {
            return "";
        }
        if (first.getLineIndex() == last.getLineIndex()) {
            String line = source[first.getLineIndex()];
            return line.substring(first.getColumnIndex(), Math.min(line.length(), last.getColumnIndex() + last.getLength()))
                    .strip();
        }
        StringBuilder out = new StringBuilder(source[first.getLineIndex()].substring(first.getColumnIndex()).strip());
        for (int i = first.getLineIndex() + 1; i < last.getLineIndex(); i++) {
            out.append(' ').append(source[i].strip());
        }
        String lastLine = source[last.getLineIndex()];
        out.append(' ').append(lastLine.substring(0, Math.min(lastLine.length(), last.getColumnIndex() + last.getLength()))
                .strip());
        return out.toString().strip();
    }

    private String cut(SourceSpan s) {
        String line = source[s.getLineIndex()];
        int from = Math.min(line.length(), s.getColumnIndex());
        return line.substring(from, Math.min(line.length(), from + s.getLength()));
    }

    /**
     * Markdown without the indentation all its lines share: a list nested four spaces deep
     * under a two-space item ("    - x") is "- x" on its own, its items siblings still.
     */
    static String dedented(String markdown) {
        int common = Integer.MAX_VALUE;
        for (String line : markdown.split("\n", -1)) {
            if (!line.isBlank()) {
                int n = 0;
                while (n < line.length() && line.charAt(n) == ' ') {
                    n++;
                }
                common = Math.min(common, n);
            }
        }
        if (common == 0 || common == Integer.MAX_VALUE) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length());
        for (String line : markdown.split("\n", -1)) {
            out.append(line.length() >= common ? line.substring(common) : line.strip()).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /** The source of a block: its spans, one a line, with a blank line where there were blank lines. */
    private String text(List<SourceSpan> spans) {
        return text(spans, true);
    }

    /** The source of a block; {@code oneBlank}: a run of blank lines is kept as one (not in code, where each counts). */
    private String text(List<SourceSpan> spans, boolean oneBlank) {
        StringBuilder out = new StringBuilder();
        int previous = -1;
        for (SourceSpan s : spans) {
            if (previous >= 0) {
                int gap = Math.max(1, s.getLineIndex() - previous);
                out.append("\n".repeat(oneBlank ? Math.min(2, gap) : gap));
            }
            out.append(cut(s));
            previous = s.getLineIndex();
        }
        return out.toString();
    }

}
