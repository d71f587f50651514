package sdq.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Notes nested past any real notes are flattened; everything else comes back as it was. */
class NestingTest {
    private static final String KEPT_INDENT = " ".repeat(Nesting.MAX_INDENT);

    @Test
    void notesAsPeopleWriteThemAreTheSameObjectBack() {
        String notes = "# Caching\n\n- a\n  - b\n    > quoted\n\t\tcode\n" + "*".repeat(Nesting.MAX_MARKERS) + " deep\n"
                + " ".repeat(Nesting.MAX_INDENT) + "x";
        assertThat(Nesting.capped(notes)).isSameAs(notes);
    }

    @Test
    void indentationPastTheLimitIsCutToIt() {
        String line = " ".repeat(Nesting.MAX_INDENT + 1) + "- item";
        assertThat(Nesting.capped("a\n" + line + "\nb")).isEqualTo("a\n" + KEPT_INDENT + "- item\nb");
        assertThat(Nesting.capped("\t".repeat(Nesting.MAX_INDENT + 1) + "x")).isEqualTo(KEPT_INDENT + "x");
    }

    @Test
    void aRunOfMarkersPastTheLimitIsCutToIt() {
        String kept = "*".repeat(Nesting.MAX_MARKERS);
        assertThat(Nesting.capped("*".repeat(Nesting.MAX_MARKERS + 1) + " deep")).isEqualTo(kept + " deep");
        assertThat(Nesting.capped("> ".repeat(200) + "quote")).isEqualTo(">".repeat(Nesting.MAX_MARKERS) + " quote");
        assertThat(Nesting.capped("ok\n" + "-".repeat(1500))).isEqualTo("ok\n" + "-".repeat(Nesting.MAX_MARKERS) + " ");
        assertThat(Nesting.capped(":".repeat(60) + "x\n.")).isEqualTo(":".repeat(Nesting.MAX_MARKERS) + " x\n.");
    }

    @Test
    void markersCountPerLineAndPerKind() {
        // Forty markers on each of many lines, and two kinds mixed on one line, are within the limit.
        String perLine = ("#".repeat(40) + " h\n").repeat(5);
        assertThat(Nesting.capped(perLine)).isSameAs(perLine);
        String mixed = "*".repeat(40) + ">".repeat(40) + " x";
        assertThat(Nesting.capped(mixed)).isSameAs(mixed);
        String afterText = "text " + "*".repeat(200);
        assertThat(Nesting.capped(afterText)).isSameAs(afterText);
    }

    @Test
    void indentationCountsOnlyBeforeTheFirstMarker() {
        String line = "- " + " ".repeat(Nesting.MAX_INDENT + 10) + "x";
        assertThat(Nesting.capped(line)).isSameAs(line);
    }

    @Test
    void onlyTheLinesPastTheLimitChange() {
        String deep = "*".repeat(100) + " x";
        assertThat(Nesting.capped("one\n" + deep + "\n  two\n")).isEqualTo("one\n" + "*".repeat(48) + " x\n  two\n");
    }
}
