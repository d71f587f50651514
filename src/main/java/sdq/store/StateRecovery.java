package sdq.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a session starts from when the snapshot and the review log disagree: the one that holds
 * more reviews, so that losing one of the two files (a user, a sync tool, a state directory
 * removed mid-session) never loses the progress the other still holds. The snapshot's backups
 * stand in for a damaged snapshot.
 */
final class StateRecovery {
    private StateRecovery() {
    }

    /**
     * How to start.
     *
     * @param snapshot   the state to start from
     * @param replayLog  whether the log after the snapshot's end is replayed on top of it
     * @param restartLog the log does not belong to the snapshot: a writer sets it aside and starts a new one
     * @param notes      what the user is told
     */
    record Start(Snapshot snapshot, boolean replayLog, boolean restartLog, List<String> notes) {
    }

    /**
     * Picks the start. With {@code distrust} (a repair) the snapshot is compared with the whole
     * log even when they match, and the log wins unless it holds fewer reviews.
     */
    static Start choose(Path home, boolean distrust) throws IOException {
        Path log = home.resolve(ReviewLog.NAME);
        List<String> notes = new ArrayList<>();
        Snapshot chosen = null;
        String chosenName = null;
        for (int n = 0; n <= Snapshot.BACKUPS && chosen == null; n++) {
            String name = n == 0 ? Snapshot.NAME : Snapshot.NAME + "." + n;
            Path file = home.resolve(name);
            if (!Files.exists(file)) {
                continue;
            }
            try {
                chosen = Snapshot.read(file);
                chosenName = name;
            } catch (AccessDeniedException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                if (n == 0) {
                    notes.add(file + " is unreadable (" + e.getMessage() + ")");
                }
            }
        }
        String damaged = notes.isEmpty() ? "" : notes.remove(0);
        if (chosen == null) {
            if (!damaged.isEmpty()) {
                notes.add(damaged + "; rebuilt from " + log + ".");
            }
            return new Start(Snapshot.empty(), true, false, notes);
        }
        String used = chosenName.equals(Snapshot.NAME) ? "" : (damaged.isEmpty() ? "" : damaged + "; ")
                + "its backup " + chosenName + " was used";
        if (!distrust && matches(chosen, log)) {
            if (!used.isEmpty()) {
                notes.add(used + " with the log after it.");
            }
            return new Start(chosen, true, false, notes);
        }
        long logReviews = Files.exists(log) ? reviewsIn(log) : -1;
        Path snapshotFile = home.resolve(chosenName);
        if (logReviews >= chosen.reviews()) {
            if (!distrust) {
                notes.add((used.isEmpty() ? "" : used + ", but ") + snapshotFile + " does not match " + log
                        + "; rebuilt from the log.");
            }
            return new Start(Snapshot.empty(), true, false, notes);
        }
        String why = logReviews < 0 ? log + " is missing"
                : log + " does not match " + snapshotFile + " and holds fewer reviews (" + logReviews + " against "
                + chosen.reviews() + ")";
        notes.add((used.isEmpty() ? "" : used + "; ") + why + "; the progress goes on from the snapshot ("
                + chosen.states().size() + " cards, " + chosen.reviews() + " reviews). Nothing of it is lost; only"
                + " exports with --history miss the reviews before this.");
        Snapshot restart = new Snapshot(0, null, chosen.reviews(), chosen.states(), chosen.decks(),
                chosen.suspended());
        return new Start(restart, false, true, notes);
    }

    /** Whether the log holds, at the snapshot's end, the entry the snapshot names. */
    static boolean matches(Snapshot s, Path log) throws IOException {
        if (s.lastId() == null) {
            return s.logEnd() == 0 || s.logEnd() == ReviewLog.headerEnd() && Files.exists(log)
                    && Files.size(log) >= s.logEnd();
        }
        return Files.exists(log) && s.lastId().equals(ReviewLog.idBefore(log, s.logEnd()));
    }

    private static long reviewsIn(Path log) throws IOException {
        long[] count = {0};
        ReviewLog.read(log, 0, entry -> count[0] += entry instanceof LogEntry.Reviewed ? 1 : entry instanceof LogEntry.Undone ? -1 : 0);
        return count[0];
    }

    /**
     * Copies or moves {@code file} aside under a name no earlier file has:
     * {@code <name>.<what>-<yyyyMMdd-HHmmss>}, then {@code -2}, {@code -3}... Never overwrites.
     */
    static Path setAside(Path file, String what, boolean move) throws IOException {
        for (int n = 1; ; n++) {
            Path target = asideName(file, what, n);
            try {
                if (move) {
                    Files.move(file, target);
                } else {
                    Files.copy(file, target);
                }
                return target;
            } catch (FileAlreadyExistsException e) {
                if (n > 1000) {
                    throw e;
                }
            }
        }
    }

    /** {@code <name>.<what>-<yyyyMMdd-HHmmss>}, then {@code -2}, {@code -3}... for the n-th try. */
    private static Path asideName(Path file, String what, int n) {
        String stem = file.getFileName() + "." + what + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return file.resolveSibling(n == 1 ? stem : stem + "-" + n);
    }

    /** A new file under a name no earlier file has, as {@link #setAside}, holding {@code bytes}. */
    static Path writeAside(Path file, String what, byte[] bytes) throws IOException {
        for (int n = 1; ; n++) {
            Path target = asideName(file, what, n);
            try {
                Files.write(target, bytes, java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE);
                return target;
            } catch (FileAlreadyExistsException e) {
                if (n > 1000) {
                    throw e;
                }
            }
        }
    }
}
