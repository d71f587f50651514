package sdq.checkers;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Implementations sdq did not write (ts-fsrs, anki-reader: pinned in {@code src/test/node/package.json}),
 * run with the machine's Node to check sdq against. Installed once into {@code target/node-checkers};
 * when Node or npm is absent, or the packages cannot be installed, the test using them is skipped
 * with a message that says why.
 */
public final class NodeCheckers {
    private static final Path SOURCE = Path.of("src/test/node");
    private static final Path HOME = Path.of("target/node-checkers");

    private NodeCheckers() {
    }

    /** The directory holding {@code node_modules}, installing it first; skips the test when that cannot be done. */
    public static synchronized Path installed() throws IOException, InterruptedException {
        assumeTrue(works(List.of("node", "--version")), "Node is not installed: the check against the reference"
                + " implementation is skipped (install Node and npm to run it)");
        Path modules = HOME.resolve("node_modules");
        Path lock = HOME.resolve("package.json");
        boolean current = Files.isDirectory(modules) && Files.exists(lock)
                && Files.readString(lock).equals(Files.readString(SOURCE.resolve("package.json")));
        if (!current) {
            Files.createDirectories(HOME);
            Files.copy(SOURCE.resolve("package.json"), lock, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--loglevel=error")
                    .directory(HOME.toFile()).redirectErrorStream(true).redirectOutput(HOME.resolve("npm.log").toFile())
                    .start();
            boolean done = npm.waitFor(180, TimeUnit.SECONDS);
            if (!done) {
                npm.destroyForcibly();
            }
            if (!done || npm.exitValue() != 0) {
                Files.deleteIfExists(lock);
            }
            assumeTrue(done && npm.exitValue() == 0, "npm could not install the reference implementations (see "
                    + HOME.resolve("npm.log") + "): the check is skipped");
        }
        return modules.toAbsolutePath();
    }

    /** Runs a checker script with {@code input} on its standard input; returns what it printed. */
    public static String run(String script, String input) throws IOException, InterruptedException {
        return node(script, List.of(installed().toString()), input);
    }

    /** Runs a checker script with these arguments (after the script); returns what it printed. */
    public static String runWith(String script, List<String> arguments) throws IOException, InterruptedException {
        installed();
        return node(script, arguments, "");
    }

    private static String node(String script, List<String> arguments, String input) throws IOException,
            InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("node", SOURCE.resolve(script).toString()));
        command.addAll(arguments);
        Process node = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (var in = node.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(120, TimeUnit.SECONDS) || node.exitValue() != 0) {
            throw new AssertionError(script + " failed (exit " + (node.isAlive() ? "none" : node.exitValue()) + ")");
        }
        return out;
    }

    private static boolean works(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
