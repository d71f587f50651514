package sdq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sdq.store.DeckFiles;
import sdq.store.DecksLock;

/** Output to what is not a plain file, temporary files left by a killed write, decks changed or locked meanwhile. */
class FileFaultsTest {
    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("decks"));
        Files.writeString(dir.resolve("notes.md"), "# Caching\n\n## What is a cache?\n\nA fast copy of data.\n");
        cli = new Cli(dir);
    }

    private List<String> deckFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("decks"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anExportToANullDeviceWritesThroughAndLeavesItADevice() throws Exception {
        // A null device of the test's own (mknod, as root): a bug here, or a mutant under PIT, that replaced the
        // device would otherwise turn the machine's /dev/null into a file.
        Path device = dir.resolve("null");
        boolean made = "root".equals(System.getProperty("user.name"))
                && new ProcessBuilder("mknod", "-m", "666", device.toString(), "c", "1", "3").start().waitFor() == 0;
        org.junit.jupiter.api.Assumptions.assumeTrue(made, "making a device needs root and mknod");
        Cli.Result r = cli.run("export", "--format", "csv", "-o", "null");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.isRegularFile(device)).isFalse();
        assertThat(Files.exists(device)).isTrue();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void anExportToANamedPipeWritesThroughIt() throws Exception {
        Path fifo = dir.resolve("pipe");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
                "mkfifo is not available");
        java.util.concurrent.CompletableFuture<byte[]> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Cli.Result r = cli.run("export", "--format", "csv", "-o", "pipe");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(new String(read.get(20, java.util.concurrent.TimeUnit.SECONDS))).contains("id,deck,");
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }

    @Test
    void anExportThroughASymlinkReplacesTheTargetNotTheLink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real.getFileName());
        assertThat(cli.run("export", "--format", "csv", "-o", "link.csv").code()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("id,deck,");
    }

    @Test
    void staleTemporaryFilesOfOurNamingAreRemovedOnTheNextWrite() throws IOException {
        Path stale = Files.writeString(dir.resolve("decks/.caching.yaml.k3j2h1.tmp"), "half a deck");
        Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Path fresh = Files.writeString(dir.resolve("decks/.other.yaml.zz91.tmp"), "being written now");
        Path notOurs = Files.writeString(dir.resolve("decks/notes.tmp"), "the user's");
        Files.setLastModifiedTime(notOurs, FileTime.fromMillis(0));
        assertThat(cli.run("import", "notes.md").code()).isZero();
        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
        assertThat(notOurs).exists();
    }

    @Test
    void anImportWaitsForTheDecksLockAndSaysSo() throws Exception {
        try (DecksLock held = DecksLock.acquire(dir.resolve("decks"), java.time.Duration.ZERO, pid -> { })) {
            java.util.concurrent.CompletableFuture<Cli.Result> run =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> cli.run("import", "notes.md"));
            Thread.sleep(300);
            assertThat(run).isNotDone();
            held.close();
            Cli.Result r = run.get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).contains("sdq: waiting for another sdq (pid " + ProcessHandle.current().pid()
                    + ") that is writing the decks in");
        }
        assertThat(deckFiles()).contains("caching.yaml");
    }

    @Test
    void aDeckChangedBetweenReadAndWriteIsNotOverwritten() throws IOException {
        assertThat(cli.run("import", "notes.md").code()).isZero();
        Path deck = dir.resolve("decks/caching.yaml");
        String mine = Files.readString(deck) + "# my edit\n";
        sdq.store.Decks existing = sdq.store.DeckLibrary.load(new sdq.store.DeckLocation(
                java.util.Optional.of(dir.resolve("decks")), "test"), dir);
        Files.writeString(deck, mine);
        java.util.Map<Path, String> readAs = new java.util.HashMap<>();
        existing.loaded().forEach(d -> readAs.put(d.file().orElseThrow().toAbsolutePath().normalize(), d.digest()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DeckFiles.writeAll(dir.resolve("decks"),
                        List.of(existing.loaded().get(0).deck()), readAs))
                .isInstanceOf(DeckFiles.ChangedMeanwhile.class)
                .hasMessageContaining("caching.yaml changed while the import was running");
        assertThat(Files.readString(deck)).isEqualTo(mine);
        assertThat(deckFiles()).noneMatch(n -> n.endsWith(".tmp"));
    }

    @Test
    void aDirectoryWhereTheStateShouldBeIsNamedWithWhatToDo() throws IOException {
        Path home = dir.resolve("state");
        Files.createDirectories(home.resolve("reviews.log"));
        assertThat(cli.run("import", "notes.md").code()).isZero();
        Cli.Result r = cli.run("quiz", "--home", home.toString(), "--limit", "1");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).hasLineCount(1).contains(home.resolve("reviews.log").toString()).contains("directory")
                .doesNotContain("Exception");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(dir.resolve("huge.md").toFile(), "rw")) {
            huge.setLength(65L * 1024 * 1024);
        }
        Cli.Result r = cli.run("import", "huge.md");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("huge.md: is 65 MB; sdq reads files of up to 64 MB. Split it");
        assertThat(deckFiles()).isEmpty();
    }
}
