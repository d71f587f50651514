package sdq.ingest;

import java.util.regex.Pattern;

/**
 * The syntax a notes file is written in, told from its text when its name does not say (a
 * {@code .txt} file, a file without an extension): signs of HTML, org, AsciiDoc,
 * reStructuredText, Markdown or a web page saved as text, else plain text.
 */
final class Syntaxes {
    private static final Pattern HTML = Pattern.compile("(?is)^\\s*(<!doctype html|<html[\\s>]|<head[\\s>]|<body[\\s>]).*");
    private static final Pattern ORG_KEYWORD = Pattern.compile("(?im)^#\\+(title|author|options|startup|begin_src|begin_quote|filetags):");
    private static final Pattern ORG_HEADING = Pattern.compile("(?m)^\\*+ \\S");
    private static final Pattern ORG_SUBHEADING = Pattern.compile("(?m)^\\*{2,} \\S");
    private static final Pattern ADOC_TITLE = Pattern.compile("(?m)^={1,5} \\S");
    private static final Pattern ADOC_SIGN = Pattern.compile("(?m)^(\\[qanda\\]|\\[source(,[^\\]]*)?\\]|:toc:|:\\w[\\w-]*:\\s|.+::$|\\+$|----$)");
    private static final Pattern RST_UNDERLINE = Pattern.compile("(?m)^[^\\s].*\\n([=\\-~^\"'`#*+])\\1{2,}\\s*$");
    private static final Pattern RST_SIGN = Pattern.compile("(?m)^\\.\\. (_[^:]+:|[\\w-]+::)|::\\s*$|``[^`]+``|:\\w+:`");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s.*");

    private Syntaxes() {
    }

    static NoteSyntax ofText(String text) {
        String head = text.length() > 64_000 ? text.substring(0, 64_000) : text;
        if (HTML.matcher(head.length() > 2000 ? head.substring(0, 2000) : head).matches()) {
            return NoteSyntax.HTML;
        }
        if (ORG_KEYWORD.matcher(head).find() || count(ORG_HEADING, head, 3) && ORG_SUBHEADING.matcher(head).find()
                && !head.contains("\n#")) {
            return NoteSyntax.ORG;
        }
        if (count(ADOC_TITLE, head, 2) && ADOC_SIGN.matcher(head).find() || head.contains("\n[qanda]")) {
            return NoteSyntax.ASCIIDOC;
        }
        if (count(RST_UNDERLINE, head, 2) && count(RST_SIGN, head, 2)) {
            return NoteSyntax.RST;
        }
        if (WebPageNotes.looksLike(text)) {
            return NoteSyntax.WEB_PAGE;
        }
        if (sdq.ingest.tools.ToolNotes.holdsCards(head, sdq.ingest.tools.Dialect.of(head))) {
            return NoteSyntax.MARKDOWN;
        }
        return isMarkdown(head) ? NoteSyntax.MARKDOWN : NoteSyntax.PLAIN;
    }

    private static boolean count(Pattern p, String text, int atLeast) {
        java.util.regex.Matcher m = p.matcher(text);
        int n = 0;
        while (n < atLeast && m.find()) {
            n++;
        }
        return n >= atLeast;
    }

    /** A heading, a fence, a quote, bold text or a link: signs that a file is Markdown. */
    private static boolean isMarkdownLine(String line) {
        String t = line.stripLeading();
        if (t.startsWith("#")) {
            return MARKDOWN_HEADING.matcher(t).matches();
        }
        if (t.startsWith("```") || t.startsWith("~~~") || t.startsWith("> ")) {
            return true;
        }
        int bold = t.indexOf("**");
        return bold >= 0 && t.indexOf("**", bold + 3) > 0 || t.contains("](");
    }

    /** Three signs of Markdown; a {@code ---} line after a blank one (a rule, a Mochi card's cut) is one. */
    private static boolean isMarkdown(String text) {
        int signs = 0;
        String previous = "";
        for (String line : text.split("\n")) {
            boolean rule = previous.isBlank() && line.strip().equals("---");
            if ((rule || isMarkdownLine(line)) && ++signs >= 3) {
                return true;
            }
            previous = line;
        }
        return false;
    }
}
