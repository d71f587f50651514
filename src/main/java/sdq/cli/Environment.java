package sdq.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import sdq.term.Screen;
import sdq.term.Warmup;

/**
 * What a run of sdq gets from outside: environment variables, the working directory, standard
 * input, the clock and what standard output is. Passed in, so tests can run the whole CLI.
 */
public record Environment(Map<String, String> variables, Path workingDir, InputStream in, Clock clock,
                          Supplier<Screen> screen, Optional<Warmup> warmup) {

    public Environment {
        variables = Map.copyOf(variables);
    }

    public Environment(Map<String, String> variables, Path workingDir, InputStream in, Clock clock,
                       Supplier<Screen> screen) {
        this(variables, workingDir, in, clock, screen, Optional.empty());
    }

    /** The real process's environment, with {@code warmup} already under way. */
    public static Environment system(Warmup warmup) {
        return new Environment(System.getenv(), Path.of("").toAbsolutePath(), System.in, Clock.systemDefaultZone(),
                warmup::screen, Optional.of(warmup));
    }

    /** An environment for tests: these variables, this directory, no terminal. */
    public static Environment of(Map<String, String> variables, Path workingDir, InputStream in, Clock clock) {
        return new Environment(variables, workingDir, in, clock, Screen::notATerminal);
    }

    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(v -> !v.isEmpty());
    }
}
