package sdq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from decks, notes and card files never reaches the terminal as a control sequence, however
 * it is written (raw, or as a character reference the Markdown parser decodes): not in a card, not
 * in an error message, not in an export to the terminal; JSON escapes what could hijack a pager.
 */
class OutputInjectionTest {
    /** ESC, BEL, BS, CSI (C1), an RLO override: none may be printed as it is. */
    private static final Pattern DANGEROUS = Pattern.compile("[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]");

    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void decks() throws IOException {
        Files.createDirectories(dir.resolve("decks"));
        Files.writeString(dir.resolve("decks/evil.yaml"), """
                cards:
                  - id: c-bad001
                    q: "hi &#27;]0;PWNED&#7; there &#x1b;[2J and &#x9b;31m &#x202e;txet &#8;x"
                    a: "[click](https://example.org/&#27;[2J) | a &#x1b;[31m red"
                    topics: [caching]
                  - id: c-bad002
                    q: "A table?"
                    a: |-
                      | k | v |
                      | --- | --- |
                      | &#x1b;]8;;http://x&#7;cell | ok |
                    topics: [caching]
                """, StandardCharsets.UTF_8);
        cli = new Cli(dir);
    }

    private static void clean(String text) {
        assertThat(DANGEROUS.matcher(text).find()).as("control characters in:\n%s", text).isFalse();
    }

    @Test
    void showAndListPrintNoControlSequenceFromCharacterReferences() {
        clean(cli.run("show", "c-bad001").out());
        clean(cli.run("show", "c-bad002").out());
        clean(cli.run("list").out());
        String colored = cli.terminal(80).run("show", "c-bad001").out();
        // Colour is sdq's own: SGR sequences only, nothing from the card.
        assertThat(colored.replaceAll("\u001b\\[[0-9;]*m", "")).satisfies(OutputInjectionTest::clean);
    }

    @Test
    void thePipedQuizPrintsNoControlSequence() {
        clean(cli.input("\n3\n\n3\n").run("quiz").out());
    }

    @Test
    void errorsAndWarningsPrintDeckValuesSafely() throws IOException {
        Files.writeString(dir.resolve("decks/broken.yaml"), "cards:\n  - id: c-x\n    q: q\n    a: a\n    \"\u001b]0;t\u0007\": 1\n");
        Files.writeString(dir.resolve("decks/named.yaml"), "deck: \"\u001b[2Jother\"\ncards: []\n");
        Cli.Result r = cli.run("list");
        assertThat(r.err()).contains("broken.yaml").contains("named.yaml");
        clean(r.err());
        Files.writeString(dir.resolve("bad.csv"), "question,answer\n\"q\u001b[2J\",\n");
        Cli.Result imported = cli.run("import", "bad.csv", "--dry-run");
        clean(imported.out());
        clean(imported.err());
    }

    @Test
    void anExportToTheTerminalIsNeutralisedAndToAFileExact() throws IOException {
        Files.writeString(dir.resolve("decks/raw.yaml"), "cards:\n  - id: c-raw001\n    q: \"raw \\e[2J here\"\n"
                + "    a: answer\n    topics: [caching]\n");
        for (String format : new String[] {"csv", "md", "anki"}) {
            clean(cli.terminal(80).run("export", "--format", format, "--deck", "raw").out());
        }
        Files.createDirectories(dir.resolve("out"));
        assertThat(new Cli(dir).run("export", "--format", "csv", "--deck", "raw", "-o", "out/raw.csv").code()).isZero();
        assertThat(Files.readString(dir.resolve("out/raw.csv"))).contains("raw \u001b[2J here");
    }

    @Test
    void jsonEscapesC1AndBidiCharacters() {
        Files.exists(dir);
        String json = cli.run("list", "--json", "--decks", writeDeckWithRawCharacters().toString()).out();
        clean(json);
        assertThat(json).contains("\\u202E").contains("\\u009B");
    }

    private Path writeDeckWithRawCharacters() {
        try {
            Path decks = Files.createDirectories(dir.resolve("rawdecks"));
            Files.writeString(decks.resolve("raw.yaml"), "cards:\n  - id: c-raw002\n    q: \"\\u202Eevil \\x9B31m\"\n"
                    + "    a: answer\n", StandardCharsets.UTF_8);
            return decks;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theAnkiExportKeepsOnlySafeLinksAndNoRemoteImages() throws IOException {
        Files.writeString(dir.resolve("decks/links.yaml"), """
                cards:
                  - id: c-lnk001
                    q: Links?
                    a: "[a](javascript:alert(1)) [b](JavaScript:alert(2)) [c](vbscript:x) [d](data:text/html,x) [ok](https://example.org/ok) ![pic](https://tracker.example/p.png)"
                    topics: [caching]
                """);
        String anki = cli.run("export", "--format", "anki", "--deck", "links").out();
        assertThat(anki.toLowerCase()).doesNotContain("javascript:").doesNotContain("vbscript:").doesNotContain("data:text");
        assertThat(anki).contains("https://example.org/ok").doesNotContain("<img");
        assertThat(cli.run("export", "--format", "anki", "--deck", "links", "--allow-remote-images").out())
                .contains("<img");
    }
}
