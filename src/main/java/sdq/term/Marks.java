package sdq.term;

import java.util.List;
import java.util.Locale;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Phrases marked in a rendered line: each place a phrase stands (any case, as whole words) takes a style. */
final class Marks {
    private Marks() {
    }

    static AttributedString apply(AttributedString line, List<String> phrases, AttributedStyle style) {
        if (phrases.isEmpty()) {
            return line;
        }
        String text = line.toString();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] marked = new boolean[text.length()];
        boolean any = false;
        for (String phrase : phrases) {
            String p = phrase.strip().toLowerCase(Locale.ROOT);
            if (p.length() < 2) {
                continue;
            }
            for (int at = lower.indexOf(p); at >= 0; at = lower.indexOf(p, at + 1)) {
                int end = at + p.length();
                boolean whole = (at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1)))
                        && (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end)));
                if (whole && lower.length() == text.length()) {
                    for (int k = at; k < end; k++) {
                        marked[k] = true;
                    }
                    any = true;
                }
            }
        }
        if (!any) {
            return line;
        }
        AttributedStringBuilder out = new AttributedStringBuilder();
        for (int k = 0; k < text.length(); k++) {
            out.style(marked[k] ? style : line.styleAt(k)).append(text.charAt(k));
        }
        return out.toAttributedString();
    }
}
