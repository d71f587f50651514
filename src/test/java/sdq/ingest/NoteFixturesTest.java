package sdq.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: small notes in each syntax and shape (src/test/resources/ingest/NAME.*, every
 * file there but the .expected ones) and the exact cards each must give, with the rule that
 * found each card and what was skipped (NAME.expected). Run with -Dsdq.golden.update=true to
 * rewrite the expected files after a deliberate change, then read the diff.
 */
class NoteFixturesTest {
    private static final Path DIR = Path.of("src/test/resources/ingest");

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".expected")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachFixtureGivesExactlyItsCards(String fixture) throws IOException {
        ReadNote note = NoteReader.read(fixture, Files.readAllBytes(DIR.resolve(fixture)));
        String actual = dump(note);
        Path expected = DIR.resolve(fixture.replaceFirst("\\.[a-z]+$", ".expected"));
        if (Boolean.getBoolean("sdq.golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    static Stream<String> toolFixtures() throws IOException {
        return fixtures().filter(n -> n.startsWith("tool-"));
    }

    /** The cards of another tool are told by their text: the same file named .txt gives the same cards. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("toolFixtures")
    void aToolsCardsAreToldByTheirTextUnderAnyName(String fixture) throws IOException {
        byte[] bytes = Files.readAllBytes(DIR.resolve(fixture));
        ReadNote named = NoteReader.read(fixture, bytes);
        ReadNote renamed = NoteReader.read(fixture.replaceFirst("\\.[a-z]+$", ".txt"), bytes);
        assertThat(dump(renamed)).isEqualTo(dump(named));
    }

    static String dump(ReadNote note) {
        StringBuilder out = new StringBuilder("read as: ").append(note.syntax()).append("; title: ").append(note.title())
                .append("\n\n");
        for (Draft d : note.drafts()) {
            out.append("## line ").append(d.line()).append(" [").append(d.section()).append("] (").append(d.rule()).append(')');
            d.parent().ifPresent(p -> out.append(" follows ").append(p));
            out.append("\nQ: ").append(d.question()).append("\nA:\n").append(d.answer()).append("\n\n");
        }
        if (!note.skipped().isEmpty()) {
            out.append("## skipped\n");
            for (Skip s : note.skipped()) {
                out.append("line ").append(s.line()).append(": ").append(s.reason()).append(": ").append(s.text()).append('\n');
            }
        }
        return out.toString();
    }
}
