package sdq.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sdq launcher, run from a copy of the project layout (the launcher, the built jar, sources
 * older than it): it makes a class-data archive for the Java it runs on, named for that Java,
 * and a Java that cannot make one still runs sdq.
 */
class LauncherIT {
    @TempDir
    Path dir;

    private Path project() throws IOException {
        Path root = dir.resolve("sdq");
        Files.createDirectories(root.resolve("target"));
        Files.createDirectories(root.resolve("src/main"));
        Files.copy(Path.of("sdq"), root.resolve("sdq"));
        Files.copy(Path.of("pom.xml"), root.resolve("pom.xml"));
        Files.setLastModifiedTime(root.resolve("pom.xml"), java.nio.file.attribute.FileTime.fromMillis(0));
        Files.setLastModifiedTime(root.resolve("src/main"), java.nio.file.attribute.FileTime.fromMillis(0));
        Files.copy(Jar.jar(), root.resolve("target/sdq.jar"));
        return root;
    }

    private static String[] run(Path root, String path, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", root.resolve("sdq").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        builder.environment().put("PATH", path);
        builder.environment().put("HOME", root.resolve("home").toString());
        builder.environment().keySet().removeAll(List.of("XDG_CACHE_HOME", "SDQ_HOME", "SDQ_DECKS"));
        Path out = Files.createTempFile("launcher-out", ".txt");
        Path err = Files.createTempFile("launcher-err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = builder.start();
        p.getOutputStream().close();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String[] {Integer.toString(p.exitValue()), Files.readString(out), Files.readString(err)};
    }

    private static List<String> archives(Path root) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("target"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.contains(".jsa")).toList();
        }
    }

    private String path(Path javaDir) {
        return javaDir + ":" + System.getenv("PATH");
    }

    @Test
    void theArchiveIsMadeOnceForTheJavaThatRuns() throws Exception {
        Path root = project();
        Path javaDir = Path.of(Jar.java()).getParent();
        String[] first = run(root, path(javaDir), "--version");
        assertThat(first[0]).as(first[2]).isEqualTo("0");
        assertThat(first[1]).startsWith("sdq ");
        assertThat(first[2]).contains("preparing a faster start for this Java");
        assertThat(archives(root)).singleElement().asString().matches("sdq-\\d+\\.jsa");
        String[] again = run(root, path(javaDir), "--version");
        assertThat(again[2]).isEmpty();
        assertThat(again[1]).isEqualTo(first[1]);
    }

    @Test
    void theArchiveHoldsWhatAnImportLoadsAndMakingItLeavesNothingBehind() throws Exception {
        Path root = project();
        Path javaDir = Path.of(Jar.java()).getParent();
        String[] first = run(root, path(javaDir), "--version");
        assertThat(first[0]).as(first[2]).isEqualTo("0");
        // The training runs' decks, deck cache and state were all in a scratch directory, now gone.
        assertThat(root.resolve("home")).doesNotExist();
        assertThat(root.resolve("decks")).doesNotExist();
        Files.writeString(root.resolve("notes.md"), "# Queues\n\nQ: What is back-pressure?\nA: Slowing producers down.\n");
        Path log = dir.resolve("classes.txt");
        String[] imported = runWith(root, path(javaDir), "-Xlog:class+load:file=" + log, "import", "notes.md",
                "--decks", dir.resolve("decks").toString());
        assertThat(imported[0]).as(imported[2]).isEqualTo("0");
        assertThat(Files.readAllLines(log)).filteredOn(l -> l.contains(" sdq.ingest.NoteReader "))
                .singleElement().asString().contains("shared objects file");
    }

    private static String[] runWith(Path root, String path, String javaOptions, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("env", "SDQ_JAVA_OPTS=" + javaOptions, "bash",
                root.resolve("sdq").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        builder.environment().put("PATH", path);
        builder.environment().put("HOME", root.resolve("home").toString());
        builder.environment().keySet().removeAll(List.of("XDG_CACHE_HOME", "SDQ_HOME", "SDQ_DECKS"));
        builder.redirectErrorStream(true);
        Process p = builder.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String[] {Integer.toString(p.exitValue()), out, out};
    }

    @Test
    void aJavaThatCannotMakeAnArchiveStillRunsSdq() throws Exception {
        Path root = project();
        // A java that refuses -Xshare:dump (as a JVM without class-data sharing does), else runs the real one.
        Path fake = Files.createDirectories(dir.resolve("fakejava"));
        Path java = fake.resolve("java");
        Files.writeString(java, "#!/usr/bin/env bash\nfor a in \"$@\"; do [ \"$a\" = -Xshare:dump ] && { echo 'CDS is"
                + " not supported' >&2; exit 1; }; done\nexec '" + Jar.java() + "' \"$@\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        String[] first = run(root, path(fake), "--version");
        assertThat(first[0]).as(first[2]).isEqualTo("0");
        assertThat(first[1]).startsWith("sdq ");
        assertThat(first[2]).contains("this Java cannot make a class-data archive; starting without one");
        assertThat(archives(root)).singleElement().asString().endsWith(".jsa.none");
        // Said once: the next run neither tries again nor says it again.
        String[] again = run(root, path(fake), "--version");
        assertThat(again[0]).isEqualTo("0");
        assertThat(again[2]).isEmpty();
    }

    @Test
    void eachJavaKeepsItsOwnArchiveSoSwitchingBackMakesNone() throws Exception {
        Path root = project();
        Path javaDir = Path.of(Jar.java()).getParent();
        // Another Java: a wrapper of the same JDK at another path (the archive's key is the java binary).
        Path other = Files.createDirectories(dir.resolve("otherjava"));
        Path java = other.resolve("java");
        Files.writeString(java, "#!/usr/bin/env bash\nexec '" + Jar.java() + "' \"$@\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(run(root, path(javaDir), "--version")[2]).contains("preparing a faster start");
        assertThat(run(root, path(other), "--version")[2]).contains("preparing a faster start");
        assertThat(archives(root)).hasSize(2);
        String[] back = run(root, path(javaDir), "--version");
        assertThat(back[0]).isEqualTo("0");
        assertThat(back[2]).isEmpty();
        assertThat(run(root, path(other), "--version")[2]).isEmpty();
    }

    @Test
    void aNewJarRetiresTheArchivesOfTheOldOne() throws Exception {
        Path root = project();
        Path javaDir = Path.of(Jar.java()).getParent();
        run(root, path(javaDir), "--version");
        String old = archives(root).get(0);
        Files.setLastModifiedTime(root.resolve("target/sdq.jar"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertThat(run(root, path(javaDir), "--version")[2]).contains("preparing a faster start");
        assertThat(archives(root)).containsExactly(old);
        assertThat(Files.getLastModifiedTime(root.resolve("target").resolve(old)).toMillis())
                .isGreaterThan(System.currentTimeMillis() - 60_000);
    }
}
