package sdq.ingest.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DialectTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "Use std::vector for a dense list.\nA std::map is ordered.\nboost::asio::io_context runs it.\n",
            "```cpp\nstd::vector<int> a;\nstd::vector<int> b;\nstd::vector<int> c;\n```\n",
            "Call `a::b` or `c::d` or `e::f` from the shell.\n",
            "Call Vec::new() or HashMap::new() or String::from(x).\n",
            "Scope resolution :: has no spaces around it.\n",
            "- id:: 64f0\n- collapsed:: true\n- title:: Queues\n",
    })
    void aDoubleColonInProseOrCodeIsNoCardSyntax(String text) {
        assertThat(Dialect.of(text)).doesNotContain(Dialect.OBSIDIAN_SR);
    }

    @Test
    void cardLinesTellObsidian() {
        assertThat(Dialect.of("What is a CDN::An edge cache.\nWhat is TTL::Lifetime.\n")).contains(Dialect.OBSIDIAN_SR);
        assertThat(Dialect.of("Buckets per account::100\nObjects per bucket :: no limit\n")).contains(Dialect.OBSIDIAN_SR);
        // With no space around it, "::" before a small letter is code, as in std::vector.
        assertThat(Dialect.of("Objects per bucket::no limit\nKeys per object::one\n")).isEmpty();
        assertThat(Dialect.of("#flashcards\nSome prose.\n")).contains(Dialect.OBSIDIAN_SR);
        assertThat(Dialect.of("What does compaction do?\n?\nMerges files.\n")).contains(Dialect.OBSIDIAN_SR);
        assertThat(Dialect.of("Any questions?\n\n?\n\nNone.\n")).isEmpty();
    }

    @Test
    void cardTagsTellLogseqAndNeuraCache() {
        assertThat(Dialect.of("- What is a queue? #card\n  - A buffer.\n")).contains(Dialect.LOGSEQ);
        assertThat(Dialect.of("- What is a queue? #[[card]]\n  - A buffer.\n")).contains(Dialect.LOGSEQ);
        assertThat(Dialect.of("What is a lease? #flashcard\n\nA lock with a timeout.\n")).contains(Dialect.NEURACACHE);
    }

    @Test
    void remNoteArrowsNeedSeveralLines() {
        assertThat(Dialect.of("TCP >> reliable stream\nUDP >> datagrams\nQUIC >> UDP with streams\n"))
                .contains(Dialect.REMNOTE);
        assertThat(Dialect.of("Shift the result: x >> 2 halves it twice.\n")).doesNotContain(Dialect.REMNOTE);
    }
}
