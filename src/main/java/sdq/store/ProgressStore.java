package sdq.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sdq.deck.CardId;
import sdq.schedule.CardState;
import sdq.schedule.Grade;
import sdq.schedule.FsrsCard;
import sdq.schedule.Fsrs;
import sdq.schedule.Leitner;
import sdq.schedule.Review;

/**
 * The user's progress: every card's Leitner state, from the snapshot and the review log after it.
 * A store opened for writing holds the state lock until closed; {@link #record} makes a review
 * durable before it returns, at a cost that does not grow with the number of cards.
 */
public final class ProgressStore implements AutoCloseable {
    /** How long a second session waits for the lock before giving up. */
    public static final Duration LOCK_WAIT = Duration.ofSeconds(2);
    private static final long CHECKPOINT_AFTER = 20_000;

    private final Path home;
    private final Leitner leitner;
    private final Map<CardId, CardState> states;
    private final Map<CardId, String> decks;
    private final java.util.Set<CardId> suspended;
    private final List<String> warnings = new ArrayList<>();
    private final Deque<Undo> session = new ArrayDeque<>();
    private long reviews;
    private long logEnd;
    private String lastId;
    private long sinceSnapshot;
    private StateLock lock;
    private ReviewLog.Writer writer;
    private Object logKey;
    private boolean restarted;
    /** Each card's FSRS state when FSRS schedules; null under Leitner. */
    private FsrsStates fsrs;

    private record Undo(Review review, CardState before, String deckBefore) {
    }

    private ProgressStore(Path home, Leitner leitner, Snapshot snapshot) {
        this.home = home;
        this.leitner = leitner;
        this.states = snapshot.states();
        this.decks = snapshot.decks();
        this.suspended = snapshot.suspended();
        this.reviews = snapshot.reviews();
        this.logEnd = snapshot.logEnd();
        this.lastId = snapshot.lastId();
    }

    /** Reads the progress without taking the lock; a missing state directory is no progress yet. */
    public static ProgressStore openReadOnly(Path home, Leitner leitner) {
        return openReadOnly(home, leitner, Optional.empty());
    }

    /**
     * As {@link #openReadOnly(Path, Leitner)}; with {@code fsrs}, FSRS decides when cards are due
     * (each card's state replayed from the whole log), Leitner boxes still kept as before.
     */
    public static ProgressStore openReadOnly(Path home, Leitner leitner, Optional<Fsrs> fsrs) {
        try {
            return withFsrs(load(home, leitner, false, false), fsrs);
        } catch (IOException e) {
            throw new UncheckedIOException(cannotRead(home, e), e);
        }
    }

    /** Takes the lock (waiting up to {@code wait}) and reads the progress, ready to record reviews. */
    public static ProgressStore openForWriting(Path home, Leitner leitner, Duration wait) throws IOException {
        return open(home, leitner, wait, false);
    }

    /** As {@link #openForWriting(Path, Leitner, Duration)}, FSRS deciding when cards are due when given. */
    public static ProgressStore openForWriting(Path home, Leitner leitner, Optional<Fsrs> fsrs, Duration wait)
            throws IOException {
        ProgressStore store = open(home, leitner, wait, false);
        try {
            return withFsrs(store, fsrs);
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static ProgressStore withFsrs(ProgressStore store, Optional<Fsrs> fsrs) throws IOException {
        if (fsrs.isPresent()) {
            store.fsrs = store.restarted ? new FsrsStates(fsrs.get())
                    : FsrsStates.read(store.home, fsrs.get());
            // A card with Leitner progress but no reviews in the log (a log set aside): FSRS starts
            // from what its box says, not from new.
            store.fsrs.estimateWith(id -> {
                CardState s = store.states.get(id);
                return s == null || s.isNew() || s.lastReviewed().isEmpty() ? Optional.empty()
                        : Optional.of(FsrsStates.fromLeitner(s, store.leitner));
            });
        }
        return store;
    }

    private static ProgressStore open(Path home, Leitner leitner, Duration wait, boolean repair) throws IOException {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new IOException("Cannot create the state directory " + home + ": " + reason(e)
                    + ". Choose another with --home DIR or $SDQ_HOME.", e);
        }
        StateLock lock = lock(home, wait);
        try {
            List<String> before = new ArrayList<>();
            Path snapshot = home.resolve(Snapshot.NAME);
            if (repair && Files.exists(snapshot)) {
                before.add("saved the old snapshot as " + StateRecovery.setAside(snapshot, "before-repair", false)
                        .getFileName());
            }
            ProgressStore store = load(home, leitner, true, repair);
            store.warnings.addAll(0, before);
            store.lock = lock;
            store.openWriter();
            if (store.sinceSnapshot > CHECKPOINT_AFTER || repair || store.restarted) {
                store.checkpoint();
            }
            return store;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static StateLock lock(Path home, Duration wait) throws IOException {
        try {
            return StateLock.acquire(home, wait);
        } catch (StateBusyException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException("Cannot lock " + home.resolve(StateLock.NAME) + ": " + reason(e)
                    + ". The state directory must be writable (or choose another with --home DIR).", e);
        }
    }

    private static ProgressStore load(Path home, Leitner leitner, boolean writing, boolean repair) throws IOException {
        Path log = home.resolve(ReviewLog.NAME);
        StateRecovery.Start start = StateRecovery.choose(home, repair);
        Snapshot snapshot = start.snapshot();
        ProgressStore store = new ProgressStore(home, leitner, snapshot);
        store.warnings.addAll(start.notes());
        store.sinceSnapshot = start.notes().isEmpty() ? 0 : 1;
        if (start.restartLog()) {
            store.restarted = true;
            if (writing && Files.exists(log)) {
                Path aside = StateRecovery.setAside(log, "unmatched", true);
                store.warnings.add("the log that did not match was kept as " + aside.getFileName() + ".");
            }
            return store;
        }
        ReviewLog.Scan scan = ReviewLog.read(log, snapshot.logEnd(), store::apply);
        store.logEnd = scan.end();
        if (scan.lastId() != null) {
            store.lastId = scan.lastId();
        }
        store.sinceSnapshot += scan.entries();
        for (String damaged : scan.damaged()) {
            store.warnings.add(log + ": " + damaged + "; it was skipped (see sdq doctor).");
        }
        if (scan.torn() && writing) {
            byte[] all = Files.readAllBytes(log);
            Path kept = StateRecovery.writeAside(log, "torn",
                    java.util.Arrays.copyOfRange(all, (int) Math.min(all.length, scan.end()), all.length));
            try (ReviewLog.Sink sink = ReviewLog.fileSink(log)) {
                sink.truncate(scan.end());
                sink.force();
            }
            store.warnings.add(log + " ended in a partly written entry (" + scan.tornBytes() + " bytes, from an"
                    + " interrupted session); it was set aside in " + kept.getFileName() + ".");
        }
        return store;
    }

    private void openWriter() throws IOException {
        Path log = home.resolve(ReviewLog.NAME);
        try {
            writer = new ReviewLog.Writer(ReviewLog.fileSink(log), logEnd);
            logKey = fileKey(log);
        } catch (IOException e) {
            throw new IOException("Cannot open " + log + " for writing: " + reason(e) + ".", e);
        }
    }

    private static Object fileKey(Path file) {
        try {
            Object key = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            return key == null ? Boolean.TRUE : key;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Makes sure the log being appended to is the one in the state directory: when the directory
     * or the log was removed (or replaced) during the session, appends would go to a file nobody
     * reads. Then the directory is made again, with a snapshot of the whole state and a new log,
     * under a new lock; when that cannot be done, the session stops with the reason.
     */
    private void ensureInPlace() throws IOException {
        Path log = home.resolve(ReviewLog.NAME);
        Object key = fileKey(log);
        if (key != null && (key.equals(logKey) || key == Boolean.TRUE)) {
            return;
        }
        String what = Files.isDirectory(home) ? log + " was removed or replaced" : "the state directory " + home
                + " was removed";
        try {
            Files.createDirectories(home);
            if (!lock.inPlace()) {
                StateLock fresh = lock(home, LOCK_WAIT);
                StateLock old = lock;
                lock = fresh;
                old.close();
            }
            writer.close();
            if (Files.exists(log)) {
                StateRecovery.setAside(log, "unmatched", true);
            }
            logEnd = 0;
            lastId = null;
            openWriter();
            logEnd = writer.end();
            new Snapshot(logEnd, lastId, reviews, states, decks, suspended).write(home);
            sinceSnapshot = 0;
        } catch (IOException e) {
            throw new IOException(what + " during the session, and it cannot be made again: "
                    + reason(e).replaceFirst("\\.$", "") + ". The grades given before are lost unless the directory comes back; check " + home + ".", e);
        }
        warnings.add(what + " during the session; it was made again with the whole progress.");
    }

    /** For tests: records through a sink that may fail like a full disk. */
    void useSink(ReviewLog.Sink sink) throws IOException {
        writer.close();
        writer = new ReviewLog.Writer(sink, logEnd);
    }

    private void apply(LogEntry entry) {
        if (fsrs != null) {
            fsrs.apply(entry);
        }
        if (entry instanceof LogEntry.Reviewed r) {
            Review review = r.review();
            states.put(review.card(), review.applyTo(states.getOrDefault(review.card(), CardState.NEW)));
            decks.put(review.card(), review.deck());
            reviews++;
        } else if (entry instanceof LogEntry.Suspension s) {
            if (s.suspended()) {
                suspended.add(s.card());
            } else {
                suspended.remove(s.card());
            }
        } else if (entry instanceof LogEntry.Reset x) {
            states.remove(x.card());
        } else if (entry instanceof LogEntry.Undone u) {
            if (u.restored().isNew()) {
                states.remove(u.card());
            } else {
                states.put(u.card(), u.restored());
            }
            reviews--;
        }
    }

    public Path home() {
        return home;
    }

    public Leitner leitner() {
        return leitner;
    }

    /**
     * Where a card stands: its Leitner state, due when the scheduler says (under FSRS its day
     * is FSRS's, its box still the one Leitner gave it).
     */
    public CardState state(CardId card) {
        CardState leitnerState = states.getOrDefault(card, CardState.NEW);
        if (fsrs == null) {
            return leitnerState;
        }
        return fsrs.projected(card, leitnerState, leitner);
    }

    /** How likely FSRS predicts the card is recalled at {@code at}: empty under Leitner, and for a card FSRS has not seen. */
    public java.util.OptionalDouble recall(CardId card, ZonedDateTime at) {
        return fsrs == null ? java.util.OptionalDouble.empty() : fsrs.recall(card, at);
    }

    /** The card's FSRS state, when FSRS schedules. */
    public Optional<FsrsCard> fsrsState(CardId card) {
        return fsrs == null ? Optional.empty() : Optional.of(fsrs.card(card));
    }

    /**
     * How long until the card comes back after each grade given at {@code at}: for the answer
     * screen, by the scheduler in use (Leitner: whole days).
     */
    public Map<Grade, Duration> nextIn(CardId card, ZonedDateTime at) {
        if (fsrs != null) {
            return fsrs.nextIn(card, at);
        }
        Map<Grade, Duration> out = new java.util.EnumMap<>(Grade.class);
        CardState s = state(card);
        for (Grade g : Grade.values()) {
            out.put(g, Duration.ofDays(leitner.daysUntilDue(s, g, at.toLocalDate())));
        }
        return out;
    }

    /** Every card that has been reviewed, with its state. */
    public Map<CardId, CardState> states() {
        return Collections.unmodifiableMap(states);
    }

    /** The deck a card was last reviewed in. */
    public Optional<String> deckOf(CardId card) {
        return Optional.ofNullable(decks.get(card));
    }

    /** The number of reviews logged (and not undone). */
    public long reviewCount() {
        return reviews;
    }

    /** What was noticed while reading: rebuilt snapshot, skipped damaged entries, a torn last entry. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * Grades a card: the review is written to the log and forced to disk before this returns,
     * and only then does the card's state change. Failure leaves everything as it was.
     */
    public Review record(CardId card, String deck, Grade grade, ZonedDateTime at) throws IOException {
        requireWriter();
        ensureInPlace();
        // The box moves by Leitner's own rules whichever scheduler offered the card, so that
        // switching back to Leitner finds the boxes it would have given.
        CardState before = states.getOrDefault(card, CardState.NEW);
        java.time.LocalDate day = at.toLocalDate();
        Review review = new Review(newId(at), card, deck, at, grade, leitner.boxOf(before),
                leitner.boxAfter(before, grade, day), leitner.reschedules(before, grade, day));
        try {
            writer.append(new LogEntry.Reviewed(review));
        } catch (IOException e) {
            throw new IOException(IoProblem.describe("Cannot save the grade to", home.resolve(ReviewLog.NAME), e)
                    + " Every grade saved before is kept.", e);
        }
        session.push(new Undo(review, before, decks.get(card)));
        apply(new LogEntry.Reviewed(review));
        advance(review.id());
        ensureInPlace();
        return review;
    }

    /** The cards suspended: never quizzed until taken back. */
    public java.util.Set<CardId> suspended() {
        return java.util.Collections.unmodifiableSet(suspended);
    }

    /** Suspends a card, or with {@code suspend} false takes it back; logged like a review. Whether it changed. */
    public boolean suspend(CardId card, boolean suspend, ZonedDateTime at) throws IOException {
        requireWriter();
        if (suspended.contains(card) == suspend) {
            return false;
        }
        ensureInPlace();
        LogEntry.Suspension entry = new LogEntry.Suspension(newId(at), card, at, suspend);
        writer.append(entry);
        apply(entry);
        advance(entry.id());
        ensureInPlace();
        return true;
    }

    /**
     * Forgets a card's progress: it is new again (box 1, due today). The log keeps what it had
     * (and every review of it). Whether there was progress to forget.
     */
    public boolean reset(CardId card, ZonedDateTime at) throws IOException {
        requireWriter();
        CardState before = states.getOrDefault(card, CardState.NEW);
        if (before.isNew()) {
            return false;
        }
        ensureInPlace();
        LogEntry.Reset entry = new LogEntry.Reset(newId(at), card, at, before);
        writer.append(entry);
        apply(entry);
        advance(entry.id());
        ensureInPlace();
        return true;
    }

    /** Undoes the last review of this session that is not yet undone, restoring the card's state. */
    public Optional<Review> undoLast(ZonedDateTime at) throws IOException {
        requireWriter();
        Undo last = session.peek();
        if (last == null) {
            return Optional.empty();
        }
        ensureInPlace();
        LogEntry.Undone undone = new LogEntry.Undone(newId(at), last.review().id(), last.review().card(), at, last.before());
        writer.append(undone);
        session.pop();
        apply(undone);
        if (last.deckBefore() == null) {
            decks.remove(last.review().card());
        } else {
            decks.put(last.review().card(), last.deckBefore());
        }
        advance(undone.id());
        ensureInPlace();
        return Optional.of(last.review());
    }

    private void advance(String id) {
        lastId = id;
        logEnd = writer.end();
        sinceSnapshot++;
    }

    /** The cards buried on {@code day}, so not shown again that day. */
    public java.util.Set<CardId> buried(java.time.LocalDate day) {
        try {
            return BuryList.buriedOn(home, day);
        } catch (IOException e) {
            warnings.add(home.resolve(BuryList.NAME) + " cannot be read (" + reason(e) + "); no card is buried.");
            return java.util.Set.of();
        }
    }

    /** Buries a card until the day after {@code today}. */
    public void bury(CardId card, java.time.LocalDate today) throws IOException {
        requireWriter();
        Map<CardId, java.time.LocalDate> buried = BuryList.read(home);
        buried.put(card, today);
        BuryList.write(home, buried, today);
    }

    /** Takes a card out of today's burials. */
    public void unbury(CardId card, java.time.LocalDate today) throws IOException {
        requireWriter();
        Map<CardId, java.time.LocalDate> buried = BuryList.read(home);
        if (buried.remove(card) != null) {
            BuryList.write(home, buried, today);
        }
    }

    /**
     * Every review of the given cards that is not undone, oldest first: read from the whole log,
     * so this costs a pass over it (for exports with their history).
     */
    public Map<CardId, List<Review>> history(java.util.Set<CardId> cards) throws IOException {
        return history(cards, false);
    }

    /** As {@link #history(java.util.Set)}; {@code sinceReset}: only the reviews after each card's last reset. */
    public Map<CardId, List<Review>> history(java.util.Set<CardId> cards, boolean sinceReset) throws IOException {
        Map<CardId, List<Review>> out = new HashMap<>();
        Map<String, Review> byId = new HashMap<>();
        ReviewLog.read(home.resolve(ReviewLog.NAME), 0, entry -> {
            if (sinceReset && entry instanceof LogEntry.Reset x && out.containsKey(x.card())) {
                out.get(x.card()).forEach(r -> byId.remove(r.id()));
                out.remove(x.card());
            } else if (entry instanceof LogEntry.Reviewed r && cards.contains(r.card())) {
                out.computeIfAbsent(r.card(), k -> new ArrayList<>()).add(r.review());
                byId.put(r.id(), r.review());
            } else if (entry instanceof LogEntry.Undone u && byId.containsKey(u.undoneId())) {
                Review undone = byId.remove(u.undoneId());
                out.get(undone.card()).remove(undone);
            }
        });
        return out;
    }

    /**
     * Each card's answers, oldest first, as statistics need them (undone reviews left out):
     * light enough that 1,000,000 reviews fit in a small heap.
     */
    public Map<CardId, List<sdq.schedule.Statistics.Answer>> answers(java.util.Set<CardId> cards) throws IOException {
        return Answers.read(home.resolve(ReviewLog.NAME), cards);
    }

    /** Writes a snapshot of the state now, so the next start need not replay the log. */
    public void checkpoint() throws IOException {
        requireWriter();
        new Snapshot(logEnd, lastId, reviews, states, decks, suspended).write(home);
        sinceSnapshot = 0;
    }

    private void requireWriter() {
        if (writer == null) {
            throw new IllegalStateException("the progress store was opened read-only");
        }
    }

    private static String newId(ZonedDateTime at) {
        // Unique, not secret: the time and 32 random bits (no SecureRandom to seed at start-up).
        int random = java.util.concurrent.ThreadLocalRandom.current().nextInt();
        return "r" + Long.toString(at.toInstant().toEpochMilli(), 36) + "-" + HexFormat.of().toHexDigits(random);
    }

    /** Writes a snapshot if anything changed, and lets go of the lock. */
    @Override
    public void close() throws IOException {
        if (writer == null) {
            return;
        }
        try {
            if (snapshotDue()) {
                try {
                    checkpoint();
                } catch (IOException e) {
                    String said = String.valueOf(e.getMessage());
                    throw new IOException(said + (said.endsWith(".") ? "" : ".") + " Every grade is saved in " + ReviewLog.NAME
                            + "; the snapshot is brought up to date at the next start.", e);
                }
            }
        } finally {
            try {
                writer.close();
            } finally {
                writer = null;
                lock.close();
            }
        }
    }

    static String reason(IOException e) {
        return IoProblem.reason(e);
    }

    private static String cannotRead(Path home, IOException e) {
        return "Cannot read the progress in " + home + ": " + reason(e) + ". Run 'sdq doctor' to see what is wrong.";
    }

    /**
     * Mends the state directory under its lock: the snapshot is copied aside (never over an
     * earlier copy), then rebuilt from the log, or kept when the log holds fewer reviews.
     */
    public static ProgressStore repair(Path home, Leitner leitner, Duration wait) throws IOException {
        return open(home, leitner, wait, true);
    }

    /**
     * Whether closing rewrites the snapshot: once the log lines since it are a hundredth of the
     * cards (at least one), or a thousand. A small collection keeps a fresh snapshot after every
     * session; 100,000 cards are not rewritten (150 ms) for one answer, and start-up replays at
     * most a thousand lines.
     */
    private boolean snapshotDue() {
        return sinceSnapshot > 0 && (sinceSnapshot * 100 >= states.size() || sinceSnapshot >= 1000);
    }

    /** Whether the log did not belong to the snapshot, and a new one was started beside it. */
    boolean restartedLog() {
        return restarted;
    }

    /** The number of log entries since the snapshot; for doctor and tests. */
    long sinceSnapshot() {
        return sinceSnapshot;
    }

    /** Counts of cards per box among reviewed cards. */
    public Map<Integer, Integer> boxCounts() {
        Map<Integer, Integer> counts = new HashMap<>();
        states.values().forEach(s -> counts.merge(leitner.boxOf(s), 1, Integer::sum));
        return counts;
    }
}
