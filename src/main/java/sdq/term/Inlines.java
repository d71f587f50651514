package sdq.term;

import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** The inline content of a block (text, emphasis, code, links) as one styled string. */
final class Inlines {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>|</p>|</div>|</summary>|</li>");

    private final Styles styles;

    Inlines(Styles styles) {
        this.styles = styles;
    }

    AttributedString of(Node block) {
        AttributedStringBuilder out = new AttributedStringBuilder();
        block.accept(new Visitor(out, styles.plain()));
        return out.toAttributedString();
    }

    /** The text of some HTML with its tags removed and its line-breaking tags kept as breaks. */
    static String htmlText(String html) {
        String broken = BREAK_TAG.matcher(html).replaceAll("\n");
        return TAG.matcher(broken).replaceAll("")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
    }

    private final class Visitor extends AbstractVisitor {
        private final AttributedStringBuilder out;
        private AttributedStyle style;

        Visitor(AttributedStringBuilder out, AttributedStyle style) {
            this.out = out;
            this.style = style;
        }

        private void append(String text, AttributedStyle s) {
            out.style(s).append(text);
        }

        private void within(Node node, AttributedStyle s) {
            AttributedStyle saved = style;
            style = s;
            visitChildren(node);
            style = saved;
        }

        @Override
        public void visit(Text text) {
            append(text.getLiteral(), style);
        }

        @Override
        public void visit(Code code) {
            String literal = code.getLiteral();
            append(styles.color() ? literal : "`" + literal + "`", styles.color() ? styles.code() : style);
        }

        @Override
        public void visit(Emphasis emphasis) {
            within(emphasis, styles.color() ? style.italic() : style);
        }

        @Override
        public void visit(StrongEmphasis strong) {
            within(strong, styles.color() ? style.bold() : style);
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            append(" ", style);
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            append("\n", style);
        }

        @Override
        public void visit(HtmlInline html) {
            if (BREAK_TAG.matcher(html.getLiteral()).matches()) {
                append("\n", style);
            }
        }

        @Override
        public void visit(Link link) {
            int before = out.length();
            within(link, styles.color() ? styles.link() : style);
            String shown = out.toString().substring(before);
            String url = link.getDestination();
            if (url != null && !url.isEmpty() && !shown.equals(url) && !url.startsWith("#")) {
                append(" (" + url + ")", styles.dim());
            }
        }

        @Override
        public void visit(Image image) {
            append("[image: ", styles.dim());
            within(image, style);
            append("]", styles.dim());
        }
    }
}
