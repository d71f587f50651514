package sdq.ingest.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code <details><summary>...</summary> ... </details>} in Markdown, which commonmark reads as
 * HTML blocks with Markdown between them, put back together as one {@link Block.Details}. Other
 * HTML blocks become blocks through {@link HtmlNotes}.
 */
final class DetailsBlocks {
    /** An opening tag of a container alone on the first line, and what follows it. */
    private static final java.util.regex.Pattern WRAPPER = java.util.regex.Pattern.compile(
            "(?is)^\\s*<(?:aside|div|section|article|main|center|blockquote)\\b[^>]*>\\s*\\n(.*?)(?:</(?:aside|div|section"
                    + "|article|main|center|blockquote)>\\s*)?$");
    /** Only closing tags of containers. */
    private static final java.util.regex.Pattern CLOSING = java.util.regex.Pattern.compile(
            "(?is)^\\s*(?:</(?:aside|div|section|article|main|center|blockquote)>\\s*)+$");

    private DetailsBlocks() {
    }

    static List<Block> assemble(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            Block b = blocks.get(i);
            if (!(b instanceof Block.Html html)) {
                out.add(b);
                i++;
                continue;
            }
            String lower = html.markdown().toLowerCase(Locale.ROOT);
            int open = lower.indexOf("<details");
            if (open < 0) {
                java.util.regex.Matcher wrapper = WRAPPER.matcher(html.markdown());
                if (wrapper.find() && !wrapper.group(1).isBlank() && !wrapper.group(1).stripLeading().startsWith("<")) {
                    // "<aside>" (Notion's callout), "<div ...>" on its own line, then Markdown: read as Markdown.
                    out.addAll(MarkdownNotes.blocks(wrapper.group(1), html.line()));
                } else if (!CLOSING.matcher(html.markdown()).matches()) {
                    out.addAll(HtmlNotes.blocks(html.markdown(), html.line(), html.endLine()));
                }
                i++;
                continue;
            }
            int summaryEnd = lower.indexOf("</summary>", open);
            String head = summaryEnd < 0 ? html.markdown().substring(open) : html.markdown().substring(open, summaryEnd + 10);
            String summary = HtmlNotes.summary(head);
            List<Block> inside = new ArrayList<>();
            int restFrom = summaryEnd < 0 ? lower.indexOf('>', open) + 1 : summaryEnd + 10;
            int close = lower.indexOf("</details>", restFrom);
            String rest = html.markdown().substring(restFrom, close < 0 ? html.markdown().length() : close);
            if (!rest.isBlank()) {
                int offset = html.line() - 1 + count(html.markdown().substring(0, restFrom), '\n');
                inside.addAll(MarkdownNotes.blocks(rest, offset));
            }
            int end = html.endLine();
            i++;
            if (close < 0) {
                int depth = 1;
                while (i < blocks.size()) {
                    Block c = blocks.get(i);
                    i++;
                    if (c instanceof Block.Html h) {
                        String l = h.markdown().toLowerCase(Locale.ROOT);
                        depth += count(l, "<details") - count(l, "</details>");
                        if (depth <= 0) {
                            int at = l.lastIndexOf("</details>");
                            String before = h.markdown().substring(0, Math.max(0, at));
                            if (!before.isBlank()) {
                                inside.addAll(MarkdownNotes.blocks(before, h.line() - 1));
                            }
                            end = h.endLine();
                            break;
                        }
                    }
                    inside.add(c);
                    end = c.endLine();
                }
            }
            out.add(new Block.Details(summary, assemble(inside), html.line(), end));
        }
        return out;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int k = 0; k < text.length(); k++) {
            n += text.charAt(k) == c ? 1 : 0;
        }
        return n;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int k = text.indexOf(what); k >= 0; k = text.indexOf(what, k + what.length())) {
            n++;
        }
        return n;
    }
}
