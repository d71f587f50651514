package sdq.store;

import java.util.Arrays;
import java.util.Map;
import sdq.deck.CardId;
import sdq.schedule.Fsrs;
import sdq.schedule.FsrsCard;

/**
 * The replay of the review log through FSRS (a reset starts a card afresh, an undo takes its
 * review back), from the start or from the states a {@link FsrsCache} copy held, keeping each
 * card's state by its place in the pass rather than in a map: a million reviews of a hundred
 * thousand cards look a state up a million times.
 */
final class FsrsReplay implements LogReviews.Visitor {
    private final Fsrs fsrs;
    /** The states before the first entry replayed. */
    private final Map<CardId, FsrsCard> start;
    private FsrsCard[] states = new FsrsCard[1024];
    /** By card index: the card, once the pass has met it (its state then in {@code states}, null for new). */
    private CardId[] ids = new CardId[1024];
    private boolean missedUndo;
    /** The recent reviews, a ring: the hash of each one's id and the state it found. */
    private final long[] recentIds = new long[FsrsStates.undoMemory()];
    private final FsrsCard[] recentBefore = new FsrsCard[FsrsStates.undoMemory()];
    private long reviews;

    FsrsReplay(Fsrs fsrs, Map<CardId, FsrsCard> start) {
        this.fsrs = fsrs;
        this.start = start;
    }

    /** How many reviews were replayed. */
    long reviews() {
        return reviews;
    }

    /** Whether an undo named a review this replay had not seen (one before where it started, or long before). */
    boolean missedUndo() {
        return missedUndo;
    }

    /** Makes room for the card at {@code index} and takes its state from the start when the pass first meets it. */
    private void meet(int index, CardId card) {
        room(index);
        if (ids[index] == null) {
            ids[index] = card;
            states[index] = start.get(card);
        }
    }

    @Override
    public void review(LogReviews.Current review) {
        int card = review.cardIndex();
        meet(card, review.card());
        FsrsCard was = states[card] == null ? FsrsCard.NEW : states[card];
        int slot = (int) (reviews++ % recentIds.length);
        recentIds[slot] = review.idHash();
        recentBefore[slot] = was;
        states[card] = fsrs.review(was, review.grade(), review.at(), FsrsStates.seed(review.card(), was.reps()));
    }

    @Override
    public void entry(LogEntry entry, int cardIndex) {
        if (entry instanceof LogEntry.Undone u) {
            long h = LogReviews.hash(u.undoneId());
            long oldest = Math.max(0, reviews - recentIds.length);
            for (long k = reviews - 1; k >= oldest; k--) {
                int slot = (int) (k % recentIds.length);
                if (recentBefore[slot] != null && recentIds[slot] == h) {
                    meet(cardIndex, entry.card());
                    states[cardIndex] = recentBefore[slot];
                    recentBefore[slot] = null; // an undo takes a review back once
                    return;
                }
            }
            missedUndo = true;
        } else if (entry instanceof LogEntry.Reset) {
            meet(cardIndex, entry.card());
            states[cardIndex] = null;
        }
    }

    /** Puts each card's state after the replay into {@code cards}. */
    void into(Map<CardId, FsrsCard> cards) {
        cards.putAll(start);
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] != null && states[i] != null) {
                cards.put(ids[i], states[i]);
            } else if (ids[i] != null) {
                cards.remove(ids[i]);
            }
        }
    }

    private void room(int card) {
        if (card >= states.length) {
            int size = Math.max(card + 1, states.length * 2);
            states = Arrays.copyOf(states, size);
            ids = Arrays.copyOf(ids, size);
        }
    }
}
