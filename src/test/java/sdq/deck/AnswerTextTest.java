package sdq.deck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An answer kept as bytes reads as the string it was made from, and is blank exactly when that string is. */
class AnswerTextTest {
    /** The answer's bytes between other bytes, as in a cache entry. */
    private static AnswerText inBuffer(String text) {
        byte[] inner = text.getBytes(StandardCharsets.UTF_8);
        byte[] buffer = new byte[inner.length + 6];
        System.arraycopy("abc".getBytes(StandardCharsets.UTF_8), 0, buffer, 0, 3);
        System.arraycopy(inner, 0, buffer, 3, inner.length);
        System.arraycopy("xyz".getBytes(StandardCharsets.UTF_8), 0, buffer, 3 + inner.length, 3);
        return AnswerText.utf8(buffer, 3, inner.length);
    }

    @Test
    void bytesReadAsTheirText() {
        for (String text : List.of("A **fast** copy.", "Écrire — 書く 🚀\n- two", "", " ")) {
            AnswerText bytes = inBuffer(text);
            assertThat(bytes.text()).isEqualTo(text);
            assertThat(bytes).isEqualTo(AnswerText.of(text)).hasSameHashCodeAs(AnswerText.of(text));
            assertThat(bytes.toString()).isEqualTo(text);
        }
        assertThat(inBuffer("one")).isNotEqualTo(AnswerText.of("two"));
    }

    @Test
    void blankIsAsStringSaysWithOrWithoutDecoding() {
        for (String text : List.of("", " ", "\t\n \r", "\u3000", " \u3000 ", "x", "  x", "\u3000é", "\u00a0")) {
            assertThat(inBuffer(text).isBlank()).as("'%s'", text).isEqualTo(text.isBlank());
            assertThat(AnswerText.of(text).isBlank()).isEqualTo(text.isBlank());
        }
    }

    @Test
    void aCardRefusesABlankAnswerInEitherForm() {
        CardId id = new CardId("c-1");
        assertThatThrownBy(() -> new Card(id, "Q?", inBuffer(" \u3000"), List.of(), "", java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty())).hasMessageContaining("the answer is empty");
        assertThat(new Card(id, "Q?", inBuffer("A."), List.of(), "", java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty())).isEqualTo(new Card(id, "Q?", "A.", List.of()));
    }

    @Test
    void aSliceOutsideTheBufferIsRefused() {
        assertThatThrownBy(() -> AnswerText.utf8(new byte[4], 2, 3)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
