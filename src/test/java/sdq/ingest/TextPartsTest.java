package sdq.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sdq.deck.InvalidInputException;

/** A long file decoded a part at a time gives exactly the text, and the cards, of one decoded whole. */
class TextPartsTest {
    /** About 3.5 MB of notes: headings that ask, Q/A labels, CRLF breaks, trailing spaces, curly quotes and Greek. */
    private static String notes(String lineBreak) {
        StringBuilder out = new StringBuilder("# Long notes" + lineBreak + lineBreak);
        for (int i = 0; out.length() < 3_500_000; i++) {
            out.append(i % 2 == 0 ? "## What does node " + i + " do when its lease runs out?  " : "Q: Why is Δ" + i + " “small”?")
                    .append(lineBreak).append(i % 2 == 0 ? lineBreak : "A: ")
                    .append("It stops taking writes — another leader may exist. \t").append(lineBreak).append(lineBreak);
        }
        return out.toString();
    }

    private static byte[] bytes(byte[] bom, String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    private static List<String> parts(TextParts parts) {
        List<String> out = new ArrayList<>();
        parts.forEach(p -> out.add(p.text()));
        return out;
    }

    @Test
    void partsJoinedAreTheWholeTextInEveryEncoding() {
        record Case(byte[] bom, Charset charset, String encoding) {
        }
        for (Case c : List.of(new Case(new byte[0], StandardCharsets.UTF_8, "UTF-8"),
                new Case(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8, "UTF-8 (with BOM)"),
                new Case(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE, "UTF-16LE"),
                new Case(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE, "UTF-16BE"))) {
            for (String lineBreak : List.of("\n", "\r\n", "\r")) {
                byte[] bytes = bytes(c.bom(), notes(lineBreak), c.charset());
                TextParts parts = DecodedText.inParts("n.md", bytes);
                List<String> texts = parts(parts);
                assertThat(texts).as(c.encoding() + " " + lineBreak.length()).hasSizeGreaterThan(2);
                assertThat(texts.subList(0, texts.size() - 1)).allSatisfy(t -> assertThat(t).endsWith("\n"));
                assertThat(String.join("", texts)).isEqualTo(DecodedText.of("n.md", bytes).text());
                assertThat(parts.encoding()).isEqualTo(c.encoding());
                assertThat(parts(parts)).as("read again").isEqualTo(texts);
            }
        }
    }

    @Test
    void windows1252IsReadPartByPart() {
        byte[] bytes = notes("\n").replace('Δ', 'e').replace('“', '"').replace('”', '"').replace('—', '-')
                .replace("lease", "l\u00e9ase").getBytes(Charset.forName("windows-1252"));
        TextParts parts = DecodedText.inParts("n.txt", bytes);
        assertThat(parts.encoding()).isEqualTo("Windows-1252");
        assertThat(String.join("", parts(parts))).isEqualTo(DecodedText.of("n.txt", bytes).text()).contains("léase");
    }

    @Test
    void aShortFileIsOnePart() {
        TextParts parts = DecodedText.inParts("n.md", "Q: Why?\r\nA: Because.\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(parts(parts)).containsExactly("Q: Why?\nA: Because.\n");
    }

    @Test
    void mojibakeIsRepairedInEveryPartAndCounted() {
        String text = notes("\n").replace("—", "\u00e2\u20ac\u201d");
        TextParts parts = DecodedText.inParts("n.md", text.getBytes(StandardCharsets.UTF_8));
        int repaired = 0;
        for (TextParts.Part p : parts) {
            assertThat(p.text()).doesNotContain("\u00e2\u20ac");
            repaired += p.repaired();
        }
        assertThat(repaired).isEqualTo(DecodedText.of("n.md", text.getBytes(StandardCharsets.UTF_8)).repaired())
                .isGreaterThan(1000);
        ReadNote note = NoteReader.read("n.md", text.getBytes(StandardCharsets.UTF_8));
        assertThat(note.repaired()).isEqualTo(repaired);
    }

    @Test
    void aNulCharacterFarIntoALongFileIsBadInputNamingIt() {
        String text = notes("\n") + "Q: And\u0000this?\nA: No.\n";
        TextParts parts = DecodedText.inParts("n.md", text.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> parts(parts)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("n.md: is not a text file");
    }

    @Test
    void aLongFileReadInPartsGivesTheCardsOfTheWholeText() {
        for (String name : List.of("n.md", "n.txt")) {
            byte[] bytes = notes("\r\n").getBytes(StandardCharsets.UTF_8);
            ReadNote inParts = NoteReader.read(name, bytes);
            ReadNote whole = NoteReader.read(name, DecodedText.of(name, bytes), Optional.empty());
            assertThat(inParts.drafts()).hasSizeGreaterThan(30_000).isEqualTo(whole.drafts());
            assertThat(inParts.title()).isEqualTo(whole.title()).isEqualTo("Long notes");
            assertThat(inParts.syntax()).isEqualTo(whole.syntax());
        }
    }

    @Test
    void aLongMarkdownFileWithAnotherToolsCardsAfterItsFirstPartIsReadWhole() {
        String text = notes("\n") + "\nA leader holds a {{c1::lease}} on the log.\n";
        ReadNote note = NoteReader.read("n.md", text.getBytes(StandardCharsets.UTF_8));
        assertThat(note.drafts()).anySatisfy(d -> assertThat(d.cloze()).isPresent());
        assertThat(note.drafts()).hasSizeGreaterThan(30_000);
    }

    @Test
    void aCardFileOfOneLongLineIsCutBetweenCharactersInEveryEncoding() {
        // Emoji are surrogate pairs in UTF-16 and four bytes in UTF-8; CRLF pairs must stay whole.
        String unit = "{\"q\": \"Why \uD83D\uDE80 é?\", \"a\": \"Δ\r\nx\"}, ";
        String line = "[" + unit.repeat(3_500_000 / unit.length()) + "{}]";
        record Case(byte[] bom, Charset charset) {
        }
        for (Case c : List.of(new Case(new byte[0], StandardCharsets.UTF_8),
                new Case(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE),
                new Case(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE))) {
            byte[] bytes = bytes(c.bom(), line, c.charset());
            TextParts parts = DecodedText.exactParts("cards.json", bytes);
            assertThat(parts(parts)).as(c.charset().name()).hasSizeGreaterThan(2);
            assertThat(String.join("", parts(parts))).isEqualTo(DecodedText.exact("cards.json", bytes).text())
                    .doesNotContain("\r").doesNotContain("\uFFFD");
            StringBuilder read = new StringBuilder();
            try (java.io.Reader in = parts.reader()) {
                in.transferTo(new java.io.Writer() {
                    @Override
                    public void write(char[] b, int off, int len) {
                        read.append(b, off, len);
                    }

                    @Override
                    public void flush() {
                    }

                    @Override
                    public void close() {
                    }
                });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertThat(read.toString()).isEqualTo(String.join("", parts(parts)));
        }
    }

    @Test
    void notesWithoutALineBreakFor8MegabytesAreStillCut() {
        String line = "word é ".repeat(10_000_000 / 8);
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        List<String> texts = parts(DecodedText.inParts("n.txt", bytes));
        assertThat(texts).hasSizeGreaterThan(1);
        assertThat(String.join("", texts)).isEqualTo(DecodedText.of("n.txt", bytes).text());
    }

    @Test
    void aLongHtmlPageIsReadPieceByPieceCutBeforeItsHeadings() {
        StringBuilder html = new StringBuilder("<html><head><title>Long page</title></head><body>\n<h1>Leases</h1>\n");
        int n = 0;
        while (html.length() < 3_000_000) {
            html.append("<h2>Why does node ").append(n).append(" need a lease?</h2>\n<p>So that two leaders never")
                    .append(" accept writes at once.</p>\n<ul>\n<li>It renews early.</li>\n</ul>\n");
            n++;
        }
        html.append("</body></html>\n");
        ReadNote note = NoteReader.read("long.html", html.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(note.drafts()).hasSize(n);
        assertThat(note.title()).isEqualTo("Long page");
        for (int i = 0; i < n; i += 1999) {
            Draft d = note.drafts().get(i);
            assertThat(d.question()).isEqualTo("Why does node " + i + " need a lease?");
            assertThat(d.answer()).startsWith("So that two leaders").endsWith("- It renews early.");
            assertThat(d.line()).isEqualTo(3 + 5 * i);
        }
    }

    @Test
    void aLongWebPageSavedAsTextIsCutBeforeALineThatAsksAndLosesNoCard() {
        StringBuilder page = new StringBuilder("Documentation Index\nSharding interview guide\n");
        int n = 0;
        while (page.length() < 3_000_000) {
            page.append("- Q: How do you pick shard key ").append(n).append("? A: By the queries it serves,")
                    .append(" so most of them touch one shard.\n");
            if (n % 1000 == 999) {
                page.append("Sharding by tenant, part ").append(n / 1000).append("?\n");
            }
            n++;
        }
        String text = page.toString();
        java.util.List<Sections.Piece> pieces = new java.util.ArrayList<>();
        Sections.of(java.util.List.of(text).iterator(), Sections.Headings.WEB_PAGE).forEachRemaining(pieces::add);
        assertThat(pieces).hasSizeGreaterThan(1);
        assertThat(pieces.subList(1, pieces.size())).allSatisfy(p -> assertThat(p.text()).startsWith("Sharding by tenant"));
        ReadNote inPieces = NoteReader.read("guide.txt", text.getBytes(StandardCharsets.UTF_8),
                Optional.of(NoteSyntax.WEB_PAGE));
        java.util.List<Draft> whole = sdq.ingest.cards.CardFinder.find(NoteReader.document(NoteSyntax.WEB_PAGE, text))
                .drafts();
        assertThat(whole).hasSize(n);
        assertThat(inPieces.drafts()).extracting(Draft::question).isEqualTo(whole.stream().map(Draft::question).toList());
        assertThat(inPieces.drafts()).extracting(Draft::line).isEqualTo(whole.stream().map(Draft::line).toList());
    }
}
