package sdq.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Importing any text never throws, always gives well-formed drafts, and gives the same each time. */
class NoteReaderProperties {
    @Property(tries = 300)
    void anyTextReadsAndReadsTheSameTwice(@ForAll("notes") String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ReadNote first = NoteReader.read("n.md", bytes);
        ReadNote second = NoteReader.read("n.md", bytes);
        assertThat(second).isEqualTo(first);
        int lines = DecodedText.of("n.md", bytes).text().split("\n", -1).length;
        for (Draft d : first.drafts()) {
            assertThat(d.question()).isNotBlank();
            assertThat(d.answer()).isNotBlank();
            assertThat(d.line()).isBetween(1, lines);
            assertThat(d.endLine()).isBetween(d.line(), lines);
            d.parent().ifPresent(p -> assertThat(p).isBetween(0, first.drafts().size() - 1));
        }
        for (Skip s : first.skipped()) {
            assertThat(s.line()).isBetween(1, lines);
        }
    }

    @Property(tries = 100)
    void anyBytesAreEitherReadOrRefusedAsBadInput(@ForAll byte[] bytes) {
        try {
            NoteReader.read("n.txt", bytes);
        } catch (sdq.deck.InvalidInputException e) {
            assertThat(e.getMessage()).startsWith("n.txt").contains("not a text file");
        }
    }

    /** Lines in the shapes notes come in, jumbled. */
    @Provide
    Arbitrary<String> notes() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("Q1: What is a cache?", "Answer:", "Model Answer: yes", "## 2. Why shard?",
                        "### Solution", "---", "**Q:** Why?", "**A:** Because.", "Q: x? A: y", "1. Caching",
                        "1. Caching", "- Label: text", "- How so? Like this.", "-", "Scenario 1: X — why?",
                        "<details><summary>Q?</summary>", "</details>", "  • bullet", "    • nested", "| a | b |",
                        "|---|---|", "```", "#", "**Scenario:** s", "**Question:** q?", "\"quoted", "end\"", "",
                        "Documentation Index", "Real-World Example: x", "Q2.", "A:", "Q:", "### ", "> quote",
                        "â€™ ðŸ”´ ‚Äî", "\t\ttabbed", "Heading Line Here"),
                Arbitraries.strings().excludeChars((char) 0).ofMaxLength(30));
        return line.list().ofMaxSize(30).map(l -> String.join("\n", l));
    }
}
