package sdq.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sdq.deck.Deck;

/** The edges of reading a deck file: where YAML's own checks end and the deck's begin. */
class DeckReaderEdgesTest {
    private static Deck read(String yaml) {
        return DeckText.read(yaml);
    }

    private static String problem(String yaml) {
        return DeckText.problem(yaml);
    }

    private static String problem(byte[] bytes) {
        return DeckText.problem(bytes);
    }

    @Test
    void anAliasInsideItsOwnAnchorIsRefusedInsteadOfExpandingForever() {
        assertThat(problem("cards:\n  - &a {id: c-1, q: x, a: y, *a : z}\n")).isEqualTo("decks/t.yaml:2:5: a YAML"
                + " alias (*name) stands inside the anchor (&name) it repeats; write the text out instead");
        assertThat(problem("cards:\n  - {id: c-1, q: x, a: y, topics: &t [a, *t]}\n"))
                .startsWith("decks/t.yaml:2:35: a YAML alias (*name) stands inside the anchor");
    }

    @Test
    void aTabThatYamlWouldAcceptInAFlowIsStillRefusedAtItsLine() {
        assertThat(problem("cards:\n  - {id: c-1, q: x,\n\ta: y}\n"))
                .isEqualTo("decks/t.yaml:3:1: a tab is used for indentation; YAML needs spaces");
    }

    @Test
    void aTabInsideALineIsText() {
        assertThat(read("cards:\n  - {id: c-1, q: \"x\ty\", a: y}\n").cards().get(0).question()).isEqualTo("x\ty");
        assertThat(read("cards:\n  - id: c-1\n    q: x\ty\n    a: y\n").cards().get(0).question()).isEqualTo("x\ty");
    }

    @Test
    void nestingDeeperThanADeckIsSaidInItsWords() {
        assertThat(problem("cards:\n  - {id: c-1, q: x, a: y, topics: " + "[".repeat(25) + "a" + "]".repeat(25) + "}\n"))
                .isEqualTo("decks/t.yaml: lists or mappings nested more than 20 deep; a card is flat `key: value` lines");
    }

    @Test
    void aMergeKeyIsAnUnknownKeyNotAMerge() {
        assertThat(problem("cards:\n  - &b {id: c-1, q: x, a: y}\n  - <<: *b\n    id: c-2\n"))
                .startsWith("decks/t.yaml:3:5: unknown key `<<` in a card");
    }

    @Test
    void aDeckOfSeveralMegabytesReads() {
        StringBuilder yaml = new StringBuilder("cards:\n");
        int n = 0;
        while (yaml.length() < 4_000_000) {
            yaml.append("  - {id: c-").append(n).append(", q: question ").append(n).append(" padded with words, a: answer}\n");
            n++;
        }
        assertThat(read(yaml.toString()).cards()).hasSize(n);
    }

    @Test
    void utf16IsNamedInEitherByteOrderAndAtAnyLength() {
        assertThat(problem(new byte[] {(byte) 0xFF, (byte) 0xFE}))
                .isEqualTo("decks/t.yaml:1:1: the file is UTF-16; save it as UTF-8");
        assertThat(problem(new byte[] {(byte) 0xFE, (byte) 0xFF}))
                .isEqualTo("decks/t.yaml:1:1: the file is UTF-16; save it as UTF-8");
        assertThat(problem("\uFEFFcards:\n".getBytes(StandardCharsets.UTF_16LE)))
                .isEqualTo("decks/t.yaml:1:1: the file is UTF-16; save it as UTF-8");
        assertThat(problem(new byte[] {(byte) 0xFE, 'x'})).doesNotContain("UTF-16");
        assertThat(problem(new byte[] {(byte) 0xFF, 'x'})).doesNotContain("UTF-16");
    }

    @Test
    void aBlankSourceIsNoSource() {
        assertThat(read("source: \" \"\ncards:\n  - {id: c-1, q: x, a: y}\n").source()).isEmpty();
        assertThat(read("source: notes.md\ncards:\n  - {id: c-1, q: x, a: y}\n").source()).contains("notes.md");
    }

    @Test
    void emptyTopicsAreNoneButAnEmptyTopicInAListIsAMistake() {
        assertThat(read("cards:\n  - {id: c-1, q: x, a: y, topics: ''}\n").cards().get(0).topics()).isEmpty();
        assertThat(read("cards:\n  - {id: c-1, q: x, a: y, topics: caching}\n").cards().get(0).topics())
                .isEqualTo(List.of("caching"));
        assertThat(problem("cards:\n  - {id: c-1, q: x, a: y, topics: ['']}\n")).contains("'' is not a topic name");
    }

    @Test
    void aSectionIsOneLineEvenWhenItStartsWithABreak() {
        assertThat(problem("cards:\n  - {id: c-1, q: x, a: y, section: \"\\nx\"}\n"))
                .isEqualTo("decks/t.yaml:2:36: `section` must be one line");
    }

    @Test
    void textShownInAMessageIsCutAfterThirtyCharacters() {
        assertThat(problem("cards: " + "x".repeat(30) + "\n")).endsWith("the text '" + "x".repeat(30) + "'");
        assertThat(problem("cards: " + "x".repeat(31) + "\n")).endsWith("the text '" + "x".repeat(29) + "…'");
    }

    @Test
    void aControlCharacterIsNamed() {
        assertThat(problem("cards:\n  - {id: c-1, q: x\u0007, a: y}\n")).endsWith("a control character that YAML does"
                + " not allow; remove it or write it escaped in double quotes");
    }

    /** A deck of {@code n} cards whose questions hold two- and three-byte characters, so buffers end inside them. */
    private static String cards(int n) {
        StringBuilder yaml = new StringBuilder("cards:\n");
        for (int i = 0; i < n; i++) {
            yaml.append("  - {id: c-").append(i).append(", q: \"Wh\u00e9re \u2192 ").append(i).append("?\", a: y}\n");
        }
        return yaml.toString();
    }

    @Test
    void bytesAreCheckedAcrossBuffersWithoutFalseAlarms() {
        String yaml = cards(20_000);
        assertThat(yaml.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(4 * 64 * 1024);
        assertThat(read(yaml).cards()).hasSize(20_000);
    }

    @Test
    void aBadByteOrATabFarIntoADeckIsNamedAtItsLine() {
        String yaml = cards(20_000);
        byte[] good = yaml.getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(good, good.length + 30);
        byte[] tail = "  - {id: x, q: caf\u00e9, a: y}\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(tail, 0, bad, good.length, tail.length);
        bad = java.util.Arrays.copyOf(bad, good.length + tail.length);
        assertThat(problem(bad)).isEqualTo("decks/t.yaml:20002:19: invalid UTF-8 (byte 0xE9); save the file as UTF-8");
        assertThat(problem(yaml + "\t- {id: x, q: y, a: z}\n"))
                .isEqualTo("decks/t.yaml:20002:1: a tab is used for indentation; YAML needs spaces");
    }

    @Test
    void aFileSavedWhileItIsReadIsToldApart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("t.yaml");
        java.nio.file.Files.writeString(file, "cards:\n  - {id: c-1, q: x, a: y}\n");
        DeckBytes bytes = DeckBytes.of("t.yaml", file);
        try (java.io.Reader in = bytes.reader()) {
            in.transferTo(java.io.Writer.nullWriter());
        }
        assertThat(bytes.unchanged()).isTrue();
        java.nio.file.Files.writeString(file, "cards:\n  - {id: c-1, q: x, a: z}\n");
        try (java.io.Reader in = bytes.reader()) {
            in.transferTo(java.io.Writer.nullWriter());
        }
        assertThat(bytes.unchanged()).isFalse();
        assertThat(bytes.digest()).isEqualTo(DeckCache.digest("cards:\n  - {id: c-1, q: x, a: y}\n"
                .getBytes(StandardCharsets.UTF_8)));
    }
}
