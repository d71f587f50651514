package sdq.ingest.doc;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The plain text of words without markup: white space as {@link Character#isWhitespace} says. */
class InlineProperties {
    @Property(tries = 2000)
    void whiteSpaceRunsBecomeOneSpace(@ForAll("words") String text) {
        assertThat(Inline.plain(text)).isEqualTo(reference(text));
    }

    /** Each run of what Java calls white space one space, none at the ends: written the plain way. */
    private static String reference(String t) {
        StringBuilder out = new StringBuilder();
        boolean pending = false;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (Character.isWhitespace(c)) {
                pending = out.length() > 0;
                continue;
            }
            if (pending) {
                out.append(' ');
                pending = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Words and every kind of white space and near-white space (no-break spaces are not white space). */
    @Provide
    Arbitrary<String> words() {
        return Arbitraries.oneOf(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(5),
                Arbitraries.of(" ", " ", "  ", "\n", "\t", "\r\n", "\u000B", "\f", "\u001C", "\u001F", "\u0085", "\u00A0",
                        "\u2007", "\u202F", "\u2003", "\u2028", "\u3000", "\u200B", "é", "日本", "!", "."))
                .list().ofMaxSize(16).map(l -> String.join("", l));
    }
}
