package sdq.ingest.cards;

import java.util.regex.Pattern;

/** A question's text as a card shows it: without the emoji and symbols that decorate it in notes ("❓ Why ...? 🤔"). */
final class Questions {
    private static final Pattern LEADING = Pattern.compile("^(?:[\\p{So}\\p{Sk}\\uFE0F\\u200D\\u20E3]+\\s*)+");
    private static final Pattern TRAILING = Pattern.compile("(?<=\\S)\\s+(?:[\\p{So}\\p{Sk}\\uFE0F\\u200D]+\\s*)+$");

    private Questions() {
    }

    private static boolean symbol(int c) {
        int type = Character.getType(c);
        return type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL || c == 0xFE0F || c == 0x200D
                || c == 0x20E3 || Character.isSurrogate((char) c);
    }

    private static final Pattern LINK = Pattern.compile("^\\[([^\\]]+)\\]\\(([^)\\s]+(?:\\([^)\\s]*\\)[^)\\s]*)*)\\)$");

    private static final Pattern TRAILING_LINK = Pattern.compile("(?<=[?？])\\s*\\[([^\\]]+)\\]\\(([^)\\s]+)\\)\\s*$");

    /**
     * A question that is all one link to elsewhere, or that ends with one after its question
     * mark: the question without it, the link's text and the address. A link to a place in the
     * page is none.
     */
    static java.util.Optional<String[]> link(String markdown) {
        String t = markdown.strip();
        java.util.regex.Matcher m = LINK.matcher(t);
        if (m.matches() && !m.group(2).startsWith("#")) {
            return java.util.Optional.of(new String[] {m.group(1).strip(), m.group(1).strip(), m.group(2)});
        }
        java.util.regex.Matcher trailing = TRAILING_LINK.matcher(t);
        if (trailing.find() && !trailing.group(2).startsWith("#")) {
            return java.util.Optional.of(new String[] {t.substring(0, trailing.start()).strip(), trailing.group(1).strip(),
                trailing.group(2)});
        }
        return java.util.Optional.empty();
    }

    static String withoutDecoration(String markdown) {
        String t = markdown.strip();
        if (t.isEmpty() || !symbol(t.codePointAt(0)) && !symbol(t.codePointBefore(t.length()))) {
            return t;
        }
        String bare = LEADING.matcher(t).replaceFirst("");
        bare = TRAILING.matcher(bare).replaceFirst("");
        return bare.isEmpty() ? t : bare;
    }
}
