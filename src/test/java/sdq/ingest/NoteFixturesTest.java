package sdq.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden files: a small note in each shape (src/test/resources/ingest/NAME.*) and the exact
 * cards it must give (NAME.expected). Run with -Dsdq.golden.update=true to rewrite the expected
 * files after a deliberate change, then read the diff.
 */
class NoteFixturesTest {
    private static final Path DIR = Path.of("src/test/resources/ingest");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "qblocks.txt, question blocks (Q1: / Answer:)",
        "headings.md, question headings",
        "labelled.md, Q:/A: pairs",
        "details.md, <details> blocks",
        "webpage.txt, web page text (numbered topics)"
    })
    void eachShapeGivesExactlyItsCards(String fixture, String shape) throws IOException {
        ReadNote note = NoteReader.read(fixture, Files.readAllBytes(DIR.resolve(fixture)));
        String actual = dump(note);
        Path expected = DIR.resolve(fixture.replaceFirst("\\.[a-z]+$", ".expected"));
        if (Boolean.getBoolean("sdq.golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        assertThat(note.shapes()).containsExactly(shape);
    }

    static String dump(ReadNote note) {
        StringBuilder out = new StringBuilder();
        for (Draft d : note.drafts()) {
            out.append("## line ").append(d.line()).append(" [").append(d.section()).append(']');
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
