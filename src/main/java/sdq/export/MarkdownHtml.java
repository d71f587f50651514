package sdq.export;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * Markdown to HTML for the Anki export, and Markdown in the one form commonmark writes it
 * (so that two texts that render the same compare equal after an HTML round trip).
 */
public final class MarkdownHtml {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    /** Links keep only these schemes: javascript:, vbscript:, data: and the like come out empty. */
    private static final org.commonmark.renderer.html.UrlSanitizer SAFE_URLS =
            new org.commonmark.renderer.html.DefaultUrlSanitizer(List.of("http", "https", "mailto"));
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).urlSanitizer(SAFE_URLS).nodeRendererFactory(ImageAsLink::new).build();
    private static final HtmlRenderer HTML_WITH_IMAGES = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).urlSanitizer(SAFE_URLS).build();
    static final MarkdownRenderer MARKDOWN = MarkdownRenderer.builder().extensions(EXTENSIONS).build();

    private MarkdownHtml() {
    }

    /** The Markdown as HTML, raw HTML in it escaped, only safe links, images as links to them. */
    public static String toHtml(String markdown) {
        return toHtml(markdown, false);
    }

    /** The Markdown as HTML; with {@code images}, images stay images (a remote one is fetched where it is shown). */
    public static String toHtml(String markdown, boolean images) {
        try {
            return (images ? HTML_WITH_IMAGES : HTML).render(PARSER.parse(markdown)).strip();
        } catch (StackOverflowError e) {
            // Nested thousands of levels deep: the text as it is, escaped.
            return "<p>" + org.jsoup.nodes.Entities.escape(markdown) + "</p>";
        }
    }

    /** An image as a link to it, so that showing a card fetches nothing from elsewhere. */
    private static final class ImageAsLink implements org.commonmark.renderer.NodeRenderer {
        private final org.commonmark.renderer.html.HtmlNodeRendererContext context;

        ImageAsLink(org.commonmark.renderer.html.HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public java.util.Set<Class<? extends Node>> getNodeTypes() {
            return java.util.Set.of(org.commonmark.node.Image.class);
        }

        @Override
        public void render(Node node) {
            org.commonmark.node.Image image = (org.commonmark.node.Image) node;
            String url = SAFE_URLS.sanitizeLinkUrl(image.getDestination());
            var html = context.getWriter();
            html.tag("a", java.util.Map.of("href", context.encodeUrl(url)));
            if (image.getFirstChild() == null) {
                html.text(image.getDestination());
            }
            for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("/a");
        }
    }

    /** The Markdown as commonmark would write it back: one spelling for each way of writing. */
    public static String normal(String markdown) {
        try {
            return render(PARSER.parse(markdown));
        } catch (StackOverflowError e) {
            return markdown.strip();
        }
    }

    /** Whether two Markdown texts give the same HTML once through Anki and back. */
    public static boolean sameRendering(String a, String b) {
        return a.equals(b) || normal(HtmlMarkdown.toMarkdown(toHtml(a))).equals(normal(HtmlMarkdown.toMarkdown(toHtml(b))));
    }

    static String render(Node document) {
        return MARKDOWN.render(document).strip();
    }
}
