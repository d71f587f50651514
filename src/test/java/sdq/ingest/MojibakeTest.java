package sdq.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");

    /** UTF-8 bytes of the text read as another charset: what a wrong code page makes of it. */
    static String garble(String text, Charset as) {
        return new String(text.getBytes(StandardCharsets.UTF_8), as);
    }

    /** The same through Windows-1252, where the five bytes it leaves undefined are dropped. */
    static String garbleLosingBytes(String text) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int v = b & 0xFF;
            if (v != 0x81 && v != 0x8D && v != 0x8F && v != 0x90 && v != 0x9D) {
                kept.write(b);
            }
        }
        return new String(kept.toByteArray(), CP1252);
    }

    @Test
    void windows1252MojibakeIsRepaired() {
        assertThat(garble("it’s — “quoted” … 🔴 café", CP1252)).isEqualTo("itâ€™s â€” â€œquotedâ€\ufffd â€¦ ðŸ”´ cafÃ©");
        Mojibake.Repair repair = Mojibake.repair(garble("it’s — “quoted” … 🔴 café", CP1252));
        assertThat(repair.text()).isEqualTo("it’s — “quoted” … 🔴 café");
        assertThat(repair.repaired()).isEqualTo(7);
    }

    @Test
    void macRomanMojibakeIsRepaired() {
        assertThat(garble("— → 🔴 🏢 ≥", MAC_ROMAN)).isEqualTo("‚Äî ‚Üí \uf8ffüî¥ \uf8ffüè¢ ‚â•");
        assertThat(Mojibake.repair("‚Äî ‚Üí \uf8ffüî¥ \uf8ffüè¢ ‚â•").text()).isEqualTo("— → 🔴 🏢 ≥");
    }

    @Test
    void sequencesThatLostAByteAreCompleted() {
        String original = "Architecture 🏗️ and settings ⚙️ and questions ❓";
        String garbled = garbleLosingBytes(original);
        assertThat(garbled).isEqualTo("Architecture ðŸ—ï¸ and settings âš™ï¸ and questions â“");
        assertThat(Mojibake.repair(garbled).text()).isEqualTo(original);
    }

    @Test
    void aLoneTwoByteLookalikeInCorrectTextStays() {
        assertThat(Mojibake.repair("«Å» once").text()).isEqualTo("«Å» once");
        assertThat(Mojibake.repair("Ã© alone").text()).isEqualTo("Ã© alone");
        assertThat(Mojibake.repair("cafÃ© and crÃ¨me").text()).isEqualTo("café and crème");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "São Paulo, Ã Lisboa, NÃO", "pâte, crème brûlée, naïve, façade", "“École” et «Ça va» — très bien",
        "Zürich, Ölfeld, Ärger", "¿Qué? ¡Hola! 50 € ±2 °C ½ © ® ™", "Ærø, Øresund, Å", "coöperate — “naïve”",
        "Â votre santé", "Ça—à", "Ça été", "100 µs ≤ 2 ms", "résumé “déjà vu”"})
    void correctTextIsLeftAlone(String text) {
        assertThat(Mojibake.repair(text).text()).isEqualTo(text);
        assertThat(Mojibake.repair(text).repaired()).isZero();
    }
}
