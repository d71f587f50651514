package sdq.term;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
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
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * Markdown rendered for a terminal of a given width: headings, bold and italic, lists with
 * hanging indents, code blocks, block quotes and tables, wrapped to fit. Text is made safe with
 * {@link SafeText} first, so nothing from a card can reach the terminal as a control sequence.
 */
public final class MarkdownView {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .build();
    private static final String[] BULLETS = {"•", "◦", "▪"};
    private static final TextContentRenderer ONE_LINE = TextContentRenderer.builder().stripNewlines(true).build();

    private final Styles styles;
    private final Inlines inlines;

    public MarkdownView(Styles styles) {
        this.styles = styles;
        this.inlines = new Inlines(styles);
    }

    /** The Markdown as lines of at most {@code width} columns (code and tables may be cut). */
    public List<AttributedString> render(String markdown, int width) {
        try {
            Node document = PARSER.parse(SafeText.clean(markdown));
            return blocks(document, Math.max(20, width), 0);
        } catch (StackOverflowError e) {
            // Nested thousands of levels deep: shown as the text it is, wrapped.
            return Wrap.lines(new AttributedString(SafeText.clean(markdown)), Math.max(20, width));
        }
    }

    /** Sets up the parser (class loading, its tables) ahead of the first card. */
    static void warmUp() {
        PARSER.parse("**x**");
    }

    /** Markdown as one line of plain text, for tables and headers: no markup, no line breaks. */
    public static String oneLine(String markdown) {
        if (plainText(markdown)) {
            // Most questions are plain text: no parse (sdq list shows thousands of them).
            return oneSpaced(markdown);
        }
        try {
            return ONE_LINE.render(PARSER.parse(SafeText.clean(markdown))).replaceAll("\\s+", " ").strip();
        } catch (StackOverflowError e) {
            return SafeText.clean(markdown).replaceAll("\\s+", " ").strip();
        }
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** The text with each run of white space one space, stripped; as it is when it has no such run. */
    static String oneSpaced(String text) {
        boolean single = true;
        for (int i = 0; i < text.length() && single; i++) {
            char c = text.charAt(i);
            single = c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0b
                    && !(c == ' ' && (i == 0 || i == text.length() - 1 || text.charAt(i + 1) == ' '));
        }
        boolean trimmed = text.isEmpty() || !Character.isWhitespace(text.charAt(0))
                && !Character.isWhitespace(text.charAt(text.length() - 1));
        return single && trimmed ? text : SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** Text in which no character means anything to Markdown or to a terminal. */
    private static boolean plainText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Controls, C1, and the general-punctuation and other blocks where invisible format characters live,
            // go through the parser and the sanitiser as every other text does.
            if (c < 0x20 || c >= 0x7f && c < 0xa0 || "*_`[]<>&\\!#|~=+-".indexOf(c) >= 0 || c >= 0x2000 && c < 0x2070
                    || c == '\u061c' || c == '\u180e' || c >= 0xfe00) {
                return false;
            }
        }
        return true;
    }

    /** The same lines as strings, with escape sequences only when colour is on. */
    public List<String> renderLines(String markdown, int width) {
        return render(markdown, width).stream().map(styles::line).toList();
    }

    private List<AttributedString> blocks(Node parent, int width, int listDepth) {
        List<AttributedString> out = new ArrayList<>();
        boolean tight = parent instanceof ListItem && isTight(parent.getParent());
        Node previous = null;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            List<AttributedString> lines = block(child, width, listDepth);
            if (lines.isEmpty()) {
                continue;
            }
            boolean listAfterIntro = previous instanceof Paragraph intro && endsWithColon(intro)
                    && (child instanceof BulletList || child instanceof OrderedList);
            if (!out.isEmpty() && !tight && !listAfterIntro) {
                out.add(AttributedString.EMPTY);
            }
            out.addAll(lines);
            previous = child;
        }
        return out;
    }

    private List<AttributedString> block(Node node, int width, int listDepth) {
        if (node instanceof Paragraph) {
            return Wrap.lines(inlines.of(node), width);
        }
        if (node instanceof Heading heading) {
            AttributedString text = new AttributedStringBuilder()
                    .style(styles.heading()).append(inlines.of(heading).toString()).toAttributedString();
            return Wrap.lines(text, width);
        }
        if (node instanceof BulletList || node instanceof OrderedList) {
            return list(node, width, listDepth);
        }
        if (node instanceof FencedCodeBlock code) {
            return code(code.getLiteral(), width);
        }
        if (node instanceof IndentedCodeBlock code) {
            return code(code.getLiteral(), width);
        }
        if (node instanceof BlockQuote) {
            return prefixed(blocks(node, width - 2, listDepth), styled("│ ", styles.dim()), styled("│ ", styles.dim()));
        }
        if (node instanceof ThematicBreak) {
            return List.of(styled("─".repeat(Math.min(width, 40)), styles.dim()));
        }
        if (node instanceof TableBlock table) {
            return new TableView(styles, inlines).render(table, width);
        }
        if (node instanceof HtmlBlock html) {
            return Wrap.lines(new AttributedString(Inlines.htmlText(html.getLiteral()).strip()), width);
        }
        return blocks(node, width, listDepth);
    }

    private List<AttributedString> list(Node list, int width, int depth) {
        List<AttributedString> out = new ArrayList<>();
        boolean ordered = list instanceof OrderedList;
        int number = ordered ? startOf((OrderedList) list) : 0;
        int count = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            count++;
        }
        String widest = ordered ? (number + count - 1) + ". " : "";
        boolean tight = isTight(list);
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            String marker = ordered ? pad(number++ + ". ", widest.length()) : BULLETS[depth % BULLETS.length] + " ";
            String hang = " ".repeat(Wrap.width(marker));
            List<AttributedString> body = blocks(item, width - hang.length(), depth + 1);
            if (body.isEmpty()) {
                body = List.of(AttributedString.EMPTY);
            }
            if (!out.isEmpty() && !tight) {
                out.add(AttributedString.EMPTY);
            }
            out.addAll(prefixed(body, styled(marker, styles.accent()), new AttributedString(hang)));
        }
        return out;
    }

    private List<AttributedString> code(String literal, int width) {
        List<AttributedString> out = new ArrayList<>();
        String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        for (String line : text.split("\n", -1)) {
            AttributedString styledLine = styled(line, styles.code());
            for (AttributedString piece : Wrap.lines(styledLine, width - 4)) {
                out.add(new AttributedStringBuilder().append("    ").append(piece).toAttributedString());
            }
        }
        return out;
    }

    private static List<AttributedString> prefixed(List<AttributedString> lines, AttributedString first,
                                                   AttributedString rest) {
        List<AttributedString> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            AttributedString line = lines.get(i);
            AttributedStringBuilder b = new AttributedStringBuilder().append(i == 0 ? first : rest).append(line);
            out.add(trimEnd(b.toAttributedString()));
        }
        return out;
    }

    private static AttributedString trimEnd(AttributedString s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.subSequence(0, end);
    }

    private boolean endsWithColon(Paragraph paragraph) {
        return inlines.of(paragraph).toString().strip().endsWith(":");
    }

    private static boolean isTight(Node list) {
        if (list instanceof BulletList b) {
            return b.isTight();
        }
        return list instanceof OrderedList o && o.isTight();
    }

    private static int startOf(OrderedList list) {
        Integer start = list.getMarkerStartNumber();
        return start == null ? 1 : start;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private static AttributedString styled(String text, org.jline.utils.AttributedStyle style) {
        return new AttributedString(text, style);
    }
}
