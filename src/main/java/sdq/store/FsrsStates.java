package sdq.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import sdq.deck.CardId;
import sdq.schedule.Fsrs;
import sdq.schedule.FsrsCard;

/**
 * Each card's FSRS state, from a replay of the whole review log (a reset starts a card afresh,
 * an undone review is taken back), kept up to date as a session grades. Nothing of it is stored:
 * the log is the truth, so switching schedulers, either way, keeps every review.
 */
final class FsrsStates {
    /** How many recent reviews remember the state they found, for an undo (undos are of this session's last reviews). */
    private static final int UNDO_MEMORY = 100_000;

    private final Fsrs fsrs;
    private final Map<CardId, FsrsCard> cards = new HashMap<>();
    private final Map<String, FsrsCard> before = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, FsrsCard> eldest) {
            return size() > UNDO_MEMORY;
        }
    };

    FsrsStates(Fsrs fsrs) {
        this.fsrs = fsrs;
    }

    /** The states after every entry of the log (a missing log: none). */
    static FsrsStates read(Path log, Fsrs fsrs) throws IOException {
        FsrsStates states = new FsrsStates(fsrs);
        if (java.nio.file.Files.exists(log)) {
            ReviewLog.read(log, 0, states::apply);
        }
        return states;
    }

    Fsrs fsrs() {
        return fsrs;
    }

    FsrsCard card(CardId id) {
        return cards.getOrDefault(id, FsrsCard.NEW);
    }

    /** The seed of the fuzz of a card's next review: the same whenever its history is replayed. */
    static long seed(CardId id, int reps) {
        return id.value().hashCode() * 1_000_003L + reps;
    }

    void apply(LogEntry entry) {
        if (entry instanceof LogEntry.Reviewed r) {
            CardId id = r.review().card();
            FsrsCard was = card(id);
            before.put(r.id(), was);
            cards.put(id, fsrs.review(was, r.review().grade(), r.review().at(), seed(id, was.reps())));
        } else if (entry instanceof LogEntry.Undone u) {
            FsrsCard was = before.remove(u.undoneId());
            if (was != null) {
                cards.put(u.card(), was);
            }
        } else if (entry instanceof LogEntry.Reset x) {
            cards.remove(x.card());
        }
    }
}
