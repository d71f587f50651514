package sdq.ingest.doc;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline markup of another syntax (org's {@code *bold*}, reStructuredText's {@code ``code``},
 * AsciiDoc's {@code link:url[text]}) rewritten as Markdown, the text between escaped.
 */
final class InlineRewrite {
    /**
     * A piece of markup and the Markdown it becomes; {@code marks}: the characters one of which
     * each match holds, so a line without any of them is not searched.
     */
    record Rule(String marks, Pattern pattern, Function<Matcher, String> markdown) {
        boolean mayMatch(String line) {
            for (int k = 0; k < marks.length(); k++) {
                if (line.indexOf(marks.charAt(k)) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final int NONE = -1;
    private static final int UNKNOWN = -2;

    private InlineRewrite() {
    }

    /** The line as Markdown: the earliest match of any rule rewritten, and so on; the rest escaped. */
    static String apply(String line, List<Rule> rules) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        Matcher[] matchers = new Matcher[rules.size()];
        // Where each rule's next match starts (NONE: no more; UNKNOWN: not looked for yet). A match
        // depends only on where it starts, so one found beyond where the line is read to still holds.
        int[] starts = new int[rules.size()];
        for (int k = 0; k < rules.size(); k++) {
            matchers[k] = rules.get(k).pattern().matcher(line);
            starts[k] = rules.get(k).mayMatch(line) ? UNKNOWN : NONE;
        }
        while (at < line.length()) {
            int best = -1;
            int bestStart = Integer.MAX_VALUE;
            for (int k = 0; k < matchers.length; k++) {
                if (starts[k] == UNKNOWN || starts[k] != NONE && starts[k] < at) {
                    starts[k] = matchers[k].find(at) ? matchers[k].start() : NONE;
                }
                if (starts[k] != NONE && starts[k] < bestStart) {
                    best = k;
                    bestStart = starts[k];
                }
            }
            if (best < 0) {
                break;
            }
            Matcher m = matchers[best];
            out.append(Markdown.escape(line.substring(at, m.start()), at == 0));
            out.append(rules.get(best).markdown().apply(m));
            at = Math.max(m.end(), at + 1);
        }
        if (at < line.length()) {
            out.append(Markdown.escape(line.substring(at), at == 0));
        }
        return out.toString();
    }
}
