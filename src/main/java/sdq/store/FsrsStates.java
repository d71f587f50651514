package sdq.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;
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
    /** The state of a card the log holds no reviews of, when something else knows it. */
    private java.util.function.Function<CardId, java.util.Optional<FsrsCard>> estimate = id -> java.util.Optional.empty();
    /** The state each recent review found, by {@link LogReviews#hash} of its id. */
    private final Map<Long, FsrsCard> before = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, FsrsCard> eldest) {
            return size() > UNDO_MEMORY;
        }
    };

    FsrsStates(Fsrs fsrs) {
        this.fsrs = fsrs;
    }

    /**
     * The states after every entry of the log in {@code home} (a missing log: none): from the
     * {@link FsrsCache} copy and the entries after it when the copy is of the log's first bytes,
     * else replayed from the start in one quick pass; a long replay leaves a copy for next time.
     */
    static FsrsStates read(Path home, Fsrs fsrs) throws IOException {
        return read(home, fsrs, FsrsCache.WORTH_KEEPING);
    }

    /** As {@link #read(Path, Fsrs)}, a copy left by a replay of {@code worthKeeping} reviews or more. */
    static FsrsStates read(Path home, Fsrs fsrs, long worthKeeping) throws IOException {
        Path log = home.resolve(ReviewLog.NAME);
        FsrsStates states = new FsrsStates(fsrs);
        Optional<FsrsCache.Copy> copy = FsrsCache.read(home, fsrs.parameters());
        CRC32C crc = new CRC32C();
        if (copy.isPresent() && FsrsCache.matches(log, copy.get(), crc)) {
            FsrsReplay replay = new FsrsReplay(fsrs, copy.get().cards());
            LogReviews.Pass pass = LogReviews.read(log, copy.get().logEnd(), crc, replay);
            if (!replay.missedUndo()) {
                replay.into(states.cards);
                if (replay.reviews() >= worthKeeping) {
                    FsrsCache.write(home, fsrs.parameters(), pass.end(), crc.getValue(), states.cards);
                }
                return states;
            }
        }
        // From the start: the checksum too (a copy that missed may have fed it the bytes it was checked against).
        crc.reset();
        FsrsReplay replay = new FsrsReplay(fsrs, Map.of());
        LogReviews.Pass pass = LogReviews.read(log, 0, crc, replay);
        replay.into(states.cards);
        if (replay.reviews() >= worthKeeping) {
            FsrsCache.write(home, fsrs.parameters(), pass.end(), crc.getValue(), states.cards);
        } else if (copy.isPresent()) {
            FsrsCache.remove(home);
        }
        // Only this session's reviews can be undone from now on: the replay's memory of undos is gone.
        return states;
    }

    /** Where the state of a card the log has no reviews of comes from (after the replay). */
    void estimateWith(java.util.function.Function<CardId, java.util.Optional<FsrsCard>> source) {
        this.estimate = source;
    }

    /**
     * An FSRS state from a Leitner one, for a card whose reviews are not in the log: in review,
     * as stable as its box's interval, of middling difficulty, last reviewed and due when Leitner
     * says (at noon UTC, which is that day in every zone within twelve hours of it).
     */
    static FsrsCard fromLeitner(sdq.schedule.CardState s, sdq.schedule.Leitner leitner) {
        java.time.LocalDate last = s.lastReviewed().orElseThrow();
        java.time.LocalDate due = leitner.due(s, last);
        int interval = leitner.interval(s.box());
        return new FsrsCard(FsrsCard.Phase.REVIEW, 0, Math.max(1, interval), 5.0,
                java.util.Optional.of(last.atTime(12, 0).atZone(java.time.ZoneOffset.UTC)),
                java.util.Optional.of(due.atTime(12, 0).atZone(java.time.ZoneOffset.UTC)), interval, s.reviews(),
                s.lapses());
    }

    Fsrs fsrs() {
        return fsrs;
    }

    /** The state of each card the log has reviews of. */
    Map<CardId, FsrsCard> known() {
        return java.util.Collections.unmodifiableMap(cards);
    }

    FsrsCard card(CardId id) {
        FsrsCard known = cards.get(id);
        return known != null ? known : estimate.apply(id).orElse(FsrsCard.NEW);
    }

    /**
     * A card's Leitner state with its due day FSRS's (its box still the one Leitner gave it); the
     * Leitner state as it is for a card new to FSRS (or whose reviews left with a set-aside log).
     */
    sdq.schedule.CardState projected(CardId id, sdq.schedule.CardState leitnerState, sdq.schedule.Leitner leitner) {
        FsrsCard f = card(id);
        if (f.due().isEmpty() || leitnerState.isNew()) {
            return leitnerState;
        }
        java.time.LocalDate due = f.due().get().toLocalDate();
        return new sdq.schedule.CardState(leitnerState.box(),
                Optional.of(due.minusDays(leitner.interval(leitnerState.box()))), leitnerState.introduced(),
                leitnerState.lastReviewed(), leitnerState.reviews(), leitnerState.lapses(), leitnerState.lastGrade());
    }

    /** How likely FSRS predicts the card is recalled at {@code at}; empty for a card it has not seen. */
    java.util.OptionalDouble recall(CardId id, java.time.ZonedDateTime at) {
        FsrsCard f = card(id);
        return f.phase() == FsrsCard.Phase.NEW ? java.util.OptionalDouble.empty()
                : java.util.OptionalDouble.of(fsrs.retrievability(f, at));
    }

    /** How long until the card comes back after each grade given at {@code at}. */
    Map<sdq.schedule.Grade, java.time.Duration> nextIn(CardId id, java.time.ZonedDateTime at) {
        Map<sdq.schedule.Grade, java.time.Duration> out = new java.util.EnumMap<>(sdq.schedule.Grade.class);
        FsrsCard f = card(id);
        fsrs.preview(f, at, seed(id, f.reps())).forEach((g, next) ->
                out.put(g, java.time.Duration.between(at, next.due().orElse(at))));
        return out;
    }

    /** The seed of the fuzz of a card's next review: the same whenever its history is replayed. */
    static long seed(CardId id, int reps) {
        return id.value().hashCode() * 1_000_003L + reps;
    }

    void apply(LogEntry entry) {
        if (entry instanceof LogEntry.Reviewed r) {
            reviewed(LogReviews.hash(r.id()), r.review().card(), r.review().grade(), r.review().at());
        } else if (entry instanceof LogEntry.Undone u) {
            FsrsCard was = before.remove(LogReviews.hash(u.undoneId()));
            if (was != null) {
                cards.put(u.card(), was);
            }
        } else if (entry instanceof LogEntry.Reset x) {
            cards.remove(x.card());
        }
    }

    private void reviewed(long idHash, CardId id, sdq.schedule.Grade grade, java.time.ZonedDateTime at) {
        FsrsCard was = card(id);
        before.put(idHash, was);
        cards.put(id, fsrs.review(was, grade, at, seed(id, was.reps())));
    }

    /** How many recent reviews of a replay remember the state they found, for an undo further on in the log. */
    static int undoMemory() {
        return UNDO_MEMORY;
    }
}
