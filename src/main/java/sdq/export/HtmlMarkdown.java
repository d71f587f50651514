package sdq.export;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * HTML (as Anki keeps card fields) back to Markdown: jsoup parses the HTML as a browser would,
 * the elements become commonmark's nodes, and commonmark writes the Markdown. Elements it does
 * not know pass their content through.
 */
public final class HtmlMarkdown {
    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "section", "article", "body",
            "center", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "pre", "blockquote", "hr", "table");

    private HtmlMarkdown() {
    }

    public static String toMarkdown(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        try {
            Document document = new Document();
            blocks(body, document);
            bulletsApart(document);
            return unescaped(MarkdownHtml.render(document));
        } catch (StackOverflowError e) {
            // Tags nested thousands deep: the field's text, without its structure.
            return body.text();
        }
    }

    /**
     * commonmark escapes every character that could mean something ({@code shard\_0},
     * {@code a \| b}); a person would not. Each kind of escape is dropped where dropping all of
     * that kind leaves the Markdown meaning the same.
     */
    private static String unescaped(String markdown) {
        // Each step is kept only when the Markdown still means what it meant (its normal form).
        String meaning = MarkdownHtml.normal(markdown);
        List<java.util.function.UnaryOperator<String>> steps = new ArrayList<>();
        // commonmark indents the blank line inside a list item; a blank line is blank.
        steps.add(text -> BLANK_WITH_SPACES.matcher(text).replaceAll(""));
        for (char mark : UNNEEDED.toCharArray()) {
            steps.add(text -> withoutEscape(text, mark));
        }
        String result = markdown;
        for (java.util.function.UnaryOperator<String> step : steps) {
            String candidate = step.apply(result);
            if (!candidate.equals(result) && MarkdownHtml.normal(candidate).equals(meaning)) {
                result = candidate;
            }
        }
        return result;
    }

    /** The text with each backslash escape of {@code mark} dropped; other escapes ({@code \\\\} too) kept. */
    private static String withoutEscape(String text, char mark) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                if (next != mark) {
                    out.append(c);
                }
                out.append(next);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final java.util.regex.Pattern BLANK_WITH_SPACES = java.util.regex.Pattern.compile("(?m)^[ \\t]+$");

    private static final String UNNEEDED = "_|*><[]#!&";

    /** The children of {@code element} as blocks of {@code parent}; loose inline content in paragraphs. */
    private static void blocks(Element element, Node parent) {
        Paragraph open = null;
        for (org.jsoup.nodes.Node child : element.childNodes()) {
            Node block = child instanceof Element e ? block(e) : null;
            if (block != null) {
                parent.appendChild(block);
                open = null;
                continue;
            }
            if (child instanceof TextNode t && t.isBlank() && open == null) {
                continue;
            }
            if (open == null) {
                open = new Paragraph();
                parent.appendChild(open);
            }
            inline(child, open);
        }
        trimParagraphs(parent);
    }

    /** A block-level element as a node, or null when the element is inline. */
    private static Node block(Element e) {
        switch (e.normalName()) {
            case "p", "div", "section", "article", "body", "center" -> {
                if (e.children().stream().anyMatch(c -> BLOCKS.contains(c.normalName()))) {
                    BlockQuote wrapper = new BlockQuote();
                    blocks(e, wrapper);
                    return unwrap(wrapper);
                }
                Paragraph p = new Paragraph();
                inlines(e, p);
                return p.getFirstChild() == null ? new Paragraph() : p;
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                Heading h = new Heading();
                h.setLevel(e.normalName().charAt(1) - '0');
                inlines(e, h);
                return h;
            }
            case "ul", "ol" -> {
                Node list;
                if (e.normalName().equals("ol")) {
                    OrderedList ordered = new OrderedList();
                    String start = e.attr("start");
                    ordered.setMarkerStartNumber(start.matches("\\d+") ? Integer.parseInt(start) : 1);
                    ordered.setMarkerDelimiter(".");
                    list = ordered;
                } else {
                    BulletList bullets = new BulletList();
                    bullets.setMarker("-");
                    list = bullets;
                }
                boolean tight = true;
                for (Element li : e.children()) {
                    ListItem item = new ListItem();
                    blocks(li, item);
                    list.appendChild(item);
                    tight &= li.children().stream().noneMatch(c -> c.normalName().equals("p"));
                }
                ((org.commonmark.node.ListBlock) list).setTight(tight);
                return list;
            }
            case "pre" -> {
                FencedCodeBlock code = new FencedCodeBlock();
                code.setFenceCharacter("`");
                code.setOpeningFenceLength(3);
                code.setClosingFenceLength(3);
                Element inner = e.selectFirst("code");
                String info = inner == null ? "" : inner.className().replaceFirst("^language-", "");
                code.setInfo(info.contains(" ") ? "" : info);
                String text = inner == null ? e.wholeText() : inner.wholeText();
                code.setLiteral(text.endsWith("\n") ? text : text + "\n");
                return code;
            }
            case "blockquote" -> {
                BlockQuote quote = new BlockQuote();
                blocks(e, quote);
                return quote;
            }
            case "hr" -> {
                return new ThematicBreak();
            }
            case "table" -> {
                return table(e);
            }
            default -> {
                return null;
            }
        }
    }

    private static Node table(Element e) {
        TableBlock table = new TableBlock();
        TableHead head = new TableHead();
        TableBody body = new TableBody();
        boolean first = true;
        for (Element tr : e.select("tr")) {
            boolean header = first && !tr.select("th").isEmpty();
            TableRow row = new TableRow();
            for (Element cell : tr.children()) {
                TableCell c = new TableCell();
                c.setHeader(header);
                inlines(cell, c);
                if (c.getLastChild() instanceof Text t && t.getLiteral().endsWith("\\")) {
                    // "\\|" would read as an escaped pipe: a space keeps the backslash in its cell.
                    t.setLiteral(t.getLiteral() + " ");
                }
                row.appendChild(c);
            }
            (header ? head : body).appendChild(row);
            first = false;
        }
        if (head.getFirstChild() == null && body.getFirstChild() != null) {
            // A table without a header row: the first row becomes the header Markdown needs.
            Node firstRow = body.getFirstChild();
            firstRow.unlink();
            head.appendChild(firstRow);
        }
        table.appendChild(head);
        if (body.getFirstChild() != null) {
            table.appendChild(body);
        }
        return table;
    }

    private static void inlines(Element e, Node parent) {
        for (org.jsoup.nodes.Node child : e.childNodes()) {
            inline(child, parent);
        }
    }

    private static void inline(org.jsoup.nodes.Node node, Node parent) {
        if (node instanceof TextNode t) {
            // A line break in the text is a soft break (as in the Markdown the HTML came from);
            // other spacing is kept as it is, a non-breaking space (Anki's editor makes many) as a space.
            String[] lines = t.getWholeText().replace('\u00a0', ' ').split("[ \t]*\r?\n[ \t]*", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0 && !(parent.getLastChild() instanceof HardLineBreak)) {
                    // (the line break after a <br> is the HTML's layout, not a second break)
                    parent.appendChild(new SoftLineBreak());
                }
                if (!lines[i].isEmpty()) {
                    parent.appendChild(new Text(lines[i]));
                }
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        Node wrapper = switch (e.normalName()) {
            case "b", "strong" -> new StrongEmphasis("**");
            case "i", "em" -> new Emphasis("*");
            case "code", "tt", "kbd" -> {
                Code code = new Code(e.wholeText());
                parent.appendChild(code);
                yield null;
            }
            case "br" -> {
                parent.appendChild(new HardLineBreak());
                yield null;
            }
            case "a" -> new Link(e.attr("href"), e.attr("title").isEmpty() ? null : e.attr("title"));
            case "img" -> {
                parent.appendChild(new Image(e.attr("src"), e.attr("title").isEmpty() ? null : e.attr("title")));
                yield null;
            }
            default -> parent;
        };
        if (wrapper == null) {
            return;
        }
        if (wrapper != parent) {
            parent.appendChild(wrapper);
        }
        inlines(e, wrapper);
    }

    /** A container made only to gather blocks: its children, or one paragraph. */
    private static Node unwrap(Node wrapper) {
        if (wrapper.getFirstChild() != null && wrapper.getFirstChild() == wrapper.getLastChild()) {
            Node only = wrapper.getFirstChild();
            only.unlink();
            return only;
        }
        Document group = new Document();
        List<Node> children = new ArrayList<>();
        for (Node c = wrapper.getFirstChild(); c != null; c = c.getNext()) {
            children.add(c);
        }
        children.forEach(group::appendChild);
        return new Spliced(group);
    }

    /** Blocks to put in place of one element: spliced into the parent by {@link #trimParagraphs}. */
    private static final class Spliced extends org.commonmark.node.CustomBlock {
        Spliced(Node group) {
            List<Node> children = new ArrayList<>();
            for (Node c = group.getFirstChild(); c != null; c = c.getNext()) {
                children.add(c);
            }
            children.forEach(this::appendChild);
        }
    }

    /**
     * A bullet list that opens an item of a bullet list is written on the item's line: with the
     * same bullet ("- - -") that line is a rule. It takes the other bullet ("- * -"), outermost
     * lists first, as their own bullets are final by then.
     */
    private static void bulletsApart(Node parent) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof BulletList list && parent instanceof ListItem item && item.getFirstChild() == list
                    && item.getParent() instanceof BulletList outer && outer.getMarker().equals(list.getMarker())) {
                list.setMarker("-".equals(outer.getMarker()) ? "*" : "-");
            }
            bulletsApart(c);
        }
    }

    /** Splices grouped blocks in, and drops empty paragraphs and the spaces at paragraph ends. */
    private static void trimParagraphs(Node parent) {
        for (Node c = parent.getFirstChild(); c != null; ) {
            Node next = c.getNext();
            if (c instanceof Spliced s) {
                for (Node inner = s.getFirstChild(); inner != null; ) {
                    Node after = inner.getNext();
                    c.insertBefore(inner);
                    inner = after;
                }
                c.unlink();
            } else if (c instanceof BulletList list && c.getPrevious() instanceof BulletList before) {
                // Two lists in a row stay two lists only with different markers.
                list.setMarker("-".equals(before.getMarker()) ? "*" : "-");
            } else if (c instanceof OrderedList list && c.getPrevious() instanceof OrderedList before) {
                list.setMarkerDelimiter(".".equals(before.getMarkerDelimiter()) ? ")" : ".");
            } else if (c instanceof Paragraph p) {
                trimEdges(p);
                if (p.getFirstChild() == null) {
                    p.unlink();
                }
            }
            c = next;
        }
    }

    private static boolean isSpace(Node node) {
        return node instanceof Text t && t.getLiteral().isBlank() || node instanceof HardLineBreak
                || node instanceof SoftLineBreak;
    }

    private static void trimEdges(Paragraph p) {
        while (p.getFirstChild() != null && isSpace(p.getFirstChild())) {
            p.getFirstChild().unlink();
        }
        while (p.getLastChild() != null && isSpace(p.getLastChild())) {
            p.getLastChild().unlink();
        }
        if (p.getFirstChild() instanceof Text t) {
            t.setLiteral(t.getLiteral().stripLeading());
        }
        if (p.getLastChild() instanceof Text t) {
            t.setLiteral(t.getLiteral().stripTrailing());
        }
    }
}
