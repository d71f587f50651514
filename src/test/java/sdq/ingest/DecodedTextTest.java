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

    @Test
    void theHeadIsTheFirstBytesAsTextWithoutAByteOrderMark() {
        byte[] utf8 = "ab€cd".getBytes(StandardCharsets.UTF_8);
        assertThat(DecodedText.head(utf8, 100)).isEqualTo("ab€cd");
        assertThat(DecodedText.head(utf8, 2)).isEqualTo("ab");
        assertThat(DecodedText.head(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8), 5)).isEqualTo("ab");
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "héllo".getBytes(StandardCharsets.UTF_16LE));
        assertThat(DecodedText.head(le, 100)).isEqualTo("héllo");
        assertThat(DecodedText.head(le, 7)).isEqualTo("hé");
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "héllo".getBytes(StandardCharsets.UTF_16BE));
        assertThat(DecodedText.head(be, 6)).isEqualTo("hé");
        assertThat(DecodedText.head(new byte[] {(byte) 0xFE, (byte) 0xFF}, 1)).isEmpty();
        assertThat(DecodedText.head(new byte[] {(byte) 0xFE}, 10)).isEqualTo("\uFFFD");
        assertThat(DecodedText.head(new byte[0], 10)).isEmpty();
    }

    @Test
    void manyControlBytesNearTheStartAreNoText() {
        byte[] bytes = new byte[100];
        java.util.Arrays.fill(bytes, (byte) 'a');
        for (int i = 0; i < 11; i++) {
            bytes[i * 9] = 0x01;
        }
        assertThatThrownBy(() -> DecodedText.of("data.bin", bytes)).isInstanceOf(InvalidInputException.class)
                .hasMessage("data.bin: is not a text file (11 control bytes in the first 100); sdq imports text:"
                        + " notes, CSV or TSV, Anki text, YAML cards.");
        // Ten in a hundred bytes, or fewer than eight, are a text with a few stray controls.
        byte[] ten = bytes.clone();
        ten[90] = 'a';
        assertThat(DecodedText.of("a.txt", ten).text()).hasSize(90);
        byte[] seven = "\u0001\u0002\u0003\u0004\u0005\u0006\u0007".getBytes(StandardCharsets.US_ASCII);
        assertThat(DecodedText.of("b.txt", seven).text()).isEmpty();
        // Line breaks, tabs, form feeds and escapes are no such controls.
        byte[] layout = "\n\r\t\f\u001b\n\r\t\f\u001b".getBytes(StandardCharsets.US_ASCII);
        assertThat(DecodedText.of("c.txt", layout).text()).isEqualTo("\n\n\n\u001b\n\n\n\u001b");
    }

    @Test
    void aNulByteOnTheFirstLineIsLineOne() {
        assertThatThrownBy(() -> DecodedText.of("x.txt", new byte[] {'a', 0})).hasMessageStartingWith("x.txt:1: is not a text file"
                + " (a NUL byte at offset 1)");
    }

    @Test
    void lineBreaksOfEveryKindBecomeNewlinesAndSpacesBeforeThemGo() {
        String text = "a \r\nb\t\rc\u2028d\u2029e\u000Bf\ufeffg  ";
        assertThat(DecodedText.of("n.txt", text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("a\nb\nc\nd\ne\nfg");
        String normal = "already\nnormal\ttext\u001b[0m\n";
        assertThat(DecodedText.of("n.txt", normal.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(normal);
    }

    @Test
    void exactTextKeepsSpacesAndControlsAndOnlyChangesLineBreaks() {
        String text = "a,b \r\n\"c\rd\"\t\n";
        assertThat(DecodedText.exact("n.csv", text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("a,b \n\"c\nd\"\t\n");
    }

    @Test
    void windows1252ReadsItsPunctuationAndTheFiveUndefinedBytesAsLatin1() {
        byte[] bytes = {(byte) 0x93, 'q', (byte) 0x94, ' ', (byte) 0x80, ' ', (byte) 0x81, (byte) 0x8D, (byte) 0x8F,
            (byte) 0x90, (byte) 0x9D, ' ', (byte) 0x9F, ' ', (byte) 0xA0, (byte) 0xE9, (byte) 0x7F};
        DecodedText d = DecodedText.of("n.txt", bytes);
        assertThat(d.text()).isEqualTo("\u201Cq\u201D \u20AC \u0081\u008D\u008F\u0090\u009D \u0178 \u00A0\u00E9\u007F");
    }
}
