package sdq.ingest.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sdq.ingest.doc.Block;

/** Which headings name a glossary, and which lines under one are its terms. */
class GlossaryTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Glossary|true", "Key terms|true", "Networking vocabulary|true",
        "Glossary of caching terms|true", "Cheat sheet|true", "Terms and definitions|true",
        "Key terms (typed on my phone)|true", "**Acronyms:**|true", "Definitions: storage|true",
        "2. Key terms|true", "📖 Glossary|true", "Terms to know|true", "Definitions to memorise|true", "Vocab|true",
        "Terminology used in DDIA|true", "Jargon buster|true", "Abbreviations used|true", "In terms of cost|false",
        "Short-term storage|false", "Long-term|false", "Terms of service|false", "Long-term plans|false",
        "Why these terms matter for interviews today|false", "Caching|false"})
    void aGlossaryHeadingNamesOneAsAWhole(String heading, boolean glossary) {
        assertThat(Glossary.isGlossarySection(heading)).isEqualTo(glossary);
    }

    @Test
    void underAGlossaryAHyphenOrColonSetsOffOnlyAShortTerm() {
        assertThat(Glossary.of(paragraph("CAS: compare-and-swap", "TLB - a cache of page translations"), true))
                .hasValueSatisfying(e -> assertThat(e).extracting(Glossary.Entry::term).containsExactly("CAS", "TLB"));
        assertThat(Glossary.of(paragraph("The trick with these words - and I learned it", "in a sentence out loud - not"),
                true)).isEmpty();
        assertThat(Glossary.of(paragraph("Note: these come from the course.", "Source: the slides."), true)).isEmpty();
        assertThat(Glossary.of(paragraph("Read your own writes consistency - a client sees its writes",
                "Monotonic reads - time never goes backwards"), true)).hasValueSatisfying(e -> assertThat(e).hasSize(2));
    }

    @Test
    void aNoteAmongGlossaryLinesIsNoTermAndAWrappedMeaningJoinsItsLine() {
        List<Glossary.Entry> entries = Glossary.of(paragraph("CAS: compare-and-swap, an atomic",
                "instruction of the CPU", "Note: both come up often.", "TLB: a cache of page translations"), true).orElseThrow();
        assertThat(entries).extracting(Glossary.Entry::term).containsExactly("CAS", "", "TLB");
        assertThat(entries.get(0).meaning()).isEqualTo("compare-and-swap, an atomic instruction of the CPU");
        assertThat(entries.get(1).note()).isTrue();
        assertThat(Glossary.of(paragraph("CAS: compare-and-swap", "TLB: a cache"), false)).isEmpty();
    }

    private static Block.Paragraph paragraph(String... lines) {
        List<Block.Line> out = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            out.add(new Block.Line(i + 1, lines[i]));
        }
        return new Block.Paragraph(out);
    }
}
