package sdq.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Importing any text, read as any syntax, never throws, always gives well-formed drafts (a
 * question and an answer, lines within the file), and gives the same each time.
 */
class NoteReaderProperties {
    @Property(tries = 300)
    void anyTextReadsAndReadsTheSameTwice(@ForAll("notes") String text, @ForAll("names") String name) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ReadNote first = NoteReader.read(name, bytes);
        ReadNote second = NoteReader.read(name, bytes);
        assertThat(second).isEqualTo(first);
        int lines = DecodedText.of(name, bytes).text().split("\n", -1).length;
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
    void anyBytesAreEitherReadOrRefusedAsBadInput(@ForAll byte[] bytes, @ForAll("names") String name) {
        try {
            NoteReader.read(name, bytes);
        } catch (sdq.deck.InvalidInputException e) {
            assertThat(e.getMessage()).startsWith(name).contains("not a text file");
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("n.md", "n.txt", "n.org", "n.adoc", "n.rst", "n.html", "n");
    }

    /** Lines in the shapes notes come in, of every syntax, jumbled. */
    @Provide
    Arbitrary<String> notes() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("Q1: What is a cache?", "Answer:", "Model Answer: yes", "## 2. Why shard?",
                        "### Solution", "---", "**Q:** Why?", "**A:** Because.", "Q: x? A: y", "1. Caching",
                        "1. What is lag?", "- Label: text", "- How so? Like this.", "-", "Scenario 1: X — why?",
                        "<details><summary>Q?</summary>", "</details>", "  • bullet", "    • nested", "| a | b |",
                        "|---|---|", "| Question | Answer |", "```", "#", "**Scenario:** s", "**Question:** q?", "\"quoted",
                        "end\"", "", "Documentation Index", "Real-World Example: x", "Q2.", "A:", "Q:", "### ", "> quote",
                        "> [!question] Why?", "â€™ ðŸ”´ ‚Äî", "\t\ttabbed", "Heading Line Here", "* Org heading?",
                        "** Sub heading", "   body text", "#+TITLE: t", ":PROPERTIES:", ":END:", "#+BEGIN_SRC", "#+END_SRC",
                        "= Title", "== Section", "[qanda]", "What is X?::", "+", "----", "Term", ":   definition",
                        "Title", "=====", ".. _label:", ".. code-block:: python", "::", "``lit``", "<h2>Why?</h2>",
                        "<p>Because.</p>", "<ul><li>x</li></ul>", "<dl><dt>T</dt><dd>D</dd></dl>", "@question", "@answer",
                        "Hint: none", "问：什么？", "答：这样。", "~~~", "<!-- c -->", "[link](#x)",
                        // Emails, banners, columns, outlines, footers, prompts (the shapes added 2026-12-06).
                        "From: A <a@b.c>", "Subject: Re: notes", "On Mon, 1 Jan 2024, A wrote:", ">> A: quoted.", "-- ",
                        "Thanks,", "Sam", "--- Feedback ---", "=== Week 2 ===", "TERM        DEFINITION",
                        "----        ----------", "Sharding    Splitting data so", "            each holds a part.",
                        "Replica\tA copy kept elsewhere.", "Topic", "    What is a cache?", "        A fast store;",
                        "        more of it.", "### Scenario: Design a feed", "## Question 1 (Easy)",
                        "| Pattern | When | Pitfall |", "Related articles", "Home   About   Jobs   Privacy", "© 2024 X",
                        "Sources: y", "text. ^id", "> ^id", "Interviewer: Okay. Can you repeat that?", "Me: Sure."),
                Arbitraries.strings().excludeChars((char) 0).ofMaxLength(30));
        return line.list().ofMaxSize(30).map(l -> String.join("\n", l));
    }
}
