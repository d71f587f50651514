package sdq.quiz;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import sdq.deck.CardId;
import sdq.deck.DeckCard;
import sdq.schedule.CardState;
import sdq.schedule.Leitner;

/**
 * Which cards {@code sdq list} shows, in what order: the due ones, the new ones, those in one
 * box, those whose question or answer holds a text (in any case); sorted by due date, box or
 * deck, else in deck order.
 *
 * @param due    only cards due today (new cards are due from the start)
 * @param fresh  only cards never reviewed
 * @param box    only cards in this box
 * @param grep   only cards whose question or answer holds this text, ignoring case
 * @param sort   the order
 */
public record CardQuery(boolean due, boolean fresh, OptionalInt box, Optional<String> grep, Sort sort) {
    /** An order of cards. */
    public enum Sort {
        DECK_ORDER, DUE, BOX, DECK
    }

    public static final CardQuery ALL = new CardQuery(false, false, OptionalInt.empty(), Optional.empty(),
            Sort.DECK_ORDER);

    public List<DeckCard> apply(List<DeckCard> cards, Function<CardId, CardState> states, Leitner leitner,
                                LocalDate today) {
        Optional<String> needle = grep.map(g -> g.toLowerCase(Locale.ROOT));
        List<DeckCard> kept = cards.stream().filter(c -> {
            CardState s = states.apply(c.id());
            return (!due || leitner.isDue(s, today)) && (!fresh || s.isNew())
                    && (box.isEmpty() || leitner.boxOf(s) == box.getAsInt())
                    && needle.map(n -> c.card().question().toLowerCase(Locale.ROOT).contains(n)
                            || c.card().answer().toLowerCase(Locale.ROOT).contains(n)).orElse(true);
        }).toList();
        Comparator<DeckCard> order = switch (sort) {
            case DECK_ORDER -> null;
            case DUE -> Comparator.comparing((DeckCard c) -> leitner.due(states.apply(c.id()), today));
            case BOX -> Comparator.comparingInt((DeckCard c) -> leitner.boxOf(states.apply(c.id())));
            case DECK -> Comparator.comparing(DeckCard::deck);
        };
        return order == null ? kept : kept.stream().sorted(order).toList();
    }
}
