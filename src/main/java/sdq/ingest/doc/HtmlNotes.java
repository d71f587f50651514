package sdq.ingest.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * HTML into blocks, parsed by jsoup as a browser would: headings, paragraphs, lists, quotes,
 * code, tables, rules, {@code <details>} and definition lists, their text as Markdown. A page's
 * navigation, banners, forms and scripts are left out; when the page marks its main content
 * ({@code <main>}, {@code <article>}), only that is read.
 */
public final class HtmlNotes {
    private static final Set<String> SKIPPED = Set.of("nav", "header", "footer", "aside", "script", "style", "noscript",
            "form", "button", "svg", "iframe", "template", "select", "head", "title", "meta", "link", "input", "menu");
    private static final Set<String> FURNITURE = Set.of("nav", "navbar", "menu", "sidebar", "footer", "breadcrumb",
            "breadcrumbs", "cookie", "cookies", "banner", "toc", "share", "social", "advert", "ads", "skip-link",
            // MediaWiki's: [edit] links in headings, "Retrieved from", the category box, the jump links.
            "mw-editsection", "editsection", "printfooter", "catlinks", "mw-jump-link", "noprint", "navbox");
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em",
            "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "tt", "u", "var",
            "wbr", "br", "img", "del", "ins", "strike", "font", "label");

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    // Compiled once, not where deeply nested elements are read: compiling a pattern deep in the
    // stack can overflow it, and the regex engine reports that as a bad pattern, not as depth.
    private static final java.util.regex.Pattern NAME_SEPARATORS = java.util.regex.Pattern.compile("[\\s_]+");
    private static final java.util.regex.Pattern SPACE_OR_CONTROL = java.util.regex.Pattern.compile("[\\s\\x00-\\x1f]");
    private static final java.util.regex.Pattern PERMALINK = java.util.regex.Pattern.compile("^\\s*([#¶§🔗]|link|permalink)?\\s*$");

    private final int firstLine;
    private final int lastLine;
    private final boolean positions;

    private HtmlNotes(int firstLine, int lastLine, boolean positions) {
        this.firstLine = firstLine;
        this.lastLine = lastLine;
        this.positions = positions;
    }

    /** A page saved as HTML. */
    public static Document read(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Element root = main(page);
        HtmlNotes reader = new HtmlNotes(1, Math.max(1, (int) html.lines().count()), true);
        String title = page.title().strip();
        return new Document("HTML", title.isEmpty() ? Optional.empty() : Optional.of(title), reader.children(root));
    }

    /** HTML inside Markdown (lines {@code line} to {@code endLine}); comments and empty anchors give nothing. */
    static List<Block> blocks(String html, int line, int endLine) {
        Element body = Jsoup.parseBodyFragment(html).body();
        return new HtmlNotes(line, endLine, false).children(body);
    }

    /** The Markdown text of a {@code <summary>} in an HTML fragment. */
    static String summary(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        Element summary = body.selectFirst("summary");
        return summary == null ? "" : inline(summary).strip();
    }

    private static Element main(org.jsoup.nodes.Document page) {
        Element best = null;
        for (Element e : page.select("main, article, [role=main]")) {
            if (best == null || e.text().length() > best.text().length()) {
                best = e;
            }
        }
        return best != null && best.text().length() * 3 >= page.body().text().length() ? best : page.body();
    }

    private int lineOf(Node n) {
        if (!positions) {
            return firstLine;
        }
        int line = n.sourceRange().start().lineNumber();
        return line <= 0 ? firstLine : Math.min(lastLine, line);
    }

    private int endOf(Node n, int start) {
        if (!positions) {
            return lastLine;
        }
        int line = n instanceof Element e ? e.endSourceRange().start().lineNumber() : n.sourceRange().end().lineNumber();
        return line <= 0 ? start : Math.max(start, Math.min(lastLine, line));
    }

    private static boolean skipped(Element e) {
        if (SKIPPED.contains(e.normalName()) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo")) {
            return true;
        }
        for (String name : NAME_SEPARATORS.split((e.className() + " " + e.id()).toLowerCase(Locale.ROOT))) {
            if (FURNITURE.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** The blocks of an element's content; runs of inline content become paragraphs. */
    List<Block> children(Element parent) {
        if (depth >= MarkdownNotes.MAX_DEPTH) {
            // Nested deeper than pages ever are: the text inside is kept, its structure not read.
            String text = parent.text().strip();
            return text.isEmpty() ? List.of() : List.of(Block.Paragraph.of(lineOf(parent), Markdown.escape(text, true)));
        }
        depth++;
        try {
            return readChildren(parent);
        } finally {
            depth--;
        }
    }

    private int depth;

    private List<Block> readChildren(Element parent) {
        List<Block> out = new ArrayList<>();
        List<Node> run = new ArrayList<>();
        for (Node n : parent.childNodes()) {
            boolean inline = n instanceof TextNode || n instanceof Element e && INLINE.contains(e.normalName());
            if (inline) {
                run.add(n);
                continue;
            }
            flush(run, out);
            if (n instanceof Element e && !skipped(e)) {
                block(e, out);
            }
        }
        flush(run, out);
        return out;
    }

    private void flush(List<Node> run, List<Block> out) {
        if (run.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (Node n : run) {
            text.append(inline(n));
        }
        int line = lineOf(run.get(0));
        paragraph(text.toString(), line).ifPresent(out::add);
        run.clear();
    }

    private Optional<Block> paragraph(String markdown, int line) {
        List<Block.Line> lines = new ArrayList<>();
        for (String l : markdown.split("\n")) {
            if (!l.isBlank()) {
                lines.add(new Block.Line(line, l.strip()));
            }
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(new Block.Paragraph(lines));
    }

    private void block(Element e, List<Block> out) {
        int line = lineOf(e);
        int end = endOf(e, line);
        String name = e.normalName();
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                String text = inline(e).replace('\n', ' ').strip();
                if (!text.isEmpty()) {
                    out.add(new Block.Heading(name.charAt(1) - '0', text, line, end));
                }
            }
            case "p" -> paragraph(inline(e), line).ifPresent(out::add);
            case "ul", "ol" -> list(e, name.equals("ol"), line, end, out);
            case "blockquote" -> {
                List<Block> inside = children(e);
                if (!inside.isEmpty()) {
                    out.add(new Block.Quote(inside, Markdown.quote(inside), line, end));
                }
            }
            case "pre" -> {
                String info = "";
                Element code = e.selectFirst("code");
                for (String c : (code == null ? e : code).classNames()) {
                    info = c.startsWith("language-") ? c.substring(9) : info;
                }
                String literal = e.wholeText();
                out.add(new Block.Code(info, literal, Markdown.code(info, literal), line, end));
            }
            case "table" -> table(e, line, end, out);
            case "hr" -> out.add(new Block.Rule(line));
            case "details" -> {
                Element summary = e.selectFirst("summary");
                String text = summary == null ? "" : inline(summary).strip();
                if (summary != null) {
                    summary.remove();
                }
                out.add(new Block.Details(text, children(e), line, end));
            }
            case "dl" -> definitions(e, out);
            default -> out.addAll(children(e));
        }
    }

    private void list(Element e, boolean ordered, int line, int end, List<Block> out) {
        List<Block.Item> items = new ArrayList<>();
        int number = 1;
        for (Element li : e.children()) {
            if (!li.normalName().equals("li")) {
                continue;
            }
            List<Block> inside = children(li);
            Block.Task task = Block.Task.NONE;
            Element box = li.selectFirst("input[type=checkbox]");
            if (box != null) {
                task = box.hasAttr("checked") ? Block.Task.DONE : Block.Task.OPEN;
            }
            String marker = ordered ? number++ + "." : "-";
            int at = lineOf(li);
            items.add(Block.Item.of(marker, task, inside, at, endOf(li, at)));
        }
        if (!items.isEmpty()) {
            out.add(new Block.ListBlock(ordered, items, Markdown.list(items), line, end));
        }
    }

    private void table(Element e, int line, int end, List<Block> out) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (Element tr : e.select("tr")) {
            List<String> cells = new ArrayList<>();
            boolean heads = !tr.select("th").isEmpty() && tr.select("td").isEmpty();
            for (Element cell : tr.children()) {
                cells.add(inline(cell).replace('\n', ' ').strip());
            }
            if (heads && header.isEmpty() && rows.isEmpty()) {
                header = cells;
            } else {
                rows.add(cells);
            }
        }
        if (header.isEmpty() && !rows.isEmpty()) {
            header = rows.remove(0);
        }
        if (!header.isEmpty()) {
            out.add(new Block.Table(header, rows, Markdown.table(header, rows), line, end));
        }
    }

    private void definitions(Element dl, List<Block> out) {
        String term = null;
        int termLine = lineOf(dl);
        List<Block> definition = new ArrayList<>();
        for (Element child : dl.children()) {
            if (child.normalName().equals("dt")) {
                if (term != null) {
                    out.add(new Block.Definition(term, definition, false, termLine, Math.max(termLine, lineOf(child) - 1)));
                }
                term = inline(child).replace('\n', ' ').strip();
                termLine = lineOf(child);
                definition = new ArrayList<>();
            } else if (child.normalName().equals("dd")) {
                definition.addAll(children(child));
            }
        }
        if (term != null) {
            out.add(new Block.Definition(term, definition, false, termLine, endOf(dl, termLine)));
        }
    }

    /** Inline HTML as Markdown inline text; a line break as a new line. */
    static String inline(Node n) {
        if (n instanceof TextNode t) {
            return Markdown.escape(SPACES.matcher(t.text()).replaceAll(" "));
        }
        if (!(n instanceof Element e) || skipped(e)) {
            return "";
        }
        StringBuilder inner = new StringBuilder();
        for (Node c : e.childNodes()) {
            inner.append(inline(c));
        }
        String text = inner.toString();
        String trimmed = text.strip();
        return switch (e.normalName()) {
            case "br" -> "\n";
            case "strong", "b" -> wrap("**", text);
            case "em", "i", "cite", "dfn" -> wrap("*", text);
            case "code", "kbd", "samp", "tt" -> wrap("`", Inline.plain(text.strip()).isEmpty() ? text
                    : lead(text) + Inline.plain(text.strip()) + space(text));
            case "a" -> lead(text) + link(e, trimmed) + space(text);
            case "img" -> e.attr("alt").isBlank() ? "" : Markdown.escape(e.attr("alt"));
            case "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6" -> "\n" + text + "\n";
            default -> text;
        };
    }

    /** Text in a pair of marks, the spaces at its ends kept outside them. */
    private static String wrap(String mark, String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? text : lead(text) + mark + trimmed + mark + space(text);
    }

    private static String lead(String text) {
        return text.startsWith(" ") ? " " : "";
    }

    private static String space(String text) {
        return text.endsWith(" ") && text.strip().length() > 0 ? " " : "";
    }

    /** A link, when its address is one to follow (http, https, mailto, or relative); its text otherwise. */
    private static String link(Element a, String text) {
        String href = a.attr("href").strip();
        if (href.startsWith("#") && PERMALINK.matcher(Inline.plain(text)).matches()) {
            // The "#" or "¶" a page puts beside a heading to link to it.
            return "";
        }
        String scheme = SPACE_OR_CONTROL.matcher(href).replaceAll("").toLowerCase(Locale.ROOT);
        boolean safe = !href.isEmpty() && !href.startsWith("#") && !scheme.startsWith("javascript:")
                && !scheme.startsWith("vbscript:") && !scheme.startsWith("data:");
        if (text.isEmpty()) {
            return "";
        }
        return safe ? "[" + text + "](" + href.replace(" ", "%20").replace(")", "%29") + ")" : text;
    }
}
