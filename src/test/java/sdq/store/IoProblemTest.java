package sdq.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

/** What a failed read or write says: the file, the reason in words, what to do. */
class IoProblemTest {
    @Test
    void theSystemsReasonsInWords() {
        assertThat(IoProblem.reason(new AccessDeniedException("/x"))).isEqualTo("permission denied (is it read-only?)");
        assertThat(IoProblem.reason(new NoSuchFileException("/x"))).isEqualTo("it does not exist");
        assertThat(IoProblem.reason(new NotDirectoryException("/x"))).isEqualTo("it is not a directory");
        assertThat(IoProblem.reason(new FileAlreadyExistsException("/x"))).isEqualTo("it already exists");
        assertThat(IoProblem.reason(new DirectoryNotEmptyException("/x"))).isEqualTo("it is a directory that is not empty");
        assertThat(IoProblem.reason(new IOException("No space left on device"))).isEqualTo("the disk is full");
        assertThat(IoProblem.reason(new IOException("Disk quota exceeded"))).isEqualTo("the disk quota is used up");
        assertThat(IoProblem.reason(new IOException("Is a directory"))).isEqualTo("it is a directory");
        assertThat(IoProblem.reason(new FileSystemException("/x", null, "Read-only file system")))
                .isEqualTo("the file system is read-only");
        assertThat(IoProblem.reason(new IOException("Input/output error"))).isEqualTo("Input/output error");
        assertThat(IoProblem.reason(new IOException())).isEqualTo("IOException");
        assertThat(IoProblem.reason(new IOException("  "))).isEqualTo("IOException");
    }

    @Test
    void whatToDoAboutEach() {
        assertThat(IoProblem.advice(new IOException("No space left on device"))).isEqualTo("Free some space and run it again.");
        assertThat(IoProblem.advice(new IOException("Disk quota exceeded"))).isEqualTo("Free some space and run it again.");
        assertThat(IoProblem.advice(new IOException("Is a directory"))).isEqualTo("Give a file, not a directory.");
        assertThat(IoProblem.advice(new NoSuchFileException("/x"))).isEqualTo("Check the path.");
        assertThat(IoProblem.advice(new AccessDeniedException("/x")))
                .isEqualTo("Choose a place you can write to, or fix its permissions.");
        assertThat(IoProblem.advice(new IOException("Input/output error"))).isEmpty();
    }

    @Test
    void aMessageNamesTheFile() {
        assertThat(IoProblem.describe("Cannot write", "decks/a.yaml", new IOException("No space left on device")))
                .isEqualTo("Cannot write decks/a.yaml: the disk is full. Free some space and run it again.");
        assertThat(IoProblem.describe("Cannot read", "x", new IOException("Input/output error")))
                .isEqualTo("Cannot read x: Input/output error.");
    }

    @Test
    void atTheTopAFileTheSystemNamedIsNamedElseTheOperationIsSaid() {
        assertThat(IoProblem.topLevel(new NoSuchFileException("/tmp/a", "/tmp/b", null)))
                .isEqualTo("Cannot use /tmp/a (and /tmp/b): it does not exist. Check the path.");
        assertThat(IoProblem.topLevel(new IOException("Is a directory"))).isEqualTo("A file could not be read or"
                + " written: it is a directory. Give a file, not a directory. Run again with --stacktrace to see which.");
        assertThat(IoProblem.topLevel(new IOException("Input/output error"))).isEqualTo("A file could not be read or"
                + " written: Input/output error. Run again with --stacktrace to see which.");
        assertThat(IoProblem.topLevel(new IOException("Cannot write /tmp/x: the disk is full.")))
                .isEqualTo("Cannot write /tmp/x: the disk is full.");
    }
}
