package sdq.ingest.cards;

import java.util.regex.Pattern;
import sdq.ingest.doc.Inline;

/** A question's text as a card shows it: without the emoji and symbols that decorate it in notes ("❓ Why ...? 🤔"). */
final class Questions {
    private static final Pattern LEADING = Pattern.compile("^(?:[[[\\p{So}\\p{Sk}]&&[^\\x00-\\x7F]]\\uFE0F\\u200D\\u20E3]+\\s*)+");
    private static final Pattern TRAILING = Pattern.compile("(?<=\\S)\\s+(?:[[[\\p{So}\\p{Sk}]&&[^\\x00-\\x7F]]\\uFE0F\\u200D]+\\s*)+$");

    /** Words a speaker acknowledges with before asking ("Okay.", "Hm, okay.", "Great!"): no part of the question. */
    private static final String ACK = "(?:ok(?:ay)?|hm+|mm+|uh+|um+|ah|oh|right|great|good|nice|cool|alright|all right"
            + "|sure|perfect|got it|i see|thanks|thank you|interesting|yeah|yes|fair enough|makes sense)";
    private static final Pattern ACKNOWLEDGED = Pattern.compile("(?i)^(?:" + ACK + "(?:,\\s*|\\s+))*" + ACK
            + "\\s*[.!]+\\s+(?=\\S)");
    /**
     * What a speaker asks about the conversation itself, not about the subject: "Can you repeat
     * that?", "Any questions for me?", "Does that make sense?". No card.
     */
    private static final Pattern ASIDE = Pattern.compile("(?i)(?:sorry,? |okay,? |so,? )?(?:(?:can|could|would) you"
            + " (?:please )?(?:repeat|say) (?:(?:that|this|it)(?: last (?:bit|part|point))?|the last (?:bit|part|point|sentence))"
            + "(?: again)?(?:,? please)?"
            + "|(?:do you have )?any (?:other |more |final )?questions for (?:me|us)|does that (?:make sense|sound good)"
            + "(?: so far)?|(?:is|does) that (?:ok|okay|clear)(?: so far)?|can you (?:hear|see) (?:me|my screen)"
            + "|are you ready|(?:shall|should|can) we (?:start|begin|get started|move on|wrap up))\\s*[?？]");

    private Questions() {
    }

    /** A speaker's question without the acknowledgements before it: "Okay. How many users?" is "How many users?". */
    static String withoutAcknowledgement(String question) {
        String t = question;
        // Only the start is looked at: a line of thousands of "ok, " would take the regex too deep.
        for (java.util.regex.Matcher m = ACKNOWLEDGED.matcher(t).region(0, Math.min(t.length(), 120)); m.find();
                m = ACKNOWLEDGED.matcher(t).region(0, Math.min(t.length(), 120))) {
            t = t.substring(m.end());
        }
        return t;
    }

    /**
     * Whether a speaker's question is about the conversation ("Can you repeat that?", "We're at
     * time. Any questions for me?"), not the subject: its last sentence is all aside.
     */
    static boolean isAside(String question) {
        String t = question.strip();
        int start = 0;
        for (int k = t.length() - 2; k > 0; k--) {
            char c = t.charAt(k);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(t.charAt(k + 1))) {
                start = k + 1;
                break;
            }
        }
        return ASIDE.matcher(t.substring(start).strip()).matches();
    }

    /** An emoji or a symbol outside ASCII (a backtick or a caret is Markdown, not decoration). */
    private static boolean symbol(int c) {
        if (c < 0x80) {
            return false;
        }
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
        int mark = Asking.firstQuestionMark(t);
        java.util.regex.Matcher trailing = TRAILING_LINK.matcher(t);
        // A link after the question mark: none without a mark, or without a ')'.
        if (mark >= 0 && t.indexOf(')') > mark && trailing.find(mark + 1) && !trailing.group(2).startsWith("#")) {
            return java.util.Optional.of(new String[] {t.substring(0, trailing.start()).strip(), trailing.group(1).strip(),
                trailing.group(2)});
        }
        return java.util.Optional.empty();
    }

    /** A number before a question: "12.", "3)", "(6)", "#5:", "7 —", "Q.3", "Q4 -", "Q12". */
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\(\\d{1,3}\\)|\\\\?#?\\d{1,3}(?:\\.\\d{1,3})*\\s*\\\\?"
            + "(?:[.):]|\\s[-–—])|q\\s*\\.?\\s*#?\\d{1,3}\\s*(?:[.):]|\\s[-–—])?)\\s+(?=\\S)", Pattern.CASE_INSENSITIVE);
    /** A tag after a question's number: "[Easy]", "`[Medium]`", "(Hard)", "#caching", "`#caching`". */
    private static final Pattern TAG = Pattern.compile("^(?:`?\\[[\\p{L}\\p{N} /+-]{1,20}\\]`?|\\((?:easy|medium|hard)\\)"
            + "|`?#[\\p{L}][\\p{L}\\p{N}_/-]*`?)\\s+(?=\\S)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A tag before a question with no number: a difficulty ("[Easy]"), a hashtag, a tag in code. */
    private static final Pattern KNOWN_TAG = Pattern.compile("^(?:\\[(?:easy|medium|hard|beginner|intermediate|advanced"
            + "|basic|expert)\\]|\\((?:easy|medium|hard)\\)|`\\[[^`\\]]{1,20}\\]`|`?#[\\p{L}][\\p{L}\\p{N}_/-]*`?)\\s+(?=\\S)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Tags at the end of a question: "What is a TTL? #caching #redis". */
    private static final Pattern TRAILING_TAGS = Pattern.compile("(?<=\\S)(?:\\s+\\\\?#[\\p{L}][\\p{L}\\p{N}_/-]*)+\\s*$");

    /**
     * A question as a card shows it: without the emoji that decorate it, the number or label
     * before it ("Q12 [Hard]", "9. Q:", "(6)"), tags before or after it, and wrapping bold.
     */
    static String clean(String markdown) {
        String t = markdown.strip();
        String before;
        do {
            before = t;
            t = Inline.unwrapStrong(withoutDecoration(t));
            java.util.regex.Matcher number = NUMBERING.matcher(t);
            boolean numbered = number.find();
            if (numbered) {
                t = t.substring(number.end());
            }
            java.util.Optional<Labels.Label> label = Labels.of(t).filter(l -> l.role() == Labels.Role.QUESTION
                    && !l.rest().isBlank());
            if (label.isPresent()) {
                t = label.get().rest();
            }
            Pattern tags = numbered || label.isPresent() ? TAG : KNOWN_TAG;
            java.util.regex.Matcher tag = tags.matcher(t);
            while (tag.find()) {
                t = t.substring(tag.end());
                tag = tags.matcher(t);
            }
        } while (!t.equals(before) && !t.isBlank());
        if (t.isBlank()) {
            return markdown.strip();
        }
        if (t.lastIndexOf('#') > 0) {
            String untagged = TRAILING_TAGS.matcher(t).replaceFirst("");
            t = untagged.isBlank() ? t : Inline.unwrapStrong(untagged.strip());
        }
        return t;
    }

    /** The text without the emoji or symbols before it ("💡 **A:** ..." -> "**A:** ..."). */
    static String withoutLeadingDecoration(String markdown) {
        if (markdown.isEmpty() || !symbol(markdown.codePointAt(0))) {
            return markdown;
        }
        String bare = LEADING.matcher(markdown).replaceFirst("");
        return bare.isEmpty() ? markdown : bare;
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
