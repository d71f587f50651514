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
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();
    static final MarkdownRenderer MARKDOWN = MarkdownRenderer.builder().extensions(EXTENSIONS).build();

    private MarkdownHtml() {
    }

    /** The Markdown as HTML, raw HTML in it escaped. */
    public static String toHtml(String markdown) {
        return HTML.render(PARSER.parse(markdown)).strip();
    }

    /** The Markdown as commonmark would write it back: one spelling for each way of writing. */
    public static String normal(String markdown) {
        return render(PARSER.parse(markdown));
    }

    /** Whether two Markdown texts give the same HTML once through Anki and back. */
    public static boolean sameRendering(String a, String b) {
        return a.equals(b) || normal(HtmlMarkdown.toMarkdown(toHtml(a))).equals(normal(HtmlMarkdown.toMarkdown(toHtml(b))));
    }

    static String render(Node document) {
        return MARKDOWN.render(document).strip();
    }
}
