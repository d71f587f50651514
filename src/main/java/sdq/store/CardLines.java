package sdq.store;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sdq.deck.Card;
import sdq.deck.CardId;

/**
 * The line each card of a deck starts on, as the deck cache read them: a line by card, in the
 * deck's order, made a map by id only when one is first asked for (an editor, a message). A
 * quiz start at 100,000 cards asks for none. Read-only.
 */
final class CardLines extends AbstractMap<CardId, Integer> {
    private final List<Card> cards;
    private final int[] lines;
    private volatile Map<CardId, Integer> byId;

    /** {@code lines[i]}: the line of {@code cards.get(i)}; neither changes afterwards. */
    CardLines(List<Card> cards, int[] lines) {
        if (cards.size() != lines.length) {
            throw new IllegalArgumentException(cards.size() + " cards and " + lines.length + " lines");
        }
        this.cards = cards;
        this.lines = lines;
    }

    private Map<CardId, Integer> byId() {
        Map<CardId, Integer> map = byId;
        if (map == null) {
            Map<CardId, Integer> made = new LinkedHashMap<>(Math.max(16, (int) (lines.length / 0.75f) + 1));
            for (int i = 0; i < lines.length; i++) {
                made.putIfAbsent(cards.get(i).id(), lines[i]);
            }
            map = Collections.unmodifiableMap(made);
            byId = map;
        }
        return map;
    }

    @Override
    public Integer get(Object key) {
        return byId().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return byId().containsKey(key);
    }

    @Override
    public int size() {
        return byId().size();
    }

    @Override
    public Set<Entry<CardId, Integer>> entrySet() {
        return byId().entrySet();
    }
}
