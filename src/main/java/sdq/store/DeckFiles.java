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

    /**
     * Keeps a deck just written to {@code file} in the cache, with the line each card starts on
     * there: a card of a deck file as sdq writes it starts on a line "  - id: ..." (a text's
     * lines are indented further), in the deck's order. Anything odd and nothing is kept.
     */
    private static void cache(DeckCache cache, Path file, Deck deck) {
        try {
            java.util.Map<sdq.deck.CardId, Integer> lines = new java.util.LinkedHashMap<>();
            byte[] start = "  - id: ".getBytes(StandardCharsets.US_ASCII);
            // The line, how many cards have started so far, and how much of "  - id: " the line
            // has begun with (-1 once it is some other line): scanned as the digest reads the file.
            int[] at = {1, 0, 0};
            byte[] digest = DeckCache.digest(file, (buffer, n) -> {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        at[0]++;
                        at[2] = 0;
                    } else if (at[2] >= 0 && at[2] < start.length) {
                        at[2] = b == start[at[2]] ? at[2] + 1 : -1;
                        if (at[2] == start.length && at[1]++ < deck.cards().size()) {
                            lines.put(deck.cards().get(at[1] - 1).id(), at[0]);
                        }
                    }
                }
            });
            if (at[1] == deck.cards().size()) {
                cache.put(file, new LoadedDeck(deck, file.toString(), Optional.of(file), lines), digest);
            }
        } catch (IOException | RuntimeException e) {
            // Only a copy: the deck is parsed on its next load instead.
        }
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
        writeAll(dir, decks, readAs, Optional.empty());
    }

    /**
     * As {@link #writeAll(Path, java.util.List, java.util.Map)}, and then keeps each deck written
     * in the deck cache in {@code cacheDir}, as it would be after a parse of its file: the first
     * quiz after an import reads them back without parsing them (a cache that cannot be written
     * is simply not used).
     */
    public static void writeAll(Path dir, java.util.List<Deck> decks, java.util.Map<Path, String> readAs,
                                Optional<Path> cacheDir) {
        if (decks.isEmpty()) {
            return;
        }
        java.util.Map<Path, Deck> byTarget = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.List<Path[]> prepared = new java.util.concurrent.CopyOnWriteArrayList<>();
        try {
            Files.createDirectories(dir);
            AtomicFile.cleanStale(dir);
            decks.parallelStream().forEach(deck -> {
                Path target = pathOf(dir, deck.name());
                try {
                    prepared.add(new Path[] {AtomicFile.prepare(dir, target, out -> DeckYaml.write(deck, out)), target});
                    byTarget.put(target, deck);
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
            cacheDir.map(DeckCache::new).ifPresent(c -> prepared.parallelStream().forEach(p -> cache(c, p[1],
                    byTarget.get(p[1]))));
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
