package sdq.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a crash leaves either the old or the new content, never a mix: write a
 * temporary file in the same directory, force it to disk, rename it over the target, then force
 * the directory so the rename itself is durable.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, (dir, file) -> prepare(dir, file, content));
    }

    /** What writes a file's text, a piece at a time. */
    @FunctionalInterface
    public interface Body {
        void writeTo(java.io.Writer out) throws IOException;
    }

    /**
     * As {@link #write(Path, byte[])}, the text written by {@code body} in UTF-8 through a
     * buffer, so a large file is never whole in memory.
     */
    public static void write(Path target, Body body) throws IOException {
        write(target, (dir, file) -> prepare(dir, file, body));
    }

    /** Writes a temporary file beside a target and says which it is. */
    @FunctionalInterface
    private interface Preparation {
        Path prepare(Path dir, Path target) throws IOException;
    }

    private static void write(Path target, Preparation preparation) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            cleanStale(dir);
            Path temp = preparation.prepare(dir, target);
            try {
                replace(temp, target);
                forceDirectory(dir);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (java.nio.file.AccessDeniedException e) {
            throw e;
        } catch (IOException e) {
            // The system's words ("No space left on device") name no file: this does, and says what to do.
            throw new IOException(IoProblem.describe("Cannot write", target, e), e);
        }
    }

    /**
     * Writes a temporary file beside {@code target} holding {@code content}, on disk; the caller
     * then {@link #replace replaces} the target with it and forces the directory. Splitting the
     * steps lets many files share one directory force.
     */
    public static Path prepare(Path dir, Path target, byte[] content) throws IOException {
        return filled(dir, target, channel -> {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        });
    }

    /** As {@link #prepare(Path, Path, byte[])}, the text {@code body} writes, in UTF-8, a buffer at a time. */
    public static Path prepare(Path dir, Path target, Body body) throws IOException {
        return filled(dir, target, channel -> {
            java.io.Writer out = new java.io.BufferedWriter(java.nio.channels.Channels.newWriter(channel,
                    java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
            body.writeTo(out);
            out.flush();
        });
    }

    /** Fills a file through its channel. */
    @FunctionalInterface
    private interface Filling {
        void fill(FileChannel channel) throws IOException;
    }

    private static Path filled(Path dir, Path target, Filling filling) throws IOException {
        Path temp = fresh(dir, target);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            filling.fill(channel);
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    /**
     * A new empty file beside the target. Unlike {@link Files#createTempFile} it gets the
     * permissions the user's umask gives new files (a deck or an export is to be shared, not
     * private), or, when the target exists, the target's own.
     */
    private static Path fresh(Path dir, Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + target.getFileName() + "."
                    + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                Files.createFile(temp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt < 100) {
                    continue;
                }
                throw e;
            }
            try {
                if (Files.exists(target)) {
                    Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
                }
            } catch (UnsupportedOperationException | IOException e) {
                // Not a POSIX file system, or the target's permissions cannot be read: the defaults stand.
            }
            return temp;
        }
    }

    /** The names {@link #prepare} gives: {@code .<target>.<random>.tmp}. */
    private static final java.util.regex.Pattern OURS = java.util.regex.Pattern.compile("\\..+\\.[0-9a-z]{1,20}\\.tmp");
    /** A temporary file untouched this long is left from a write that was killed. */
    static final java.time.Duration STALE = java.time.Duration.ofMinutes(2);

    /**
     * Removes temporary files of our own naming that a killed write left in {@code dir}; one
     * younger than {@link #STALE} may be another writer's, and stays.
     */
    public static void cleanStale(Path dir) {
        long cutoff = System.currentTimeMillis() - STALE.toMillis();
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                try {
                    if (OURS.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f,
                            java.nio.file.LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(f).toMillis() < cutoff) {
                        Files.deleteIfExists(f);
                    }
                } catch (IOException e) {
                    // Not ours to remove after all (permissions): it stays.
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // The directory cannot be listed: nothing is cleaned, and the write goes on.
        }
    }

    /** Renames a prepared temporary file over its target, atomically where the system can. */
    public static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes a rename in {@code dir} durable; where directories cannot be opened, nothing to do. */
    public static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some file systems (and Windows) do not let a directory be opened; the rename stands.
        }
    }
}
