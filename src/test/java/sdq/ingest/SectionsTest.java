package sdq.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Where a long file is cut into pieces: before its top-level headings, never inside code, always bounded. */
class SectionsTest {
    private static final String LINE = "x".repeat(99) + "\n";
    private static final int MB = Sections.PIECE;

    /** Lines of text with no blank line and nothing that asks, about {@code bytes} long. */
    private static String filler(int bytes) {
        return LINE.repeat(bytes / LINE.length() + 1);
    }

    private static List<Sections.Piece> pieces(Sections.Headings headings, String... parts) {
        List<Sections.Piece> out = new ArrayList<>();
        List<String> all = new ArrayList<>(List.of(parts));
        if (all.size() == 1) {
            // A text in one part under the size read whole would be one piece: a second, empty part.
            all.add("");
        }
        Sections.of(all.iterator(), headings).forEachRemaining(out::add);
        return out;
    }

    private static List<String> starts(List<Sections.Piece> pieces) {
        return pieces.stream().map(p -> p.text().substring(0, Math.min(12, p.text().length()))).toList();
    }

    private static void assertWhole(List<Sections.Piece> pieces, String text) {
        StringBuilder joined = new StringBuilder();
        for (Sections.Piece p : pieces) {
            assertThat(p.firstLine()).isEqualTo(joined.chars().filter(c -> c == '\n').count());
            joined.append(p.text());
        }
        assertThat(joined.toString()).isEqualTo(text);
    }

    @Test
    void shortNotesAreOnePiece() {
        assertThat(Sections.of("# A\n\ntext\n\n# B\n")).containsExactly(new Sections.Piece("# A\n\ntext\n\n# B\n", 0));
        assertThat(Sections.of("")).containsExactly(new Sections.Piece("", 0));
    }

    @Test
    void aLongMarkdownFileIsCutBeforeTopLevelHeadingsAfterABlankLine() {
        String first = "# One\n" + filler(MB);
        String text = first + "\n## Two\n" + filler(MB / 2) + "### Three, not top level\n" + filler(MB)
                + "# Four, no blank line above\n" + "\n# Five\nend\n";
        List<Sections.Piece> pieces = pieces(Sections.Headings.MARKDOWN, text);
        assertThat(starts(pieces)).containsExactly("# One\nxxxxxx", "## Two\nxxxxx", "# Five\nend\n");
        assertThat(pieces.get(0).text()).isEqualTo(first + "\n");
        assertWhole(pieces, text);
    }

    @Test
    void aHeadingSoonAfterTheLastCutStaysInThePiece() {
        String text = filler(MB) + "\n# Two\n" + filler(MB / 4) + "\n# Three\n" + filler(MB);
        assertThat(starts(pieces(Sections.Headings.MARKDOWN, text))).containsExactly("xxxxxxxxxxxx", "# Two\nxxxxxx");
    }

    @Test
    void noCutInsideACodeBlockOfTheSyntax() {
        String md = filler(MB) + "\n```\n\n# in code\n```\n\n# After\n";
        assertThat(starts(pieces(Sections.Headings.MARKDOWN, md))).containsExactly("xxxxxxxxxxxx", "# After\n");
        String tilde = filler(MB) + "\n~~~\n\n# in code\n~~~\n";
        assertThat(pieces(Sections.Headings.MARKDOWN, tilde)).hasSize(1);
        String org = filler(MB) + "\n#+BEGIN_SRC sh\n\n* in code\n#+end_src\n\n** After\n";
        assertThat(starts(pieces(Sections.Headings.ORG, org))).containsExactly("xxxxxxxxxxxx", "** After\n");
        String adoc = filler(MB) + "\n----\n\n= in code\n----\n....\n\n== in literal\n....\n\n== After\n";
        assertThat(starts(pieces(Sections.Headings.ASCIIDOC, adoc))).containsExactly("xxxxxxxxxxxx", "== After\n");
        String html = filler(MB) + "<pre>\n<h2>in code</h2>\n</pre>\n<H1>After</h1>\n";
        assertThat(starts(pieces(Sections.Headings.HTML, html))).containsExactly("xxxxxxxxxxxx", "<H1>After</h");
        String oneLinePre = filler(MB) + "<pre>x</pre>\n  <h2>After</h2>\n";
        assertThat(starts(pieces(Sections.Headings.HTML, oneLinePre))).containsExactly("xxxxxxxxxxxx", "  <h2>After<");
    }

    @Test
    void eachSyntaxHasItsHeadings() {
        String org = filler(MB) + "\n*bold* is no heading\n\n* Org\n";
        assertThat(starts(pieces(Sections.Headings.ORG, org))).containsExactly("xxxxxxxxxxxx", "* Org\n");
        String adoc = filler(MB) + "\n=== Too deep\n\n= Doc\n";
        assertThat(starts(pieces(Sections.Headings.ASCIIDOC, adoc))).containsExactly("xxxxxxxxxxxx", "= Doc\n");
        String html = filler(MB) + "<h3>deep</h3>\n<h2 id=x>Part</h2>\n";
        assertThat(starts(pieces(Sections.Headings.HTML, html))).containsExactly("xxxxxxxxxxxx", "<h2 id=x>Par");
    }

    @Test
    void aWebPageIsCutAtALineThatAsksWithoutABlankLine() {
        String text = filler(MB) + " indented, not asking?\n" + "y".repeat(200) + "?\n" + "Why a cut here?\nanswer\n";
        List<Sections.Piece> pieces = pieces(Sections.Headings.WEB_PAGE, text);
        assertThat(starts(pieces)).containsExactly("xxxxxxxxxxxx", "Why a cut he");
        assertWhole(pieces, text);
    }

    @Test
    void withoutHeadingsTheFirstQuestionAfterABlankLineIsTheCutOnceThePieceIsBig() {
        String text = filler(MB) + "\n  Indented question?\n\nWhat is asked first?\n" + filler(MB) + "\nWhat next?\n"
                + filler(MB);
        List<Sections.Piece> pieces = pieces(Sections.Headings.NONE, text);
        assertThat(starts(pieces)).containsExactly("xxxxxxxxxxxx", "What is aske");
        assertWhole(pieces, text);
    }

    @Test
    void withoutHeadingsOrQuestionsABlankLineAndAtLastAnyLineBoundThePiece() {
        String blank = filler(4 * MB) + "\nafter the blank line\n";
        List<Sections.Piece> atBlank = pieces(Sections.Headings.MARKDOWN, blank);
        assertThat(starts(atBlank)).containsExactly("xxxxxxxxxxxx", "after the bl");
        assertThat(atBlank.get(0).text().length()).isGreaterThanOrEqualTo(4 * MB);
        String noBlank = filler(9 * MB);
        List<Sections.Piece> anyLine = pieces(Sections.Headings.MARKDOWN, noBlank);
        assertThat(anyLine).hasSize(2);
        assertThat(anyLine.get(0).text().length()).isBetween(8 * MB, 8 * MB + LINE.length());
        assertWhole(anyLine, noBlank);
    }

    @Test
    void manyShortLinesAreCutByTheirNumberThoughTheyAreFewBytes() {
        // 600,000 lines in 1.2 MB: under the size read whole, but what a piece holds grows with its lines.
        String text = "a\n".repeat(600_000);
        assertThat(Sections.readWhole(text)).isFalse();
        assertThat(Sections.readWhole("a\n".repeat(2 * Sections.PIECE_LINES - 1))).isTrue();
        List<Sections.Piece> pieces = pieces(Sections.Headings.MARKDOWN, text);
        assertThat(pieces).hasSizeGreaterThan(2);
        for (Sections.Piece p : pieces) {
            assertThat(p.text().chars().filter(c -> c == '\n').count()).isLessThanOrEqualTo(8L * Sections.PIECE_LINES);
        }
        assertWhole(pieces, text);
        // Blank lines and questions after them bound a piece of short lines as they bound a long one.
        String questions = "Why?\nb\n\n".repeat(100_000);
        List<Sections.Piece> asked = pieces(Sections.Headings.NONE, questions);
        assertThat(asked).hasSizeGreaterThan(2).allSatisfy(p -> assertThat(p.text()).startsWith("Why?\n"));
        assertWhole(asked, questions);
    }

    @Test
    void partsAreJoinedAcrossTheirBoundaries() {
        String a = filler(MB);
        String text = a + "\n# Two\n" + "tail\n";
        List<Sections.Piece> pieces = pieces(Sections.Headings.MARKDOWN, a, "\n# Tw", "o\n", "tail\n");
        assertThat(starts(pieces)).containsExactly("xxxxxxxxxxxx", "# Two\ntail\n");
        assertWhole(pieces, text);
        assertThat(pieces(Sections.Headings.MARKDOWN, "short", " and more")).containsExactly(
                new Sections.Piece("short and more", 0));
    }

    @Test
    void theLastLineNeedNotEndInABreak() {
        String text = filler(MB) + "\n# Last\nno break";
        assertWhole(pieces(Sections.Headings.MARKDOWN, text), text);
    }

    @Test
    void nextAfterTheLastPieceIsAnError() {
        Iterator<Sections.Piece> it = Sections.of(List.of("one").iterator(), Sections.Headings.NONE);
        assertThat(it.next().text()).isEqualTo("one");
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }
}
