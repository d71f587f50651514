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
    /** A piece of markup and the Markdown it becomes. */
    record Rule(Pattern pattern, Function<Matcher, String> markdown) {
    }

    private InlineRewrite() {
    }

    /** The line as Markdown: the earliest match of any rule rewritten, and so on; the rest escaped. */
    static String apply(String line, List<Rule> rules) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        Matcher[] matchers = new Matcher[rules.size()];
        for (int k = 0; k < rules.size(); k++) {
            matchers[k] = rules.get(k).pattern().matcher(line);
        }
        while (at < line.length()) {
            int best = -1;
            int bestStart = Integer.MAX_VALUE;
            for (int k = 0; k < matchers.length; k++) {
                if (matchers[k].find(at) && matchers[k].start() < bestStart) {
                    best = k;
                    bestStart = matchers[k].start();
                }
            }
            if (best < 0) {
                break;
            }
            Matcher m = matchers[best];
            m.find(at);
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
