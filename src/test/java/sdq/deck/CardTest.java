package sdq.deck;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CardTest {
    @Test
    void aCardNeedsAQuestionAndAnAnswer() {
        assertThatThrownBy(() -> new Card(new CardId("c-1"), " ", "a", List.of()))
                .hasMessageContaining("question is empty");
        assertThatThrownBy(() -> new Card(new CardId("c-1"), "q", "", List.of()))
                .hasMessageContaining("answer is empty");
    }

    @Test
    void topicsMustBeCanonicalAndDistinct() {
        assertThatThrownBy(() -> new Card(new CardId("c-1"), "q", "a", List.of("Load Balancing")))
                .hasMessageContaining("'Load Balancing' is not a topic name");
        assertThatThrownBy(() -> new Card(new CardId("c-1"), "q", "a", List.of("caching", "caching")))
                .hasMessageContaining("topics repeat");
    }

    @Test
    void idsAreShortWords() {
        assertThatThrownBy(() -> new CardId("has space")).hasMessageContaining("not a card id");
        assertThatThrownBy(() -> new CardId("-leading")).hasMessageContaining("not a card id");
        assertThatThrownBy(() -> new CardId("x".repeat(65))).hasMessageContaining("not a card id");
    }

    @Test
    void aDeckRefusesTwoCardsWithOneId() {
        Card a = new Card(new CardId("c-1"), "q1", "a1", List.of());
        Card b = new Card(new CardId("c-1"), "q2", "a2", List.of());
        assertThatThrownBy(() -> new Deck("d", "D", Optional.empty(), List.of(a, b)))
                .hasMessageContaining("card id c-1 is used twice");
    }

    @Test
    void deckNamesAreSafeFileNames() {
        assertThatThrownBy(() -> new Deck("../etc", "x", Optional.empty(), List.of()))
                .hasMessageContaining("not a deck name");
        assertThatThrownBy(() -> new Deck("My Deck", "x", Optional.empty(), List.of()))
                .hasMessageContaining("not a deck name");
    }
}
