package sdq.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import sdq.deck.Deck;

/** Finds deck files ({@code *.yaml}, {@code *.yml}) and loads them, setting broken ones aside. */
public final class DeckLibrary {
    static final String BUNDLED = "sdq/decks/";
    private static final long MAX_BYTES = 4L * DeckReader.MAX_CODE_POINTS;

    private DeckLibrary() {
    }

    public static Decks load(DeckLocation location, Path workingDir) {
        return load(location, workingDir, Optional.empty());
    }

    /**
     * Loads the decks, reading them from {@code cacheDir} where it holds them as their files are
     * now (see {@link DeckCache}), and keeping freshly parsed ones there.
     */
    public static Decks load(DeckLocation location, Path workingDir, Optional<Path> cacheDir) {
        Optional<DeckCache> cache = cacheDir.map(DeckCache::new);
        return location.dir()
                .map(dir -> loadDirectory(location, dir, workingDir, cache))
                .orElseGet(() -> loadBundled(location, cache));
    }

    private static Decks loadDirectory(DeckLocation location, Path dir, Path workingDir, Optional<DeckCache> cache) {
        TreeMap<String, Path> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(Files::isRegularFile).forEach(p -> {
                String fileName = p.getFileName().toString();
                if (fileName.endsWith(".yaml") || fileName.endsWith(".yml")) {
                    files.put(fileName, p);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the decks in " + dir + ": " + e.getMessage(), e);
        }
        List<LoadedDeck> loaded = new ArrayList<>();
        List<MalformedFileException> problems = new ArrayList<>();
        // Decks are parsed on every core; the order stays the files' order.
        List<Object> results = files.values().parallelStream().map(file -> readOne(file, workingDir, cache)).toList();
        for (Object result : results) {
            if (result instanceof LoadedDeck deck) {
                loaded.add(deck);
            } else {
                problems.add((MalformedFileException) result);
            }
        }
        return new Decks(location, loaded, problems);
    }

    /** The deck in a file, or the problem that keeps it from loading. */
    private static Object readOne(Path file, Path workingDir, Optional<DeckCache> cache) {
        String shown = display(file, workingDir);
        try {
            String name = nameOf(file.getFileName().toString(), shown);
            if (Files.size(file) > MAX_BYTES) {
                throw new MalformedFileException(shown, 0, 0, "the file is larger than "
                        + MAX_BYTES / (1024 * 1024) + " MB; split the deck");
            }
            // Checked and hashed as it streams past, then parsed from the file: never held whole.
            DeckBytes content = DeckBytes.of(shown, file);
            byte[] hash = content.digest();
            String digest = java.util.HexFormat.of().formatHex(hash);
            Optional<LoadedDeck> cached = cache.flatMap(c -> c.get(file, shown, hash));
            if (cached.isPresent()) {
                return cached.get().withDigest(digest);
            }
            LoadedDeck loaded = new DeckReader(shown, name).read(content, Optional.of(file));
            if (content.unchanged()) {
                // (Saved again while it was read, it is not cached; a writer then finds it changed.)
                cache.ifPresent(c -> c.put(file, loaded, hash));
            }
            return loaded.withDigest(digest);
        } catch (MalformedFileException e) {
            return e;
        } catch (IOException e) {
            return new MalformedFileException(shown, 0, 0, "cannot be read: " + e.getMessage());
        }
    }

    private static String nameOf(String fileName, String shown) {
        String name = fileName.replaceFirst("\\.ya?ml$", "");
        if (!Deck.isValidName(name)) {
            throw new MalformedFileException(shown, 0, 0, "'" + name + "' is not a deck name; rename the file"
                    + " to lower-case letters, digits and '-' (e.g. " + suggestName(name) + ".yaml)");
        }
        return name;
    }

    static String suggestName(String raw) {
        String s = raw.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^[^a-z0-9]+", "").replaceAll("-+$", "");
        return s.isEmpty() ? "my-deck" : s;
    }

    private static String display(Path file, Path workingDir) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = workingDir.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
    }

    private static Decks loadBundled(DeckLocation location, Optional<DeckCache> cache) {
        List<LoadedDeck> loaded = new ArrayList<>();
        List<MalformedFileException> problems = new ArrayList<>();
        Optional<Path> home = codeSource();
        for (String fileName : bundledFileNames()) {
            String shown = "<bundled>/" + fileName;
            String key = home.map(h -> h.toAbsolutePath() + "!/" + BUNDLED + fileName).orElse("");
            Optional<LoadedDeck> cached = home.flatMap(h -> cache.flatMap(c -> c.get(h, key, shown, Optional.empty())));
            if (cached.isPresent()) {
                loaded.add(cached.get());
                continue;
            }
            try (InputStream in = DeckLibrary.class.getClassLoader().getResourceAsStream(BUNDLED + fileName)) {
                if (in == null) {
                    continue;
                }
                LoadedDeck deck = DeckYaml.read(shown, nameOf(fileName, shown), Optional.empty(), in.readAllBytes());
                home.ifPresent(h -> cache.ifPresent(c -> c.put(h, key, deck)));
                loaded.add(deck);
            } catch (MalformedFileException e) {
                problems.add(e);
            } catch (IOException e) {
                problems.add(new MalformedFileException(shown, 0, 0, "cannot be read: " + e.getMessage()));
            }
        }
        return new Decks(location, loaded, problems);
    }

    /** The jar (or classes directory) sdq runs from, if it can be told. */
    private static Optional<Path> codeSource() {
        try {
            var source = DeckLibrary.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The deck files inside the jar (or the classes directory, when run from a build). */
    static List<String> bundledFileNames() {
        List<String> names = new ArrayList<>();
        try {
            var source = DeckLibrary.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return names;
            }
            Path where = Path.of(source.getLocation().toURI());
            if (Files.isDirectory(where)) {
                Path dir = where.resolve(BUNDLED);
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> entries = Files.list(dir)) {
                        entries.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).forEach(names::add);
                    }
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        String entry = entries.nextElement().getName();
                        if (entry.startsWith(BUNDLED) && entry.endsWith(".yaml")
                                && entry.indexOf('/', BUNDLED.length()) < 0) {
                            names.add(entry.substring(BUNDLED.length()));
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new UncheckedIOException("Cannot list the bundled decks: " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
        names.sort(null);
        return names;
    }
}
