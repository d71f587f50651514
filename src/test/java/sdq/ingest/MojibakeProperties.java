package sdq.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MojibakeProperties {
    @Property(tries = 300)
    void garbledTextComesBack(@ForAll("notes") String text) {
        assertThat(Mojibake.repair(MojibakeTest.garble(text, Charset.forName("windows-1252"))).text()).isEqualTo(text);
        assertThat(Mojibake.repair(MojibakeTest.garble(text, Charset.forName("x-MacRoman"))).text()).isEqualTo(text);
    }

    @Property(tries = 300)
    void correctTextIsNeverTouched(@ForAll("correct") String text) {
        assertThat(Mojibake.repair(text).text()).isEqualTo(text);
    }

    /**
     * Notes-like text: ASCII words and the punctuation and emoji people paste, with at least one
     * typographic character (a lone garbled "é" alone is indistinguishable from real text).
     */
    @Provide
    Arbitrary<String> notes() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6),
                Arbitraries.of(" ", " ", ", ", ". ", "\n", "’", "“", "”", "—", "–", "…", "→", "≥", "•", "🔴", "🏢",
                        "🚀", "✅", "⚙️", "é", "ü", "ñ", "ç", "日本", "€", "°", "±"))
                .list().ofMaxSize(20).map(l -> "— " + String.join("", l));
    }

    /** Real text in languages with accents, with quotes and dashes right against the words. */
    @Provide
    Arbitrary<String> correct() {
        return Arbitraries.of("São", "Paulo", "NÃO", "pâte", "crème", "brûlée", "naïve", "façade", "École", "Ça",
                "déjà", "à", "été", "Zürich", "Ölfeld", "Ærø", "Øresund", "Å", "¿Qué?", "¡Hola!", "50 €", "°C", "±2",
                "½", "©", "®", "™", "«", "»", "“", "”", "‘", "’", "—", "–", "…", "µs", "≤", "≥", "×", "÷", "Ñandú",
                "ação", "coração", "maçã", "Água", "Âme", "ÿ", "Œuvre", "œil", "Ğ", "ß", "Straße", "“École”",
                "«Ça»", "—à", "CAFÉ…", "„Schön“", "Ñ", "Ç")
                .list().ofMaxSize(12).map(l -> String.join(" ", l));
    }
}
