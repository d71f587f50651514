package sdq.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A tmux server of its own for a test: sessions started, keys sent, the screen read as a person sees it. */
final class Tmux implements AutoCloseable {
    private final String socket = "sdq-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    static boolean installed() {
        try {
            return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    /** Starts session {@code name} of {@code width} x {@code height} running {@code command}. */
    void start(String name, int width, int height, String command) throws IOException, InterruptedException {
        run("new-session", "-d", "-s", name, "-x", Integer.toString(width), "-y", Integer.toString(height), command);
    }

    /** Sends keys as tmux names them ("Enter", "Escape", "C-z", " "). */
    void keys(String name, String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", name));
        args.addAll(List.of(keys));
        run(args.toArray(String[]::new));
    }

    /** Sends text as it is, each character a key. */
    void literal(String name, String text) throws IOException, InterruptedException {
        run("send-keys", "-t", name, "-l", text);
    }

    String screen(String name) throws IOException, InterruptedException {
        return run("capture-pane", "-p", "-t", name);
    }

    /** The screen once it shows all of {@code texts}, waiting up to ten seconds. */
    String screenWith(String name, String... texts) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = screen(name);
            String shown = screen;
            if (java.util.Arrays.stream(texts).allMatch(shown::contains)) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the screen never showed " + java.util.Arrays.toString(texts) + "; it shows:\n" + screen);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            run("kill-server");
        } finally {
            // tmux leaves its socket behind: remove it, so runs do not fill /tmp/tmux-UID with them.
            String uid = new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes()).strip();
            java.nio.file.Path dir = java.nio.file.Path.of(System.getenv().getOrDefault("TMUX_TMPDIR", "/tmp"),
                    "tmux-" + uid);
            java.nio.file.Files.deleteIfExists(dir.resolve(socket));
        }
    }
}
