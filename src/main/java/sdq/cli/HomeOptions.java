package sdq.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --home DIR}, shared by every command that reads or writes progress. */
final class HomeOptions {
    @Option(names = "--home", paramLabel = "DIR",
            description = "State directory (progress). Default: $SDQ_HOME, else $XDG_DATA_HOME/sdq,"
                    + " else ~/.local/share/sdq.")
    Path home;

    Optional<Path> home() {
        return Optional.ofNullable(home);
    }
}
