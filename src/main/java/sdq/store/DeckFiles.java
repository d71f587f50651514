package sdq.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import sdq.deck.Deck;
import sdq.deck.InvalidInputException;

/** Writing decks into a decks directory, each as {@code <name>.yaml}, atomically. */
public final class DeckFiles {
    private DeckFiles() {
    }

    /**
     * The directory decks are written to: {@code --decks}, else {@code $SDQ_DECKS}, else
     * {@code ./decks}, created when missing. Unlike reading, never the bundled decks.
     */
    public static Path writableDirectory(Optional<Path> option, Optional<String> environment, Path workingDir) {
        Path dir = option.map(workingDir::resolve)
                .or(() -> environment.filter(e -> !e.isBlank()).map(workingDir::resolve))
                .orElse(workingDir.resolve("decks"));
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InvalidInputException(dir + " is not a directory; choose a decks directory with --decks DIR.");
        }
        return dir;
    }

    /** The path a deck of this name has in {@code dir}: an existing .yml file keeps its name. */
    public static Path pathOf(Path dir, String name) {
        Path yml = dir.resolve(name + ".yml");
        return Files.exists(yml) ? yml : dir.resolve(name + ".yaml");
    }

    /**
     * Writes several decks: each is rendered and forced to disk as a temporary file (in
     * parallel), then all are renamed into place and the directory is forced once.
     */
    public static void writeAll(Path dir, java.util.List<Deck> decks) {
        if (decks.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(dir);
            java.util.List<Path[]> prepared = decks.parallelStream().map(deck -> {
                Path target = pathOf(dir, deck.name());
                try {
                    return new Path[] {AtomicFile.prepare(dir, target,
                            DeckYaml.write(deck).getBytes(StandardCharsets.UTF_8)), target};
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot write deck '" + deck.name() + "' to " + dir + ": "
                            + e.getMessage(), e);
                }
            }).toList();
            for (Path[] p : prepared) {
                AtomicFile.replace(p[0], p[1]);
            }
            AtomicFile.forceDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the decks to " + dir + ": " + e.getMessage(), e);
        }
    }

    public static void write(Path dir, Deck deck) {
        try {
            Files.createDirectories(dir);
            AtomicFile.write(pathOf(dir, deck.name()), DeckYaml.write(deck).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write deck '" + deck.name() + "' to " + dir + ": " + e.getMessage(), e);
        }
    }
}
