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
        writeAll(dir, decks, java.util.Map.of());
    }

    /**
     * As {@link #writeAll(Path, java.util.List)}, but first makes sure no deck file changed since
     * it was read: {@code readAs} holds the {@link LoadedDeck#digest} each file had then. When one
     * did (an editor saved it meanwhile), nothing is written. Temporary files an interrupted
     * write left behind are removed.
     */
    public static void writeAll(Path dir, java.util.List<Deck> decks, java.util.Map<Path, String> readAs) {
        if (decks.isEmpty()) {
            return;
        }
        java.util.List<Path[]> prepared = new java.util.concurrent.CopyOnWriteArrayList<>();
        try {
            Files.createDirectories(dir);
            AtomicFile.cleanStale(dir);
            decks.parallelStream().forEach(deck -> {
                Path target = pathOf(dir, deck.name());
                try {
                    prepared.add(new Path[] {AtomicFile.prepare(dir, target, out -> DeckYaml.write(deck, out)), target});
                } catch (IOException e) {
                    throw new UncheckedIOException(IoProblem.describe("Cannot write deck '" + deck.name() + "' to",
                            target, e) + " Nothing was written.", e);
                }
            });
            for (Path[] p : prepared) {
                String before = readAs.get(p[1].toAbsolutePath().normalize());
                if (before != null && !before.isEmpty() && Files.exists(p[1])
                        && !before.equals(java.util.HexFormat.of().formatHex(DeckCache.digest(p[1])))) {
                    throw new ChangedMeanwhile(p[1]);
                }
            }
            for (Path[] p : prepared) {
                AtomicFile.replace(p[0], p[1]);
            }
            AtomicFile.forceDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(IoProblem.describe("Cannot write the decks to", dir, e), e);
        } finally {
            for (Path[] p : prepared) {
                try {
                    Files.deleteIfExists(p[0]);
                } catch (IOException e) {
                    // Removed by the next write's clean-up.
                }
            }
        }
    }

    /** A deck file changed between the import reading it and writing it back. */
    public static final class ChangedMeanwhile extends UncheckedIOException {
        ChangedMeanwhile(Path file) {
            super(file + " changed while the import was running (saved from an editor?); nothing was written, so"
                    + " that change is kept. Run the import again.", new IOException(file.toString()));
        }
    }

    public static void write(Path dir, Deck deck) {
        try {
            Files.createDirectories(dir);
            AtomicFile.write(pathOf(dir, deck.name()), out -> DeckYaml.write(deck, out));
        } catch (IOException e) {
            throw new UncheckedIOException(IoProblem.describe("Cannot write deck '" + deck.name() + "' to", dir, e), e);
        }
    }
}
