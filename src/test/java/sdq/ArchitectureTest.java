package sdq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dependency direction of DESIGN.md, checked on the sources: each package imports only the
 * packages and libraries it may use, and the core never reads the clock, the environment or the
 * standard streams.
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/sdq");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);

    /** Package -> prefixes of what it may import besides java.* and itself. */
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "deck", List.of(),
            "schedule", List.of("sdq.deck"),
            "ingest", List.of("sdq.deck", "org.commonmark", "org.jsoup"),
            "imports", List.of("sdq.deck", "sdq.ingest", "sdq.export", "sdq.store"),
            // quiz measures typed answers with Lucene's English stemming and Commons Text's edit distance
            "quiz", List.of("sdq.deck", "sdq.schedule", "org.apache.lucene.analysis", "org.apache.commons.text"),
            "store", List.of("sdq.deck", "sdq.schedule", "org.yaml.snakeyaml"),
            // export also renders Markdown to HTML for Anki and reads Anki's HTML back (commonmark, jsoup);
            // jackson-core is jackson-jr's parser, used directly for the line of each card in a JSON file
            "export", List.of("sdq.deck", "sdq.schedule", "com.fasterxml.jackson.jr", "com.fasterxml.jackson.core",
                    "org.apache.commons.csv",
                    "org.commonmark", "org.jsoup"),
            "term", List.of("sdq.quiz", "sdq.deck", "sdq.schedule", "org.jline", "org.commonmark"),
            "cli", List.of("sdq.", "picocli"));

    private static final List<String> CORE = List.of("deck", "schedule", "ingest", "quiz");
    private static final Pattern IMPURE = Pattern.compile(
            "LocalDate\\.now\\(|Instant\\.now\\(|LocalDateTime\\.now\\(|ZonedDateTime\\.now\\(|Clock\\.system"
                    + "|System\\.currentTimeMillis|System\\.getenv|System\\.getProperty|System\\.out|System\\.err"
                    + "|System\\.in\\b|java\\.io\\.File\\b|java\\.nio\\.file");

    @Test
    void everyPackageImportsOnlyWhatTheDesignAllows() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : ALLOWED.entrySet()) {
            String pkg = entry.getKey();
            for (Path file : javaFiles(SOURCES.resolve(pkg))) {
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String imported = m.group(1);
                    boolean ok = imported.startsWith("java.") || imported.startsWith("sdq." + pkg)
                            || entry.getValue().stream().anyMatch(imported::startsWith);
                    if (!ok) {
                        violations.add(file + " imports " + imported);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theCoreNeverTouchesTheClockTheEnvironmentOrTheDisk() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String pkg : CORE) {
            for (Path file : javaFiles(SOURCES.resolve(pkg))) {
                Matcher m = IMPURE.matcher(Files.readString(file));
                while (m.find()) {
                    violations.add(file + " uses " + m.group());
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyPackageOfTheDesignIsChecked() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            assertThat(dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                    .allMatch(ALLOWED::containsKey);
        }
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
