package sdq;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
 * The dependency direction of DESIGN.md, checked on the compiled classes (a fully qualified name
 * in the code is as much a dependency as an import): each package uses only the packages and
 * libraries it may, each library lives in its own package, no JLine type shows outside
 * {@code term}, and the core never reads the clock, the environment or the standard streams.
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/sdq");
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("sdq");

    /** Package -> what it may use besides the JDK and itself. */
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "deck", List.of(),
            "schedule", List.of("sdq.deck.."),
            "ingest", List.of("sdq.deck..", "org.commonmark..", "org.jsoup.."),
            "imports", List.of("sdq.deck..", "sdq.ingest..", "sdq.export..", "sdq.store.."),
            // quiz measures typed answers with Lucene's English stemming and Commons Text's edit distance
            "quiz", List.of("sdq.deck..", "sdq.schedule..", "org.apache.lucene.analysis..", "org.apache.commons.text.."),
            "store", List.of("sdq.deck..", "sdq.schedule..", "org.yaml.snakeyaml.."),
            // export renders Markdown to HTML for Anki and reads Anki's HTML back (commonmark, jsoup);
            // jackson-core is jackson-jr's parser, used directly for the line of each card in a JSON file
            // and reads Anki packages, whose current collections are Zstandard-compressed (zstd-jni)
            "export", List.of("sdq.deck..", "sdq.schedule..", "com.fasterxml.jackson.jr..", "com.fasterxml.jackson.core..",
                    "org.apache.commons.csv..", "org.commonmark..", "org.jsoup..", "com.github.luben.zstd.."),
            "term", List.of("sdq.quiz..", "sdq.deck..", "sdq.schedule..", "org.jline..", "org.commonmark.."),
            "cli", List.of("sdq..", "picocli.."));

    /**
     * Each library -> the packages it lives in. DESIGN.md: picocli in cli, JLine in term,
     * commonmark in ingest and term, SnakeYAML in store; the Anki format is HTML, so export
     * holds the HTML side of commonmark and jsoup too.
     */
    private static final Map<String, List<String>> LIBRARY_HOMES = Map.of(
            "picocli..", List.of("sdq.cli.."),
            "org.jline..", List.of("sdq.term.."),
            "org.commonmark..", List.of("sdq.ingest..", "sdq.term..", "sdq.export.."),
            "org.yaml.snakeyaml..", List.of("sdq.store.."),
            "org.jsoup..", List.of("sdq.ingest..", "sdq.export.."),
            "org.apache.commons.csv..", List.of("sdq.export.."),
            "com.fasterxml.jackson..", List.of("sdq.export.."),
            "org.apache.lucene..", List.of("sdq.quiz.."),
            "org.apache.commons.text..", List.of("sdq.quiz.."),
            "com.github.luben.zstd..", List.of("sdq.export.."));

    private static final List<String> CORE = List.of("deck", "schedule", "ingest", "quiz");
    private static final Pattern IMPURE = Pattern.compile(
            "LocalDate\\.now\\(|Instant\\.now\\(|LocalDateTime\\.now\\(|ZonedDateTime\\.now\\(|Clock\\.system"
                    + "|System\\.currentTimeMillis|System\\.getenv|System\\.getProperty|System\\.out|System\\.err"
                    + "|System\\.in\\b|java\\.io\\.File\\b|java\\.nio\\.file");

    @Test
    void everyPackageUsesOnlyWhatTheDesignAllows() {
        ALLOWED.forEach((pkg, allowed) -> {
            List<String> packages = new ArrayList<>(allowed);
            packages.add("java..");
            packages.add("sdq." + pkg + "..");
            classes().that().resideInAPackage("sdq." + pkg + "..")
                    .should().onlyDependOnClassesThat().resideInAnyPackage(packages.toArray(String[]::new))
                    .allowEmptyShould(true)
                    .check(CLASSES);
        });
    }

    @Test
    void eachLibraryLivesInItsOwnPackages() {
        LIBRARY_HOMES.forEach((library, homes) -> noClasses().that().resideOutsideOfPackages(homes.toArray(String[]::new))
                .should().dependOnClassesThat().resideInAPackage(library)
                .allowEmptyShould(true)
                .check(CLASSES));
    }

    @Test
    void noJLineTypeShowsInAPublicSignatureOutsideTerm() {
        noClasses().that().resideOutsideOfPackage("sdq.term..").should().dependOnClassesThat()
                .resideInAPackage("org.jline..").check(CLASSES);
        members().that().areDeclaredInClassesThat().resideInAPackage("sdq.term..").and().arePublic()
                .and().areDeclaredInClassesThat().arePublic()
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMember>(
                        "not have a JLine type in their signature") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaMember member,
                                      com.tngtech.archunit.lang.ConditionEvents events) {
                        List<String> types = new ArrayList<>();
                        if (member instanceof com.tngtech.archunit.core.domain.JavaCodeUnit code) {
                            code.getRawParameterTypes().forEach(t -> types.add(t.getName()));
                            types.add(code.getRawReturnType().getName());
                        } else if (member instanceof com.tngtech.archunit.core.domain.JavaField field) {
                            types.add(field.getRawType().getName());
                        }
                        types.stream().filter(t -> t.startsWith("org.jline")).forEach(t -> events.add(
                                com.tngtech.archunit.lang.SimpleConditionEvent.violated(member,
                                        member.getFullName() + " shows " + t)));
                    }
                }).check(CLASSES);
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
    void aFullyQualifiedNameIsCaughtToo() {
        // The compiled classes, not import lines: this test class names sdq.store without importing it.
        JavaClasses self = new ClassFileImporter().importClasses(ArchitectureTest.class, Probe.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> noClasses().that().haveSimpleName("Probe")
                .should().dependOnClassesThat().resideInAPackage("sdq.store..").check(self))
                .isInstanceOf(AssertionError.class);
    }

    /** Names a store class fully, with no import line. */
    static final class Probe {
        Object cache = sdq.store.IoProblem.class;
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
