package sdq.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import sdq.deck.InvalidInputException;

class DecodedTextTest {
    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8WithAndWithoutBom() {
        byte[] text = "Q1: Why?\r\nAnswer: Because — yes.\r\n".getBytes(StandardCharsets.UTF_8);
        DecodedText plain = DecodedText.of("n.txt", text);
        assertThat(plain.text()).isEqualTo("Q1: Why?\nAnswer: Because — yes.\n");
        assertThat(plain.encoding()).isEqualTo("UTF-8");
        DecodedText bom = DecodedText.of("n.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text));
        assertThat(bom.text()).isEqualTo(plain.text());
        assertThat(bom.encoding()).isEqualTo("UTF-8 (with BOM)");
    }

    @Test
    void utf16WithBomEitherWay() {
        String text = "Q1: Café?\nAnswer: Oui.";
        assertThat(DecodedText.of("n.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                text.getBytes(StandardCharsets.UTF_16LE))).text()).isEqualTo(text);
        assertThat(DecodedText.of("n.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                text.getBytes(StandardCharsets.UTF_16BE))).text()).isEqualTo(text);
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsWindows1252() {
        byte[] bytes = "It’s a café — “fine”.\rNext line".getBytes(Charset.forName("windows-1252"));
        DecodedText d = DecodedText.of("n.txt", bytes);
        assertThat(d.text()).isEqualTo("It’s a café — “fine”.\nNext line");
        assertThat(d.encoding()).isEqualTo("Windows-1252");
    }

    @Test
    void mojibakeIsRepairedAndCounted() {
        DecodedText d = DecodedText.of("n.txt", "hasnâ€™t â€” done".getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo("hasn’t — done");
        assertThat(d.repaired()).isEqualTo(2);
    }

    @Test
    void trailingSpacesAndStrayControlsGo() {
        assertThat(DecodedText.of("n.txt", "a  \nb\u0007c\t\n".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("a\nbc\n");
    }

    @Test
    void aBinaryFileIsBadInputWithItsPlace() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> DecodedText.of("notes/image.png", png))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("notes/image.png:3: is not a text file (a NUL byte at offset 8);"
                        + " sdq imports text: notes, CSV or TSV, Anki text, YAML cards.");
    }
}
