package sdq.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import java.util.ArrayList;
import java.util.List;
import sdq.deck.InvalidInputException;
import sdq.deck.Names;
import sdq.term.Warmup;

/** Entry point: {@link #run} is the whole program, {@link #main} only adds the process around it. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Warmup warmup = Warmup.start(args.length > 0 && args[0].equals("quiz"));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        int code = run(out, err, Environment.system(warmup), args);
        System.exit(code);
    }

    /** Runs sdq with these arguments, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter rawErr, Environment env, String... args) {
        // Messages carry values from decks and notes: none reaches the terminal as a control sequence.
        PrintWriter err = new PrintWriter(sdq.term.SafeText.writer(rawErr), true);
        CommandLine cli = new CommandLine(new SdqCommand(env));
        String first = args.length > 0 ? args[0] : "";
        boolean one = SdqCommand.COMMANDS.containsKey(first) && !first.equals("help") && !first.equals("completion");
        // Only the subcommand that runs is built (picocli reads each by reflection); --version needs none.
        boolean none = args.length == 1 && (first.equals("--version") || first.equals("-V"));
        SdqCommand.COMMANDS.forEach((name, command) -> {
            if (!none && (!one || name.equals(first))) {
                cli.addSubcommand(name, command.get());
            }
        });
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Main::badArguments);
        cli.setExecutionExceptionHandler((e, command, parseResult) -> failed(e, command, parseResult));
        try {
            return cli.execute(args);
        } catch (StackOverflowError e) {
            err.println("sdq: a file is nested too deeply to read (lists, quotes or tags thousands of levels deep);"
                    + " flatten it, or leave it out.");
            return ExitCode.BAD_INPUT;
        } catch (OutOfMemoryError e) {
            err.println("sdq: out of memory; give Java more (SDQ_JAVA_OPTS=-Xmx1g with the sdq launcher), or work on"
                    + " fewer or smaller files at once.");
            return ExitCode.FAILURE;
        } finally {
            out.flush();
            err.flush();
            rawErr.flush();
        }
    }

    private static int badArguments(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("sdq: " + e.getMessage());
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().get(0);
            var spec = command.getCommandSpec();
            List<String> candidates = new ArrayList<>(word.startsWith("-")
                    ? spec.optionsMap().keySet() : spec.subcommands().keySet());
            List<String> close = Names.closeTo(word, candidates, 3);
            if (!close.isEmpty()) {
                err.println("Did you mean: " + String.join(" or ", close) + "?");
            }
        }
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        return ExitCode.BAD_INPUT;
    }

    private static int failed(Exception e, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        boolean trace = parseResult.hasMatchedOption("--stacktrace")
                || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--stacktrace"));
        int code;
        if (e instanceof InvalidInputException) {
            err.println("sdq: " + e.getMessage());
            code = ExitCode.BAD_INPUT;
        } else if (e instanceof UncheckedIOException || e instanceof java.io.IOException) {
            java.io.IOException io = e instanceof UncheckedIOException u ? u.getCause() : (java.io.IOException) e;
            err.println("sdq: " + (e instanceof UncheckedIOException && e.getMessage() != null
                    && !e.getMessage().equals(String.valueOf(io)) ? e.getMessage() : sdq.store.IoProblem.topLevel(io)));
            code = ExitCode.FAILURE;
        } else {
            err.println("sdq: internal error: " + e + ". Please report it, with the output of --stacktrace.");
            code = ExitCode.FAILURE;
        }
        if (trace) {
            e.printStackTrace(err);
        }
        return code;
    }
}
