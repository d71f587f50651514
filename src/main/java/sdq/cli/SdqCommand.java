package sdq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import sdq.schedule.Scheduler;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import sdq.store.Config;
import sdq.store.ConfigFile;
import sdq.store.MalformedFileException;
import sdq.store.ProgressStore;
import sdq.store.StateHome;
import sdq.store.DeckLibrary;
import sdq.store.DeckLocation;
import sdq.store.Decks;
import sdq.term.Screen;
import sdq.term.Styles;

/** The {@code sdq} command: global options and what every subcommand shares. */
@Command(name = "sdq",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "System-design interview flashcards: import your notes, drill them in the terminal,"
                + " and let a Leitner schedule decide what comes back when.",
        footer = {"", "Run 'sdq help COMMAND' for the options of a command."})
final class SdqCommand implements Runnable {
    /**
     * The subcommands, in the order --help lists them. They are added by {@link Main}: all of
     * them, or only the one being run (building picocli's model of every command is a good part
     * of start-up time).
     */
    static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        // Lambdas, not constructor references: a command's class loads only when it is made.
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("quiz", () -> new QuizCommand());
        commands.put("import", () -> new ImportCommand());
        commands.put("list", () -> new ListCommand());
        commands.put("show", () -> new ShowCommand());
        commands.put("topics", () -> new TopicsCommand());
        commands.put("export", () -> new ExportCommand());
        commands.put("stats", () -> new StatsCommand());
        commands.put("suspend", () -> new CardStateCommand.Suspend());
        commands.put("unsuspend", () -> new CardStateCommand.Unsuspend());
        commands.put("reset", () -> new CardStateCommand.Reset());
        commands.put("config", () -> new ConfigCommand());
        commands.put("doctor", () -> new DoctorCommand());
        commands.put("completion", () -> new CompletionCommand());
        commands.put("help", () -> new HelpCommand());
        return commands;
    }

    private static final int MAX_TEXT_WIDTH = 100;

    @Spec
    CommandSpec spec;

    @Option(names = "--no-color", scope = ScopeType.INHERIT,
            description = "Plain text without colour (also when NO_COLOR is set or output is not a terminal).")
    boolean noColor;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT, hidden = true,
            description = "On an error, print the Java stack trace too.")
    boolean stacktrace;

    private final Environment env;
    private Config config;

    SdqCommand(Environment env) {
        this.env = env;
    }

    Environment env() {
        return env;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The decks of the chosen location; broken deck files are reported on stderr and skipped. */
    Decks loadDecks(DeckOptions options, PrintWriter err) {
        DeckLocation location = DeckLocation.resolve(options.decks(), env.variable("SDQ_DECKS"), env.workingDir(),
                library());
        Decks decks = DeckLibrary.load(location, env.workingDir(), Optional.of(cacheDir().resolve("decks")));
        for (MalformedFileException problem : decks.problems()) {
            err.println("sdq: warning: " + problem.getMessage() + " (deck skipped)");
        }
        return decks;
    }

    /** The user's deck library: beside the state ($SDQ_HOME, else $XDG_DATA_HOME/sdq, else ~/.local/share/sdq). */
    Path library() {
        return StateHome.library(env.variable("SDQ_HOME"), env.variable("XDG_DATA_HOME"), env.variable("HOME"),
                env.workingDir());
    }

    /** Where the decks are read from, and why. */
    DeckLocation deckLocation(DeckOptions options) {
        return DeckLocation.resolve(options.decks(), env.variable("SDQ_DECKS"), env.workingDir(), library());
    }

    /** The state directory chosen by {@code --home} and the environment. */
    Path home(HomeOptions options) {
        return StateHome.resolve(options.home(), env.variable("SDQ_HOME"), env.variable("XDG_DATA_HOME"),
                env.variable("HOME"), env.workingDir());
    }

    /** The progress, read without taking the lock; what was noticed goes to stderr. */
    ProgressStore readProgress(HomeOptions options, PrintWriter err) {
        return readProgress(options, err, Optional.empty());
    }

    /** As {@link #readProgress(HomeOptions, PrintWriter)}, with the scheduler a command line chose, if any. */
    ProgressStore readProgress(HomeOptions options, PrintWriter err, Optional<Scheduler> scheduler) {
        ProgressStore store = ProgressStore.openReadOnly(home(options), config().leitner(),
                config().fsrsScheduler(scheduler));
        store.warnings().forEach(w -> err.println("sdq: warning: " + w));
        return store;
    }

    /** The progress, locked for this session; what was noticed goes to stderr. */
    ProgressStore writeProgress(HomeOptions options, PrintWriter err) throws IOException {
        return writeProgress(options, err, Optional.empty());
    }

    /** As {@link #writeProgress(HomeOptions, PrintWriter)}, with the scheduler a command line chose, if any. */
    ProgressStore writeProgress(HomeOptions options, PrintWriter err, Optional<Scheduler> scheduler) throws IOException {
        ProgressStore store = ProgressStore.openForWriting(home(options), config().leitner(),
                config().fsrsScheduler(scheduler), ProgressStore.LOCK_WAIT);
        store.warnings().forEach(w -> err.println("sdq: warning: " + w));
        return store;
    }

    /** Where copies that only save time are kept: $XDG_CACHE_HOME/sdq, else ~/.cache/sdq. */
    Path cacheDir() {
        return env.variable("XDG_CACHE_HOME").map(Path::of)
                .orElseGet(() -> Path.of(env.variable("HOME").orElse(System.getProperty("user.home")), ".cache"))
                .resolve("sdq");
    }

    Path configFile() {
        return ConfigFile.location(env.variable("XDG_CONFIG_HOME"), env.variable("HOME"));
    }

    /** The user's config file, read once. */
    Config config() {
        if (config == null) {
            config = ConfigFile.read(configFile());
        }
        return config;
    }

    Styles styles() {
        boolean color = !noColor && env.variable("NO_COLOR").isEmpty()
                && !"dumb".equals(env.variables().get("TERM")) && env.screen().get().isTerminal();
        return new Styles(color);
    }

    /** Whether a progress line may be drawn on standard error: it is a terminal, and not a dumb one. */
    boolean showsProgress() {
        return !"dumb".equals(env.variables().get("TERM")) && env.screen().get().errorIsTerminal();
    }

    /** Width for wrapped text: the terminal's (at most 100), else $COLUMNS, else 80. */
    int textWidth() {
        Screen screen = env.screen().get();
        if (screen.isTerminal()) {
            return Math.min(screen.width(), MAX_TEXT_WIDTH);
        }
        return columns().orElse(80);
    }

    /** Width for tables: the terminal's, else $COLUMNS, else no limit (nothing cut for scripts). */
    int tableWidth() {
        Screen screen = env.screen().get();
        return screen.isTerminal() ? screen.width() : columns().orElse(Screen.UNLIMITED);
    }

    private Optional<Integer> columns() {
        return env.variable("COLUMNS").flatMap(c -> {
            try {
                int n = Integer.parseInt(c.trim());
                return n > 0 ? Optional.of(n) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
