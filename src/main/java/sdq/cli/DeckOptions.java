package sdq.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --decks DIR}, shared by every command that reads decks. */
final class DeckOptions {
    @Option(names = "--decks", paramLabel = "DIR",
            description = "Directory of deck files. Default: $SDQ_DECKS, else the folder decks here when it exists,"
                    + " else your library (~/.local/share/sdq/decks, made by the first import), else the decks"
                    + " bundled with sdq.")
    Path decks;

    Optional<Path> decks() {
        return Optional.ofNullable(decks);
    }
}
