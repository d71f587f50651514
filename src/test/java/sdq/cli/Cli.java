package sdq.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import sdq.term.Screen;

/** Runs the whole CLI in-process, as a user would from a shell in {@code workingDir}. */
final class Cli {
    record Result(int code, String out, String err) {
    }

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Berlin"));

    private final Path workingDir;
    private final Map<String, String> variables = new HashMap<>();
    private Screen screen = Screen.notATerminal();
    private String input = "";

    Cli(Path workingDir) {
        this.workingDir = workingDir;
        // Everything sdq would write under the user's home (state, cache) goes under the test's directory.
        variables.put("HOME", workingDir.resolve("home").toString());
    }

    Cli env(String name, String value) {
        variables.put(name, value);
        return this;
    }

    Cli terminal(int width) {
        screen = new Screen(true, width, false);
        return this;
    }

    /** Standard input and output are terminals (for a question asked before a change; not for the quiz). */
    Cli askable(int width) {
        screen = new Screen(true, width, true);
        return this;
    }

    Cli input(String text) {
        input = text;
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Screen fixed = screen;
        Environment env = new Environment(variables, workingDir,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), CLOCK, () -> fixed);
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), env, args);
        return new Result(code, out.toString(), err.toString());
    }
}
