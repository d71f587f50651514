package sdq.cli;

import picocli.CommandLine.Option;

/** {@code --json}: print one JSON document on standard output and nothing else. */
final class JsonOption {
    @Option(names = "--json", description = "Print one JSON document on standard output and nothing else.")
    boolean json;
}
