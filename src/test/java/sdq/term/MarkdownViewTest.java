package sdq.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownViewTest {
    private static List<String> plain(String markdown, int width) {
        return new MarkdownView(new Styles(false)).renderLines(markdown, width);
    }

    @Test
    void paragraphsWrapAtWordsWithinTheWidth() {
        List<String> lines = plain("The quick brown fox jumps over the lazy dog and keeps running far away.", 30);
        assertThat(lines).containsExactly("The quick brown fox jumps over", "the lazy dog and keeps running",
                "far away.");
    }

    @Test
    void listsKeepTheirMarkersAndHangingIndent() {
        List<String> lines = plain("Intro:\n\n- **Fault**: a component deviating from its specification\n"
                + "- Failure\n  1. nested one\n  2. nested two\n", 30);
        assertThat(lines).containsExactly(
                "Intro:",
                "• Fault: a component deviating",
                "  from its specification",
                "• Failure",
                "  1. nested one",
                "  2. nested two");
    }

    @Test
    void codeBlocksAreIndentedAndCodeSpansKeepTheirTicksInPlainText() {
        List<String> lines = plain("Use `SETNX`:\n\n```\nSET key 1 NX\n```\n", 40);
        assertThat(lines).containsExactly("Use `SETNX`:", "", "    SET key 1 NX");
    }

    @Test
    void headingsAndRulesShowAsText() {
        assertThat(plain("## Solution\n\nDo it.\n\n---\n\nDone.", 40))
                .containsExactly("Solution", "", "Do it.", "", "─".repeat(40), "", "Done.");
    }

    @Test
    void tablesAreBoxedAndFitTheWidth() {
        String table = "| Strategy | Good for |\n|---|---|\n| Write-through | read-after-write consistency |\n";
        List<String> lines = plain(table, 34);
        assertThat(lines).allSatisfy(line -> assertThat(Wrap.width(line)).isLessThanOrEqualTo(34));
        assertThat(lines.get(0)).startsWith("┌");
        assertThat(String.join("\n", lines)).contains("Strategy").contains("Write-through").contains("read-after");
    }

    @Test
    void aTableTooNarrowForColumnsBecomesAList() {
        String table = "| a | b | c | d | e |\n|---|---|---|---|---|\n| 1 | 2 | 3 | 4 | 5 |\n";
        assertThat(plain(table, 20)).startsWith("• a: 1", "  b: 2");
    }

    @Test
    void colourIsAddedOnlyWhenAskedFor() {
        String markdown = "**bold** and `code`";
        assertThat(String.join("", plain(markdown, 40))).doesNotContain("\u001b");
        String colored = String.join("", new MarkdownView(new Styles(true)).renderLines(markdown, 40));
        assertThat(colored).contains("\u001b[").contains("bold");
    }

    @Test
    void escapesInTheTextNeverReachTheTerminal() {
        String hostile = "**x** \u001b]0;pwned\u0007 \u001b[2J \u009b31m";
        String colored = String.join("\n", new MarkdownView(new Styles(true)).renderLines(hostile, 60));
        String withoutOurStyles = colored.replaceAll("\u001b\\[[0-9;]*m", "");
        assertThat(withoutOurStyles).doesNotContain("\u001b").doesNotContain("\u009b").contains("\u241b]0;pwned");
    }

    @Test
    void oneLineDropsMarkupAndBreaks() {
        assertThat(MarkdownView.oneLine("Testing a Service\n\n**Scenario:** You `run` it.\n- and *this*"))
                .isEqualTo("Testing a Service Scenario: You \"run\" it. and this");
    }

    @Test
    void htmlDetailsShowTheirText() {
        assertThat(plain("<details><summary>Why?</summary>\n\nBecause.\n\n</details>", 40))
                .contains("Because.");
    }
}
