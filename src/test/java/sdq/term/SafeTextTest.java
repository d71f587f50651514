package sdq.term;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {
    @Test
    void escapeSequencesBecomeVisible() {
        assertThat(SafeText.clean("red \u001b[31mtext\u001b[0m")).isEqualTo("red \u241b[31mtext\u241b[0m");
        assertThat(SafeText.clean("\u001b]0;owned\u0007")).isEqualTo("\u241b]0;owned\u2407");
    }

    @Test
    void c1ControlsAndBidiOverridesAreNamed() {
        assertThat(SafeText.clean("a\u009b31mb")).isEqualTo("a<U+009B>31mb");
        assertThat(SafeText.clean("abc\u202edef\u2066")).isEqualTo("abc<U+202E>def<U+2066>");
        assertThat(SafeText.clean("x\u007fy")).isEqualTo("x\u2421y");
    }

    @Test
    void lineBreaksAreNormalisedAndTabsExpanded() {
        assertThat(SafeText.clean("a\r\nb\rc\n")).isEqualTo("a\nb\nc\n");
        assertThat(SafeText.clean("ab\tc\n\td")).isEqualTo("ab  c\n    d");
    }

    @Test
    void ordinaryTextIsUntouched() {
        String text = "Café — naïve 日本語 🔴 “quotes” • bullet";
        assertThat(SafeText.clean(text)).isEqualTo(text);
    }
}
