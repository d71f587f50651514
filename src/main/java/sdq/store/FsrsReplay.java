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
    /** By card index: its state (none for a new card). */
    private final FsrsColumns states = new FsrsColumns(1024);
    /** By card index: the card, once the pass has met it (its state then in {@code states}; none held for a new card). */
    private CardId[] ids = new CardId[1024];
    private boolean missedUndo;
    /** The recent reviews, a ring: the hash of each one's id and the state it found. */
    private long[] recentIds = new long[1024];
    private final FsrsColumns recentBefore = new FsrsColumns(1024);
    /** How many recent reviews the ring holds once full. */
    private final int undoMemory = FsrsStates.undoMemory();
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
            states.set(index, start.get(card));
        }
    }

    @Override
    public void review(LogReviews.Current review) {
        int card = review.cardIndex();
        meet(card, review.card());
        FsrsCard held = states.get(card);
        FsrsCard was = held == null ? FsrsCard.NEW : held;
        int slot = (int) (reviews++ % undoMemory);
        if (slot == recentIds.length) {
            // The ring grows as the first reviews come (a short log needs little of it), never once it wraps.
            int size = Math.min(undoMemory, slot * 2);
            recentIds = Arrays.copyOf(recentIds, size);
            recentBefore.grow(size);
        }
        recentIds[slot] = review.idHash();
        recentBefore.set(slot, was);
        states.set(card, fsrs.review(was, review.grade(), review.at(), FsrsStates.seed(review.card(), was.reps())));
    }

    @Override
    public void entry(LogEntry entry, int cardIndex) {
        if (entry instanceof LogEntry.Undone u) {
            long h = LogReviews.hash(u.undoneId());
            long oldest = Math.max(0, reviews - undoMemory);
            for (long k = reviews - 1; k >= oldest; k--) {
                int slot = (int) (k % undoMemory);
                if (recentBefore.has(slot) && recentIds[slot] == h) {
                    meet(cardIndex, entry.card());
                    states.set(cardIndex, recentBefore.get(slot));
                    recentBefore.set(slot, null); // an undo takes a review back once
                    return;
                }
            }
            missedUndo = true;
        } else if (entry instanceof LogEntry.Reset) {
            meet(cardIndex, entry.card());
            states.set(cardIndex, null);
        }
    }

    /** Puts each card's state after the replay into {@code cards}. */
    void into(Map<CardId, FsrsCard> cards) {
        cards.putAll(start);
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] != null && states.has(i)) {
                cards.put(ids[i], states.get(i));
            } else if (ids[i] != null) {
                cards.remove(ids[i]);
            }
        }
    }

    private void room(int card) {
        if (card >= ids.length) {
            int size = Math.max(card + 1, ids.length * 2);
            states.grow(size);
            ids = Arrays.copyOf(ids, size);
        }
    }
}
