package sdq.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A notes file too long to read whole is read piece by piece, and gives the cards reading it whole would. */
class LongNotesTest {
    private static String cards(int n, boolean headings) {
        StringBuilder out = new StringBuilder("# Long notes\n\n");
        for (int i = 0; i < n; i++) {
            out.append(headings ? "## What is thing " + i + "?\n\nIt is thing " + i + ", a part of the whole.\n\n"
                    : "Q: What is thing " + i + "?\nA: It is thing " + i + ", a part of the whole.\n\n");
        }
        return out.toString();
    }

    @Test
    void piecesNeverCutAFencedBlockAndCoverTheText() {
        String fence = "```\n" + "x = 1\n\n".repeat(400_000) + "```\n";
        String text = cards(20_000, true) + "\n" + fence + "\n" + cards(20_000, true);
        List<Sections.Piece> pieces = Sections.of(text);
        assertThat(pieces).hasSizeGreaterThan(1);
        assertThat(String.join("", pieces.stream().map(Sections.Piece::text).toList())).isEqualTo(text);
        assertThat(pieces).allSatisfy(p -> assertThat(p.text().chars().filter(c -> c == '`').count() % 6).isZero());
        int line = 0;
        for (Sections.Piece p : pieces) {
            assertThat(p.firstLine()).isEqualTo(line);
            line += (int) p.text().chars().filter(c -> c == '\n').count();
        }
    }

    @Test
    void aLongMarkdownFileGivesEveryCardAtItsLine() {
        int n = 60_000;
        String text = cards(n, true);
        assertThat(text.length()).isGreaterThan(Sections.READ_WHOLE);
        ReadNote note = NoteReader.read("long.md", text.getBytes(StandardCharsets.UTF_8));
        assertThat(note.drafts()).hasSize(n);
        for (int i = 0; i < n; i += 997) {
            Draft d = note.drafts().get(i);
            assertThat(d.question()).isEqualTo("What is thing " + i + "?");
            assertThat(d.line()).isEqualTo(3 + 4 * i);
        }
        assertThat(note.title()).isEqualTo("Long notes");
    }

    @Test
    void aLongPlainFileOfQuestionsWithoutHeadingsIsCutBeforeQuestions() {
        int n = 60_000;
        String text = cards(n, false);
        assertThat(Sections.of(text)).hasSizeGreaterThan(1);
        ReadNote note = NoteReader.read("long.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(note.drafts()).hasSize(n);
        Draft last = note.drafts().get(n - 1);
        assertThat(last.question()).isEqualTo("What is thing " + (n - 1) + "?");
        assertThat(last.answer()).startsWith("It is thing " + (n - 1));
        assertThat(last.line()).isEqualTo(3 + 3 * (n - 1));
    }
}
