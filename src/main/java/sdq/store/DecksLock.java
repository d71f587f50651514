package sdq.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The lock on a decks directory while an import (or an edit from the quiz) reads its decks and
 * writes them back, so that two at once never both merge into the same old deck and one of
 * them is lost. A small file, {@code .sdq.lock}, in the directory while it is held.
 */
public final class DecksLock implements AutoCloseable {
    public static final String NAME = ".sdq.lock";
    /** How long an import waits for another to finish writing the same decks. */
    public static final Duration WAIT = Duration.ofSeconds(30);

    private final StateLock lock;
    private final Path file;

    private DecksLock(StateLock lock, Path file) {
        this.lock = lock;
        this.file = file;
    }

    /**
     * Takes the lock on {@code dir} (made when missing), waiting up to {@code wait};
     * {@code waiting} is told once, with the holder's pid, when another sdq holds it.
     */
    public static DecksLock acquire(Path dir, Duration wait, Consumer<String> waiting) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException(IoProblem.describe("Cannot make the decks directory", dir, e), e);
        }
        Path file = dir.resolve(NAME);
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
                StateLock lock = StateLock.acquire(file, left, waiting, pid -> new IOException(
                        "Another sdq (pid " + pid + ") is still writing the decks in " + dir + " after "
                                + wait.toSeconds() + " s; run this again when it has finished. Nothing was written."));
                // The holder before removes the file as it lets go: the lock taken must be on the file there now.
                if (lock.ours()) {
                    return new DecksLock(lock, file);
                }
                lock.close();
            }
        } catch (java.nio.file.FileSystemException e) {
            throw new IOException(IoProblem.describe("Cannot lock the decks in", dir.resolve(NAME), e), e);
        }
    }

    /** Removes the lock file (the decks directory is left as it was) and lets go. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            lock.close();
        }
    }
}
