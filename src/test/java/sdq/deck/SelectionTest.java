package sdq.deck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SelectionTest {
    private static Card card(String id, String... topics) {
        return new Card(new CardId(id), "Question " + id + "?", "Answer " + id, List.of(topics));
    }

    private static final Deck CACHE = new Deck("cache-notes", "Cache notes", java.util.Optional.empty(),
            List.of(card("c-1", "caching"), card("c-2", "caching", "databases"), card("c-3", "sharding")));
    private static final Deck DB = new Deck("db-notes", "DB notes", java.util.Optional.empty(),
            List.of(card("d-1", "databases"), card("d-2")));

    private static List<String> ids(List<DeckCard> cards) {
        return cards.stream().map(c -> c.id().value()).toList();
    }

    @Test
    void noSelectionGivesEveryCardInDeckOrder() {
        assertThat(ids(Selection.all().apply(List.of(CACHE, DB)))).containsExactly("c-1", "c-2", "c-3", "d-1", "d-2");
    }

    @Test
    void topicsAreUnitedAndMatchedLoosely() {
        Selection s = new Selection(List.of("Cache", "shards"), List.of(), OptionalInt.empty());
        assertThat(ids(s.apply(List.of(CACHE, DB)))).containsExactly("c-1", "c-2", "c-3");
    }

    @Test
    void deckAndTopicNarrowTogether() {
        Selection s = new Selection(List.of("databases"), List.of("db-notes"), OptionalInt.empty());
        assertThat(ids(s.apply(List.of(CACHE, DB)))).containsExactly("d-1");
    }

    @Test
    void aUniqueStartOfADeckNameIsEnough() {
        Selection s = new Selection(List.of(), List.of("db"), OptionalInt.empty());
        assertThat(ids(s.apply(List.of(CACHE, DB)))).containsExactly("d-1", "d-2");
    }

    @Test
    void limitKeepsTheFirstCards() {
        Selection s = new Selection(List.of(), List.of(), OptionalInt.of(2));
        assertThat(ids(s.apply(List.of(CACHE, DB)))).containsExactly("c-1", "c-2");
    }

    @Test
    void anUnknownTopicNamesTheCloseMatches() {
        Selection s = new Selection(List.of("cachng"), List.of(), OptionalInt.empty());
        assertThatThrownBy(() -> s.apply(List.of(CACHE, DB)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("No topic matches 'cachng'. Did you mean caching?");
    }

    @Test
    void aTopicStartThatFitsSeveralListsThemAll() {
        Deck more = new Deck("more", "More", java.util.Optional.empty(),
                List.of(card("m-1", "replication"), card("m-2", "reliability"), card("m-3", "real-time")));
        Selection s = new Selection(List.of("re"), List.of(), OptionalInt.empty());
        assertThatThrownBy(() -> s.apply(List.of(CACHE, more))).isInstanceOf(InvalidInputException.class)
                .hasMessage("'re' matches 3 topics: real-time, reliability, replication. Give more of the name, or"
                        + " --topic once for each.");
        assertThat(ids(new Selection(List.of("rel"), List.of(), OptionalInt.empty()).apply(List.of(more))))
                .containsExactly("m-2");
    }

    @Test
    void anUnknownTopicWithNothingCloseSaysHowToListThem() {
        Selection s = new Selection(List.of("kubernetes"), List.of(), OptionalInt.empty());
        assertThatThrownBy(() -> s.apply(List.of(CACHE, DB)))
                .hasMessage("No topic matches 'kubernetes'. Run 'sdq topics' to see all 3 topics.");
    }

    @Test
    void anUnknownDeckListsTheDecks() {
        Selection s = new Selection(List.of(), List.of("networking"), OptionalInt.empty());
        assertThatThrownBy(() -> s.apply(List.of(CACHE, DB)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("No deck matches 'networking'. Did you mean one of: cache-notes, db-notes?");
    }

    @Test
    void aNegativeLimitIsRefused() {
        assertThatThrownBy(() -> new Selection(List.of(), List.of(), OptionalInt.of(-1)))
                .isInstanceOf(InvalidInputException.class);
    }
}
