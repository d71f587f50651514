package sdq.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sdq.deck.CardRow;

/** YAML card files from other tools and hand: what is a card file, and exactly which cards it gives. */
class FlashcardYamlTest {
    @Test
    void whatLooksLikeCards() {
        assertThat(FlashcardYaml.startsAsCards("# mine\n\ncards:\n  - q: x\n")).isTrue();
        assertThat(FlashcardYaml.startsAsCards("---\nsdq: 1\n")).isTrue();
        assertThat(FlashcardYaml.startsAsCards("- question: What?\n  answer: That.\n")).isTrue();
        assertThat(FlashcardYaml.startsAsCards("- front: What?\n")).isTrue();
        assertThat(FlashcardYaml.startsAsCards("title: notes\n")).isFalse();
        assertThat(FlashcardYaml.startsAsCards("\n\n")).isFalse();
        assertThat(FlashcardYaml.isCardsInFrontMatter("---\ncards:\n  - q: a\n    a: b\n---\n")).isTrue();
        assertThat(FlashcardYaml.isCardsInFrontMatter("---\ncards:\n  - question: a\n---\n\n")).isTrue();
        assertThat(FlashcardYaml.isCardsInFrontMatter("---\ncards:\n  - front: a\n---\n")).isTrue();
        assertThat(FlashcardYaml.isCardsInFrontMatter("---\ntitle: t\n---\n")).isFalse();
        assertThat(FlashcardYaml.isCardsInFrontMatter("---\ncards:\n  - q: a\n---\n# and notes after\n")).isFalse();
        assertThat(FlashcardYaml.isCardsInFrontMatter("cards:\n  - q: a\n")).isFalse();
        assertThat(FlashcardYaml.isCardsInFrontMatter("---\ncards:\n  - q: a\n")).isFalse();
        assertThat(FlashcardYaml.frontMatter("---\r\nq: x\n---\n")).contains("q: x\n");
    }

    @Test
    void aFileOfCardsGivesEachWithItsFields() {
        FlashcardYaml.Cards cards = FlashcardYaml.read("c.yaml", """
                title: Caching
                deck: caching-deck
                cards:
                  - q: " What is a TTL? "
                    a: A lifetime.
                    id: c-1
                    topics: [caching, ttl]
                    section: Basics
                    parent: c-0
                  - question: Who?
                    answer: Them.
                    topics: caching; ttl
                    unknown: ignored
                  - front: Why?
                    back: Because.
                    parent: "  "
                """);
        assertThat(cards.title()).contains("Caching");
        assertThat(cards.rows()).hasSize(3);
        CardRow first = cards.rows().get(0);
        assertThat(first.question()).isEqualTo("What is a TTL?");
        assertThat(first.answer()).isEqualTo("A lifetime.");
        assertThat(first.id()).contains("c-1");
        assertThat(first.topics()).contains(List.of("caching", "ttl"));
        assertThat(first.deck()).contains("caching-deck");
        assertThat(first.section()).isEqualTo("Basics");
        assertThat(first.parent()).contains("c-0");
        assertThat(first.line()).isEqualTo(4);
        assertThat(cards.rows().get(1).topics()).contains(List.of("caching", "ttl"));
        assertThat(cards.rows().get(2).parent()).isEmpty();
        assertThat(cards.rows().get(2).topics()).isEmpty();
    }

    @Test
    void aDeckFilesCardsWithoutTopicsHaveNoneAndTheDeckNamesTheTitle() {
        FlashcardYaml.Cards cards = FlashcardYaml.read("d.yaml", "sdq: 1\ndeck: my-deck\ncards:\n  - q: a\n    a: b\n");
        assertThat(cards.title()).contains("my-deck");
        assertThat(cards.rows().get(0).topics()).contains(List.of());
        FlashcardYaml.Cards blank = FlashcardYaml.read("d.yaml", "deck: ' '\nquestions:\n  - q: a\n    a: b\n");
        assertThat(blank.rows().get(0).deck()).isEmpty();
        FlashcardYaml.Cards flash = FlashcardYaml.read("d.yaml", "flashcards:\n  - q: a\n    a: b\n");
        assertThat(flash.title()).isEmpty();
        assertThat(flash.rows()).hasSize(1);
    }

    @Test
    void frontMatterCardsCountLinesFromTheTopOfTheFile() {
        FlashcardYaml.Cards cards = FlashcardYaml.read("f.md", "---\ncards:\n  - q: a\n    a: b\n---\n");
        assertThat(cards.rows().get(0).line()).isEqualTo(3);
        FlashcardYaml.Cards list = FlashcardYaml.read("l.yaml", "- q: a\n  a: b\n- q: c\n  a: d\n");
        assertThat(list.rows()).extracting(CardRow::line).containsExactly(1, 3);
    }

    @Test
    void aClozeWithoutAQuestionIsACardForEachGap() {
        FlashcardYaml.Cards cards = FlashcardYaml.read("z.yaml",
                "cards:\n  - cloze: \"{{c1::Redis}} is a {{c2::cache}}\"\n    id: z-1\n");
        assertThat(cards.rows()).hasSize(2);
        assertThat(cards.rows()).allMatch(r -> r.cloze().isPresent());
    }

    @Test
    void badFilesAreOneErrorWithTheirPlace() {
        assertThatThrownBy(() -> FlashcardYaml.read("b.yaml", "title: x\n"))
                .hasMessage("b.yaml:1:1: no list of cards; write `cards:` with entries of `q:` and `a:` (or question/answer)");
        assertThatThrownBy(() -> FlashcardYaml.read("b.yaml", ""))
                .hasMessageStartingWith("b.yaml: no list of cards");
        assertThatThrownBy(() -> FlashcardYaml.read("b.yaml", "cards:\n  - just text\n"))
                .hasMessage("b.yaml:2:5: each card must be a mapping of `q:` and `a:`");
        assertThatThrownBy(() -> FlashcardYaml.read("b.yaml", "cards:\n  - q: a\n"))
                .hasMessageStartingWith("b.yaml:2:5: this card needs both a question");
        assertThatThrownBy(() -> FlashcardYaml.read("b.yaml", "cards:\n  - q: ' '\n    a: b\n"))
                .hasMessageStartingWith("b.yaml:2:5: this card needs both");
        assertThatThrownBy(() -> FlashcardYaml.read("b.yaml", "cards:\n  - q: [a]\n    a: b\n"))
                .hasMessage("b.yaml:2:8: `q` must be text");
        assertThatThrownBy(() -> FlashcardYaml.read("b.yaml", "cards: [\n"))
                .hasMessageStartingWith("b.yaml:2:1: not valid YAML: ");
        // A key given twice: the last stands (here the card then has no answer).
        assertThatThrownBy(() -> FlashcardYaml.read("b.yaml", "cards:\n  - q: a\n    q: b\n"))
                .hasMessageStartingWith("b.yaml:2:5: this card needs both");
        assertThatThrownBy(() -> FlashcardYaml.read("b.yaml", "cards:\n  - q: !x a\n    a: b\n"))
                .hasMessage("b.yaml:2:8: the tag !x means nothing in a card file; remove it");
        assertThat(Optional.empty()).isEmpty();
    }

    @Test
    void theFilesDeckAndVersionCountForEveryCardWhereverTheyStand() {
        FlashcardYaml.Cards cards = FlashcardYaml.read("c.yaml", new java.io.StringReader(
                "cards:\n  - {q: One, a: Yes.}\n  - {q: Two, a: No., tags: [sharding]}\nsdq: 1\ndeck: late\n"));
        assertThat(cards.rows()).extracting(CardRow::deck).containsOnly(Optional.of("late"));
        assertThat(cards.rows()).extracting(CardRow::topics)
                .containsExactly(Optional.of(List.of()), Optional.of(List.of("sharding")));
        assertThat(cards.title()).contains("late");
        FlashcardYaml.Cards loose = FlashcardYaml.read("c.yaml", "- {q: One, a: Yes.}\n");
        assertThat(loose.rows()).extracting(CardRow::topics).containsExactly(Optional.empty());
    }

    @Test
    void aKeyTwiceOrASecondDocumentIsNamedWithItsLine() {
        assertThatThrownBy(() -> FlashcardYaml.read("c.yaml", "title: a\ntitle: b\ncards: []\n"))
                .hasMessage("c.yaml:2:1: not valid YAML: found duplicate key title");
        assertThatThrownBy(() -> FlashcardYaml.read("c.yaml", "cards: [{q: x, a: y}]\n---\ncards: []\n"))
                .hasMessageStartingWith("c.yaml:2:1: not valid YAML: expected a single document");
        assertThatThrownBy(() -> FlashcardYaml.read("c.yaml", "cards: [{q: x, a: y}]\ncards: all\n"))
                .hasMessageStartingWith("c.yaml:2:1: not valid YAML: found duplicate key cards");
    }
}
