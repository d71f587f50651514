package sdq.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * The one lock on a state directory: a dedicated file, held through one channel for the life of
 * the session, with the holder's pid written in it so a second session can say who holds it.
 * The operating system releases it when the process ends, however it ends.
 */
final class StateLock implements AutoCloseable {
    static final String NAME = "lock";

    private final FileChannel channel;
    private final FileLock lock;
    private final Path file;
    private final Object key;

    private final String token;

    private StateLock(FileChannel channel, FileLock lock, Path file, String token) {
        this.channel = channel;
        this.lock = lock;
        this.file = file;
        this.key = key(file);
        this.token = token;
    }

    /**
     * Whether the file at the lock's path is the one this lock holds: the token written in it
     * is there. A lock file removed (and perhaps made anew by another) between opening and
     * locking it is not.
     */
    boolean ours() {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).lines().skip(1).findFirst().orElse("").equals(token);
        } catch (IOException e) {
            return false;
        }
    }

    private static Object key(Path file) {
        try {
            return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether the lock file in the directory is still the one held (it was not removed or replaced). */
    boolean inPlace() {
        Object now = key(file);
        return now != null && now.equals(key);
    }

    /** Takes the lock, waiting up to {@code wait} for another session to let go of it. */
    static StateLock acquire(Path home, Duration wait) throws IOException {
        return acquire(home.resolve(NAME), wait, pid -> { }, pid -> new StateBusyException(home, pid));
    }

    /**
     * Takes the lock in {@code file}, waiting up to {@code wait}; {@code waiting} hears the
     * holder's pid once when the wait begins, {@code busy} makes the error when it runs out.
     */
    static StateLock acquire(Path file, Duration wait, java.util.function.Consumer<String> waiting,
                             java.util.function.Function<String, IOException> busy) throws IOException {
        boolean told = false;
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock != null) {
                    channel.truncate(0);
                    String token = Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36);
                    channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n" + token + "\n")
                            .getBytes(StandardCharsets.UTF_8)), 0);
                    channel.force(false);
                    return new StateLock(channel, lock, file, token);
                }
                if (System.nanoTime() >= deadline) {
                    throw busy.apply(holder(file));
                }
                if (!told) {
                    waiting.accept(holder(file));
                    told = true;
                }
                Thread.sleep(50);
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        } catch (InterruptedException e) {
            channel.close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the lock " + file, e);
        }
    }

    /** The pid written in the lock file, or "unknown". */
    static String holder(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            return text.matches("\\d+") ? text : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public void close() throws IOException {
        if (!channel.isOpen()) {
            return;
        }
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
