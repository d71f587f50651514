package sdq.deck;

import java.util.Objects;

/** A card together with the name of the deck that holds it. */
public record DeckCard(String deck, Card card) {
    public DeckCard {
        Objects.requireNonNull(deck, "deck");
        Objects.requireNonNull(card, "card");
    }

    public CardId id() {
        return card.id();
    }
}
