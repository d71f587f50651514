package sdq.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import sdq.deck.InvalidInputException;

/**
 * Where the decks are: a directory on disk, or the decks bundled in the jar.
 *
 * @param dir    the directory, or empty for the bundled decks
 * @param origin how it was chosen, for messages ("--decks", "$SDQ_DECKS", "./decks", "your library", "bundled")
 */
public record DeckLocation(Optional<Path> dir, String origin) {

    public static DeckLocation bundled() {
        return new DeckLocation(Optional.empty(), "bundled");
    }

    /**
     * The decks directory as DESIGN.md orders it: the {@code --decks} option, else the
     * {@code SDQ_DECKS} variable, else {@code ./decks} when it exists, else the user's library
     * when it exists, else the decks bundled in the jar (until the first import makes the library).
     */
    public static DeckLocation resolve(Optional<Path> option, Optional<String> environment, Path workingDir, Path library) {
        if (option.isPresent()) {
            return existing(workingDir.resolve(option.get()), "--decks");
        }
        if (environment.isPresent() && !environment.get().isBlank()) {
            return existing(workingDir.resolve(environment.get()), "$SDQ_DECKS");
        }
        Path local = workingDir.resolve("decks");
        if (Files.isDirectory(local)) {
            return new DeckLocation(Optional.of(local), "./decks");
        }
        if (Files.isDirectory(library)) {
            return new DeckLocation(Optional.of(library), "your library");
        }
        return bundled();
    }

    private static DeckLocation existing(Path dir, String origin) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(origin + " names " + dir + ", which is not a directory."
                    + " Create it or point " + origin + " at a directory of deck files.");
        }
        return new DeckLocation(Optional.of(dir), origin);
    }

    public boolean isBundled() {
        return dir.isEmpty();
    }

    public String describe() {
        return dir.map(Path::toString).orElse("the decks bundled with sdq");
    }

    /** Where the decks are and why: "/home/me/.local/share/sdq/decks (your library)". */
    public String describeWithOrigin() {
        return isBundled() ? describe() : describe() + " (" + origin + ")";
    }
}
