package sdq.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code sdq doctor} finds in a state directory: the log's health, whether the snapshot
 * matches it, the backups and who holds the lock. Reads only; {@link #repair} mends.
 *
 * @param home     the state directory
 * @param findings one line per file, in words
 * @param problems what is wrong; empty when all is well
 */
public record StateCheck(Path home, List<String> findings, List<String> problems) {

    public static StateCheck of(Path home) {
        List<String> findings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(home)) {
            findings.add("no state directory yet (nothing has been reviewed)");
            return new StateCheck(home, findings, problems);
        }
        Path log = home.resolve(ReviewLog.NAME);
        ReviewLog.Scan scan = null;
        try {
            scan = ReviewLog.read(log, 0, entry -> { });
            String health = scan.damaged().isEmpty() && !scan.torn() ? "ok" : "";
            findings.add(ReviewLog.NAME + ": " + scan.entries() + " entries, " + size(log) + (health.isEmpty() ? "" : ", " + health));
            for (String damaged : scan.damaged()) {
                problems.add(ReviewLog.NAME + ": " + damaged + " (it is skipped when reading)");
            }
            if (scan.torn()) {
                problems.add(ReviewLog.NAME + " ends in a partly written entry (" + scan.tornBytes()
                        + " bytes from an interrupted session); the next session sets it aside");
            }
        } catch (IOException e) {
            problems.add(ReviewLog.NAME + " cannot be read: " + ProgressStore.reason(e));
        }
        Path snapshot = home.resolve(Snapshot.NAME);
        if (!Files.exists(snapshot)) {
            findings.add(Snapshot.NAME + ": none yet");
        } else {
            try {
                Snapshot s = Snapshot.read(snapshot);
                if (StateRecovery.matches(s, log)) {
                    long behind = scan == null ? 0 : Math.max(0, scan.end() - s.logEnd());
                    findings.add(Snapshot.NAME + ": ok, " + s.states().size() + " cards, " + s.reviews() + " reviews"
                            + (behind > 0 ? " (the log has " + behind + " more bytes; replayed at start)" : ""));
                } else if (StateRecovery.choose(home, false).restartLog()) {
                    problems.add((Files.exists(log) ? ReviewLog.NAME + " does not match " + Snapshot.NAME
                            + " and holds fewer reviews" : ReviewLog.NAME + " is missing") + "; the snapshot's "
                            + s.states().size() + " cards and " + s.reviews() + " reviews are used, and the next"
                            + " session (or --repair) starts a new log beside them");
                } else {
                    problems.add(Snapshot.NAME + " does not match " + ReviewLog.NAME + " (it is rebuilt from the log"
                            + " at the next start; --repair does it now)");
                }
            } catch (IllegalArgumentException e) {
                problems.add(Snapshot.NAME + " is damaged: " + e.getMessage() + " (it is rebuilt from the log at"
                        + " the next start; --repair does it now)");
            } catch (IOException e) {
                problems.add(Snapshot.NAME + " cannot be read: " + ProgressStore.reason(e));
            }
        }
        List<String> backups = new ArrayList<>();
        for (int n = 1; n <= Snapshot.BACKUPS; n++) {
            if (Files.exists(home.resolve(Snapshot.NAME + "." + n))) {
                backups.add(Snapshot.NAME + "." + n);
            }
        }
        findings.add("backups: " + (backups.isEmpty() ? "none" : String.join(", ", backups)));
        Path lock = home.resolve(StateLock.NAME);
        String lockState = lockState(home, lock);
        findings.add("lock: " + lockState);
        if (lockState.startsWith("cannot")) {
            problems.add("the lock " + lock + " " + lockState + "; sessions cannot save progress until it can be"
                    + " taken (is the directory writable, and the lock a file?)");
        }
        return new StateCheck(home, findings, problems);
    }

    @SuppressWarnings("try") // held for its effect: the lock
    private static String lockState(Path home, Path lock) {
        if (!Files.exists(lock)) {
            return "free";
        }
        try (StateLock held = StateLock.acquire(home, java.time.Duration.ZERO)) {
            return "free";
        } catch (StateBusyException e) {
            return "held by another sdq (pid " + e.pid() + ")";
        } catch (IOException e) {
            return "cannot be checked: " + ProgressStore.reason(e);
        }
    }

    /**
     * Rebuilds the snapshot from the log under the state lock, after copying the snapshot it
     * replaces aside (the snapshot stays when the log holds fewer reviews); a torn last log entry
     * is set aside too. Returns what was saved where.
     */
    public static List<String> repair(Path home, sdq.schedule.Leitner leitner) throws IOException {
        List<String> done = new ArrayList<>();
        try (ProgressStore store = ProgressStore.repair(home, leitner, ProgressStore.LOCK_WAIT)) {
            store.warnings().forEach(done::add);
            done.add((store.restartedLog() ? "rebuilt " + Snapshot.NAME + " from the old snapshot, as "
                    + ReviewLog.NAME + " held fewer reviews: " : "rebuilt " + Snapshot.NAME + " from " + ReviewLog.NAME
                    + ": ") + store.states().size() + " cards, " + store.reviewCount() + " reviews");
        }
        return done;
    }

    private static String size(Path file) {
        try {
            long bytes = Files.size(file);
            return bytes < 10_000 ? bytes + " bytes" : bytes < 10_000_000 ? bytes / 1000 + " kB" : bytes / 1_000_000 + " MB";
        } catch (IOException e) {
            return "size unknown";
        }
    }

    public boolean healthy() {
        return problems.isEmpty();
    }

    Optional<String> firstProblem() {
        return problems.stream().findFirst();
    }
}
