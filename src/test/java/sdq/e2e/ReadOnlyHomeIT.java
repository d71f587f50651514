package sdq.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A state directory that cannot be written: the quiz says so and exits 1 without touching it;
 * reading commands still work. Permissions do not stop root, so as root the jar runs as the
 * user nobody (setpriv, from util-linux).
 */
class ReadOnlyHomeIT {
    @TempDir
    Path dir;

    private static final String DECK = """
            cards:
              - id: c-aaa001
                q: What is cache-aside?
                a: Read the cache, then the database.
                topics: [caching]
              - id: c-aaa002
                q: What is a cache stampede?
                a: Many misses for one hot key at once.
                topics: [caching]
            """;

    @AfterEach
    void writableAgain() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x"
                        : "rw-r--r--"));
            }
        }
    }

    @Test
    void aReadOnlyStateDirectoryIsAClearErrorAndNothingChanges() throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("decks")).resolve("caching.yaml"), DECK);
        Path state = dir.resolve("state");
        Map<String, String> env = new HashMap<>(Map.of("SDQ_HOME", state.toString(), "HOME", dir.resolve("home").toString(),
                "XDG_CONFIG_HOME", dir.resolve("cfg").toString(), "NO_COLOR", ""));
        assertThat(Jar.run(dir, env, "\n3\n", "quiz", "--new", "1").code()).isZero();

        // Everyone may read the tree; nobody may write the state directory.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                boolean inState = p.startsWith(state);
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p)
                        ? (inState ? "r-xr-xr-x" : "rwxr-xr-x") : (inState ? "r--r--r--" : "rw-r--r--")));
            }
        }
        // The other user may not see into the build's directory (a clone in a private one): it runs a copy here.
        Path jar = Files.copy(Jar.jar(), dir.resolve("sdq.jar"));
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
        Map<Path, byte[]> before = contents(state);
        boolean root = "root".equals(System.getProperty("user.name"));
        org.junit.jupiter.api.Assumptions.assumeTrue(!root || onPath("setpriv"),
                "running as root without setpriv: no user here that a read-only directory stops");
        List<String> asAnotherUser = root ? List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups")
                : List.of();

        Jar.Result quiz = Jar.runAs(asAnotherUser, jar, dir, env, "\n3\n", "quiz", "--new", "1");
        assertThat(quiz.code()).as(quiz.out() + quiz.err()).isEqualTo(1);
        assertThat(quiz.err()).isEqualTo("sdq: Cannot lock " + state.resolve("lock") + ": permission denied (is it"
                + " read-only?). The state directory must be writable (or choose another with --home DIR).\n");
        assertThat(contents(state)).containsExactlyInAnyOrderEntriesOf(before);

        Jar.Result stats = Jar.runAs(asAnotherUser, jar, dir, env, "", "stats");
        assertThat(stats.code()).as(stats.err()).isZero();
        assertThat(stats.out()).startsWith("2 cards: 1 new, 1 learned, 0 due today; 1 review logged\nToday sdq quiz offers 1 card");
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, command)));
    }

    private static Map<Path, byte[]> contents(Path dir) throws IOException {
        Map<Path, byte[]> out = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                out.put(f.getFileName(), Files.readAllBytes(f));
            }
        }
        return out;
    }
}
