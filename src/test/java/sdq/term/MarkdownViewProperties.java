package sdq.term;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class MarkdownViewProperties {
    @Property(tries = 300)
    void anyTextRendersWithinTheWidthAndWithoutForeignEscapes(@ForAll("markdown") String text,
                                                              @ForAll @IntRange(min = 20, max = 120) int width) {
        for (String line : new MarkdownView(new Styles(true)).renderLines(text, width)) {
            String visible = line.replaceAll("\u001b\\[[0-9;]*m", "");
            assertThat(visible).doesNotContain("\u001b");
            assertThat(Wrap.width(visible)).isLessThanOrEqualTo(width);
        }
    }

    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.oneOf(
                Arbitraries.of("# ", "## ", "- ", "* ", "1. ", "> ", "```\n", "    ", "| a | b |\n|---|---|\n| ",
                        "**", "*", "`", "\n", "\n\n", " ", "\t", "\u001b[31m", "\u009b", "\u202e", "<details>",
                        "</summary>", "🔴", "日本語", "---\n", "[link](http://x.y)", "averyveryverylongwordwithoutanybreak"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12))
                .list().ofMaxSize(40).map(list -> String.join("", list));
    }

    /** The quick white-space collapse gives what the regular expression and strip give. */
    @Property(tries = 1000)
    void oneSpacedIsTheRegularExpressionsCollapse(@ForAll("spaced") String text) {
        assertThat(MarkdownView.oneSpaced(text)).isEqualTo(text.replaceAll("\\s+", " ").strip());
    }

    @Provide
    Arbitrary<String> spaced() {
        return Arbitraries.strings().withChars("ab .\t\n\r\u000b\f\u3000\u00a0\u1680").ofMaxLength(12);
    }

    /** Printable ASCII comes back as it is; the quick path changes nothing the full one would. */
    @Property(tries = 500)
    void cleanLeavesPrintableAsciiAlone(@ForAll("ascii") String text) {
        assertThat(SafeText.clean(text)).isSameAs(text);
        assertThat(SafeText.isSafe(text)).isTrue();
    }

    @Provide
    Arbitrary<String> ascii() {
        return Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40);
    }
}
