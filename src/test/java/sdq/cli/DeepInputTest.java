package sdq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input nested thousands of levels deep imports (its text kept) or is one sentence naming the file, never a trace. */
class DeepInputTest {
    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("decks"));
        cli = new Cli(dir);
        Files.writeString(dir.resolve("quotes.md"), "# T\n\n## What is deep?\n\n" + ">".repeat(3000) + " x\n");
        Files.writeString(dir.resolve("lists.md"), "# T\n\n## What is deep?\n\n" + deepList(1000));
        Files.writeString(dir.resolve("divs.html"), "<html><body><h2>What is deep?</h2>" + "<div>".repeat(5000) + "x"
                + "</div>".repeat(5000) + "</body></html>");
        Files.writeString(dir.resolve("lists.txt"), "#separator:tab\n#html:true\nWhat is deep?\t" + "<ul><li>".repeat(1000)
                + "x" + "</li></ul>".repeat(1000) + "\n");
        Files.writeString(dir.resolve("bold.txt"), "#separator:tab\n#html:true\nWhat is deep?\t" + "<b>".repeat(3000) + "x"
                + "</b>".repeat(3000) + "\n");
        Files.writeString(dir.resolve("org.org"), "* What is deep?\n" + deepList(1000));
        Files.writeString(dir.resolve("dashes.md"), "# T\n\n## What is deep?\n\n" + "-".repeat(1500) + "\n\nx\n");
        Files.writeString(dir.resolve("stars.md"), "# T\n\n## What is deep?\n\n" + "*".repeat(3000) + "x" + "*".repeat(3000)
                + "\n");
    }

    private static String deepList(int depth) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            out.append("  ".repeat(i)).append("- x\n");
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"quotes.md", "lists.md", "divs.html", "lists.txt", "bold.txt", "org.org", "dashes.md",
        "stars.md"})
    void deepNestingImportsOrIsOneSentence(String file) {
        Cli.Result r = cli.run("import", file, file.endsWith(".txt") ? "--format=anki" : "--format=auto");
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Error:");
        assertThat(r.code()).isIn(0, 2);
        if (r.code() == 2) {
            assertThat(r.err()).startsWith("sdq: " + file + ":").hasLineCount(1);
        }
    }

    @Test
    void aDeeplyNestedCardStillShowsInTheQuizAndShow() throws IOException {
        Files.writeString(dir.resolve("decks/deep.yaml"), "cards:\n  - id: c-deep01\n    q: Deep?\n    a: \""
                + ">".repeat(3000) + " x " + "*".repeat(2000) + "y" + "*".repeat(2000) + "\"\n");
        Cli.Result show = cli.run("show", "c-deep01");
        assertThat(show.err()).doesNotContain("\tat ");
        assertThat(show.code()).isZero();
        Cli.Result quiz = cli.input("\n3\n").run("quiz");
        assertThat(quiz.err()).doesNotContain("\tat ");
        assertThat(quiz.code()).isZero();
    }
}
