package sdq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files: a small deck with the awkward things in it (Markdown lists, a table, code with a
 * tab, quotes, commas, unicode, a two-line question, a card without topics) and each format's
 * exact export (src/test/resources/export/). Run with -Dsdq.golden.update=true to rewrite them
 * after a deliberate change, then read the diff.
 */
class ExportGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/export");

    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void deck() throws IOException {
        Files.createDirectories(dir.resolve("decks"));
        Files.copy(DIR.resolve("study.yaml"), dir.resolve("decks/study.yaml"));
        cli = new Cli(dir);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"anki", "csv", "md", "json", "yaml"})
    void eachFormatIsExactlyAsExpected(String format) throws IOException {
        Cli.Result r = cli.run("export", "--format", format);
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertGolden("study." + format, r.out());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"csv", "json"})
    void withProgressTheHistoryComesToo(String format) throws IOException {
        // Two answers: the first card good (box 1 -> 2), the second again (stays in box 1).
        cli.input("\n3\n\n1\nq\n").run("quiz", "--new", "2");
        Cli.Result r = cli.run("export", "--format", format, "--with-progress");
        assertThat(r.code()).as(r.err()).isZero();
        // Review ids end in random digits: shown as "r…" here.
        assertGolden("study-progress." + format, r.out().replaceAll("\\br[0-9a-z]+-[0-9a-f]{8}\\b", "r…"));
    }

    /** Cloze cards: Anki's Cloze note type, the cloze text in the other formats. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"anki", "csv", "md", "json", "yaml"})
    void clozeCardsExportInEachFormat(String format) throws IOException {
        Files.delete(dir.resolve("decks/study.yaml"));
        Files.copy(DIR.resolve("clozes.yaml"), dir.resolve("decks/clozes.yaml"));
        Cli.Result r = cli.run("export", "--format", format);
        assertThat(r.code()).as(r.err()).isZero();
        assertGolden("clozes." + format, r.out());
    }

    /** An export read back is the deck it came from: the same ids, questions, answers and clozes. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"anki", "csv", "json", "yaml"})
    void clozeCardsComeBackFromTheirExport(String format) throws IOException {
        Files.delete(dir.resolve("decks/study.yaml"));
        Files.copy(DIR.resolve("clozes.yaml"), dir.resolve("decks/clozes.yaml"));
        String before = cli.run("list", "--json").out();
        Files.createDirectories(dir.resolve("out"));
        assertThat(cli.run("export", "--format", format, "-o", "out/cards." + format).code()).isZero();
        Files.delete(dir.resolve("decks/clozes.yaml"));
        Cli.Result imported = cli.run("import", "out/cards." + format, "--deck", "clozes");
        assertThat(imported.code()).as(imported.err()).isZero();
        String lines = ",?\\s*\"line\" : \\d+";
        assertThat(cli.run("list", "--json").out().replaceAll(lines, "")).isEqualTo(before.replaceAll(lines, ""));
    }

    @Test
    void aFilteredExportHasOnlyTheSelection() {
        Cli.Result r = cli.run("export", "--format", "yaml", "--topic", "sharding");
        assertThat(r.out()).contains("id: c-000002").doesNotContain("c-000001").doesNotContain("c-000003");
    }

    @Test
    void outputGoesToAFileWithOAndTheCountToStderr() throws IOException {
        Files.createDirectories(dir.resolve("out"));
        Cli.Result r = cli.run("export", "--format", "csv", "-o", "out/cards.csv");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("Wrote 3 cards to out/cards.csv.\n");
        assertGolden("study.csv", Files.readString(dir.resolve("out/cards.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void aMissingDirectoryForOIsBadInput() {
        Cli.Result r = cli.run("export", "--format", "csv", "-o", "nowhere/cards.csv");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("sdq: nowhere/cards.csv: there is no directory ").endsWith(
                "; make it first, or write elsewhere.\n");
        assertThat(dir.resolve("nowhere")).doesNotExist();
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path expected = DIR.resolve(name);
        if (Boolean.getBoolean("sdq.golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
