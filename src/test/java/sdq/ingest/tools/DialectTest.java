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

    @Test
    void exactlyTheToolsTheTextShows() {
        assertThat(Dialect.of("")).isEmpty();
        assertThat(Dialect.of("Plain prose.\nMore prose.\n")).isEmpty();
        assertThat(Dialect.of("One CDN::An edge cache.\n")).isEmpty();
        assertThat(Dialect.of("A CDN::An edge cache.\nA TTL:::Lifetime.\n")).containsExactly(Dialect.OBSIDIAN_SR);
        assertThat(Dialect.of("x <!--SR:!2026-01-01,1,250-->\n")).containsExactly(Dialect.OBSIDIAN_SR);
        assertThat(Dialect.of("```\n#flashcards\n```\n")).isEmpty();
        assertThat(Dialect.of("Use `#flashcards` to tag.\n")).isEmpty();
        assertThat(Dialect.of("TCP >> reliable stream\n")).isEmpty();
        assertThat(Dialect.of("Parts of a URL >>>\n  scheme\nPorts ;; numbers\n")).containsExactly(Dialect.REMNOTE);
        assertThat(Dialect.of("A >> b\nC << d\n")).containsExactly(Dialect.REMNOTE);
        assertThat(Dialect.of("A <> b\nC ;; d\n")).containsExactly(Dialect.REMNOTE);
        assertThat(Dialect.of("a>>b\nc>>d\n")).isEmpty();
    }

    @Test
    void aSeparatorNeedsTextAboveAndBelow() {
        assertThat(Dialect.of("?\nAnswer.\n")).isEmpty();
        assertThat(Dialect.of("Question?\n??\n")).isEmpty();
        assertThat(Dialect.of("Question?\n??\n\n")).isEmpty();
        assertThat(Dialect.of("Fanout\n??\nChildren per page.\n")).containsExactly(Dialect.OBSIDIAN_SR);
        assertThat(Dialect.of("```\nq\n?\na\n```\n")).isEmpty();
    }

    @Test
    void frontMatterTagsTellObsidian() {
        assertThat(Dialect.of("---\ntags: [flashcards, db]\n---\n# Notes\n")).containsExactly(Dialect.OBSIDIAN_SR);
        assertThat(Dialect.of("---\ntags:\n  - flashcards\n---\n")).containsExactly(Dialect.OBSIDIAN_SR);
        assertThat(Dialect.of("---\ntags: [db]\n---\ntags: flashcards\n")).isEmpty();
        assertThat(Dialect.of("---\ntags: flashcards\n")).isEmpty();
        assertThat(Dialect.of("tags: flashcards\n---\n")).isEmpty();
    }

    @Test
    void logseqNeedsACardTagAndMostlyOutlineLines() {
        assertThat(Dialect.of("- q #card\n- a\nprose\n")).containsExactly(Dialect.LOGSEQ);
        assertThat(Dialect.of("- q #card\nprose\nprose\nprose\n")).isEmpty();
        assertThat(Dialect.of("- tags:: card, db\n- q\n")).containsExactly(Dialect.LOGSEQ);
        assertThat(Dialect.of("- q #cards\n- a\n")).isEmpty();
        assertThat(Dialect.of("Is it a #flashcard\n")).containsExactly(Dialect.NEURACACHE);
    }

    @Test
    void aSingleLineCardHasTextOnBothSidesOfItsSeparator() {
        assertThat(Dialect.isSingleLineCard("CDN::Edge cache")).isTrue();
        assertThat(Dialect.isSingleLineCard("CDN:::Edge cache")).isTrue();
        assertThat(Dialect.isSingleLineCard("CDN::::Edge cache")).isFalse();
        assertThat(Dialect.isSingleLineCard("::Edge cache")).isFalse();
        assertThat(Dialect.isSingleLineCard("CDN::")).isFalse();
        assertThat(Dialect.isSingleLineCard("CDN:::")).isFalse();
        assertThat(Dialect.isSingleLineCard("CDN::: ")).isFalse();
        assertThat(Dialect.isSingleLineCard("   ::Edge")).isFalse();
        assertThat(Dialect.isSingleLineCard("C::E")).isTrue();
        assertThat(Dialect.isSingleLineCard("no separator")).isFalse();
    }

    @Test
    void aDoubleColonBetweenNamesIsCodeUnlessTheRightSideLooksLikeAnAnswer() {
        assertThat(Dialect.separates("std::vector", 3, 2)).isFalse();
        assertThat(Dialect.separates("my_ns::_x", 5, 2)).isFalse();
        assertThat(Dialect.separates("Foo::Bar::baz", 3, 2)).isFalse();
        assertThat(Dialect.separates("Foo::Bar()", 3, 2)).isFalse();
        assertThat(Dialect.separates("Foo::Bar<T>", 3, 2)).isFalse();
        assertThat(Dialect.separates("Foo::Bar", 3, 2)).isTrue();
        assertThat(Dialect.separates("account::100", 7, 2)).isTrue();
        assertThat(Dialect.separates("1st::thing", 3, 2)).isTrue();
        assertThat(Dialect.separates("What is it? ::yes", 12, 2)).isTrue();
        assertThat(Dialect.separates("CDN:: edge", 3, 2)).isTrue();
        assertThat(Dialect.separates("CDN:::edge", 3, 3)).isFalse();
        assertThat(Dialect.separates("CDN:::Edge", 3, 3)).isTrue();
    }
}
