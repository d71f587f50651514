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
     * {@code ./decks} when it exists, else the user's library, made on first write with a copy of
     * the bundled decks (so importing anywhere never hides them, and no stray {@code decks/} is
     * left in whatever directory an import ran in).
     */
    public static Path writableDirectory(Optional<Path> option, Optional<String> environment, Path workingDir,
                                         Path library) {
        Path dir = option.map(workingDir::resolve)
                .or(() -> environment.filter(e -> !e.isBlank()).map(workingDir::resolve))
                .orElseGet(() -> Files.isDirectory(workingDir.resolve("decks")) ? workingDir.resolve("decks") : library);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InvalidInputException(dir + " is not a directory; choose a decks directory with --decks DIR.");
        }
        return dir;
    }

    /**
     * Makes the user's library when it is not there yet: a directory holding a copy of the
     * bundled decks, put in place whole (a half-made library is never seen).
     */
    public static void startLibrary(Path library) {
        if (Files.isDirectory(library)) {
            return;
        }
        try {
            Path parent = library.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path making = Files.createTempDirectory(parent, ".decks-");
            for (String name : DeckLibrary.bundledFileNames()) {
                try (var in = DeckFiles.class.getClassLoader().getResourceAsStream(DeckLibrary.BUNDLED + name)) {
                    if (in != null) {
                        Files.write(making.resolve(name), in.readAllBytes());
                    }
                }
            }
            try {
                Files.move(making, library, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // Another sdq made it first: theirs stands.
                deleteTree(making);
                if (!Files.isDirectory(library)) {
                    throw e;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make your deck library " + library + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
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
