package sdq.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file the user named for output ({@code export -o}). A regular file is replaced atomically
 * (through a symbolic link, its target is); anything else that exists, a device such as
 * {@code /dev/null} or {@code /dev/stdout}, a named pipe, is written through and never replaced.
 */
public final class OutputFile {
    private OutputFile() {
    }

    /** As {@link #write(Path, byte[])}, the text written by {@code body} a piece at a time. */
    public static void write(Path file, AtomicFile.Body body) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
            try (java.io.Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                    Files.newOutputStream(file, StandardOpenOption.WRITE), java.nio.charset.StandardCharsets.UTF_8))) {
                body.writeTo(out);
            }
            return;
        }
        Path target = file;
        if (Files.isSymbolicLink(file) && Files.exists(file)) {
            target = file.toRealPath();
        }
        AtomicFile.write(target, body);
    }

    public static void write(Path file, byte[] content) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
                out.write(content);
            }
            return;
        }
        Path target = file;
        if (Files.isSymbolicLink(file) && Files.exists(file)) {
            target = file.toRealPath();
        }
        AtomicFile.write(target, content);
    }
}
