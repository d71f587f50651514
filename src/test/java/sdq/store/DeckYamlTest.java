package sdq.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sdq.deck.Card;
import sdq.deck.CardId;
import sdq.deck.Deck;
import sdq.deck.SourceRef;

class DeckYamlTest {
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
    void writesTheTidyFormatOfTheDesign() {
        Card card = new Card(new CardId("c-3f9a21"), "What's the difference between a fault and a failure?",
                "- **Fault**: a component deviating from its spec\n- **Failure**: the system stops serving\n",
                List.of("reliability"), "Conceptual Understanding Questions", Optional.of(new SourceRef(12)),
                Optional.empty());
        Deck deck = new Deck("reliability-basics", "Reliability, Scalability, Maintainability",
                Optional.of("notes/ddia-ch1.txt"), List.of(card));
        assertThat(DeckYaml.write(deck)).isEqualTo("""
                sdq: 1
                deck: reliability-basics
                title: Reliability, Scalability, Maintainability
                source: notes/ddia-ch1.txt
                cards:
                  - id: c-3f9a21
                    q: What's the difference between a fault and a failure?
                    a: |
                      - **Fault**: a component deviating from its spec
                      - **Failure**: the system stops serving
                    topics: [reliability]
                    section: Conceptual Understanding Questions
                    source: {line: 12}
                """);
    }

    @Test
    void scalarsAreReadAsTheExactStringWritten() {
        Deck deck = read("""
                cards:
                  - id: c-1
                    q: 012
                    a: no
                  - id: c-2
                    q: 1.10
                    a: ~
                  - id: c-3
                    q: "yes"
                    a: 2024-01-01
                """);
        assertThat(deck.cards()).extracting(Card::question).containsExactly("012", "1.10", "yes");
        assertThat(deck.cards()).extracting(Card::answer).containsExactly("no", "~", "2024-01-01");
    }

    @Test
    void everyWordYamlGivesAMeaningIsWrittenSoItReadsBackAsText() {
        String[] risky = {"yes", "Yes", "YES", "no", "No", "NO", "y", "Y", "n", "N", "true", "True", "TRUE", "false",
            "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL", "~", ".inf", "-.Inf",
            ".NaN", "1e3", "0x1f", "0b101", "0o17", "1_000", "2026-12-01", "2026-12-01 10:00:00", "<<", "=", "12:30:00",
            "+1", "-0.5", "falsey", "odd", "nope", "True story", "caching", "c-1"};
        for (String text : risky) {
            Card card = new Card(new CardId("c-1"), text, text, List.of(), text, Optional.empty(), Optional.empty());
            Deck deck = new Deck("t", text, Optional.of(text), List.of(card));
            assertThat(read(DeckYaml.write(deck))).as(text).isEqualTo(deck);
        }
    }

    @Test
    void textThatYamlWouldRetypeIsWrittenQuoted() {
        Card card = new Card(new CardId("c-1"), "012", "no", List.of());
        String yaml = DeckYaml.write(new Deck("t", "1.10", Optional.empty(), List.of(card)));
        assertThat(yaml).contains("q: '012'").contains("a: 'no'").contains("title: '1.10'").doesNotContain("!!");
        assertThat(read(yaml).cards().get(0)).isEqualTo(card);
    }

    @Test
    void topicsWrittenByHandAreMadeCanonical() {
        Deck deck = read("cards:\n  - {id: c-1, q: q, a: a, topics: [Load Balancing, caching, Caching]}\n");
        assertThat(deck.cards().get(0).topics()).containsExactly("load-balancing", "caching");
        assertThat(read("cards:\n  - {id: c-1, q: q, a: a, topics: caching}\n").cards().get(0).topics())
                .containsExactly("caching");
    }

    @Test
    void aDeckWithoutTitleOrVersionStillReads() {
        Deck deck = read("cards:\n  - id: c-1\n    q: q\n    a: a\n");
        assertThat(deck.title()).isEqualTo("t");
        assertThat(read("cards:\n").cards()).isEmpty();
    }

    @Test
    void cardLinesAreKeptForEditors() {
        LoadedDeck loaded = DeckYaml.read("t.yaml", "t", Optional.empty(),
                "sdq: 1\ncards:\n  - id: c-1\n    q: q\n    a: a\n  - id: c-2\n    q: q\n    a: a\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(loaded.lineOf(new CardId("c-1"))).isEqualTo(3);
        assertThat(loaded.lineOf(new CardId("c-2"))).isEqualTo(6);
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        byte[] yaml = "cards:\n  - {id: c-1, q: q, a: a}\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[yaml.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(yaml, 0, withBom, 3, yaml.length);
        assertThat(DeckYaml.read("t", "t", Optional.empty(), withBom).deck().cards()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing q          | cards:\\n  - id: c-1\\n    a: x\\n                 | decks/t.yaml:2:5: this card has no `q` (its question); add `q: ...`
            missing a          | cards:\\n  - id: c-1\\n    q: x\\n                 | decks/t.yaml:2:5: this card has no `a` (its answer); add `a: ...`
            empty q            | cards:\\n  - id: c-1\\n    q:\\n    a: x\\n        | decks/t.yaml:3:7: the question (`q`) is empty; write one or delete the card
            missing id         | cards:\\n  - q: x\\n    a: y\\n                    | decks/t.yaml:2:5: this card has no `id`; add a line `id: c-2d7116` (any unique word of letters, digits and '-')
            bad id             | cards:\\n  - {id: 'a b', q: x, a: y}\\n           | decks/t.yaml:2:10: 'a b' is not a card id; use letters, digits, '.', '_' or '-' (at most 64), e.g. c-2d7116
            duplicate id       | cards:\\n  - {id: c-1, q: x, a: y}\\n  - {id: c-1, q: z, a: w}\\n | decks/t.yaml:3:5: card id c-1 is used twice (first at line 2); give this card a new id
            duplicate key      | cards:\\n  - id: c-1\\n    q: x\\n    q: y\\n    a: z\\n | decks/t.yaml:4:5: the key `q` appears twice (first at line 3); keep one
            unknown key        | cards:\\n  - {id: c-1, q: x, answer: y}\\n       | decks/t.yaml:2:21: unknown key `answer` in a card; did you mean `a`?
            misspelt key       | cards:\\n  - {id: c-1, q: x, a: y, topcs: [a]}\\n | decks/t.yaml:2:27: unknown key `topcs` in a card; did you mean `topics`?
            topics not a list  | cards:\\n  - {id: c-1, q: x, a: y, topics: {a: b}}\\n | decks/t.yaml:2:35: `topics` must be a list, found a mapping
            q not text         | cards:\\n  - {id: c-1, q: [x], a: y}\\n         | decks/t.yaml:2:18: `q` must be text, found a list
            cards not a list   | cards: all of them\\n                           | decks/t.yaml:1:8: `cards` must be a list, found the text 'all of them'
            no cards           | title: x\\n                                      | decks/t.yaml:1:1: the deck has no `cards:` list; add one (see the README for the format)
            root is a list     | - a\\n- b\\n                                     | decks/t.yaml:1:1: the deck must be a mapping of `key: value` lines, found a list
            card is text       | cards:\\n  - just text\\n                        | decks/t.yaml:2:5: a card must be a mapping of `key: value` lines, found the text 'just text'
            newer version      | sdq: 2\\ncards:\\n                               | decks/t.yaml:1:6: this deck is in format version '2', but this sdq reads version 1; upgrade sdq or fix `sdq:`
            wrong deck name    | deck: other\\ncards:\\n                          | decks/t.yaml:1:7: `deck: other` does not match the file name (t.yaml); make them the same
            tab indentation    | cards:\\n\\t- {id: c-1, q: x, a: y}\\n          | decks/t.yaml:2:1: a tab is used for indentation; YAML needs spaces
            bad source line    | cards:\\n  - {id: c-1, q: x, a: y, source: {line: zero}}\\n | decks/t.yaml:2:42: `line` must be a whole number of 1 or more, found 'zero'
            unclosed quote     | cards:\\n  - {id: c-1, q: \"x, a: y}\\n           | decks/t.yaml:3:1: not valid YAML: found unexpected end of stream
            unknown key 2      | cards:\\n  - {id: c-1, q: x, a: y, notes: z}\\n | decks/t.yaml:2:27: unknown key `notes` in a card; the keys allowed in a card are id, q, a, topics, section, source, parent, cloze
            flow not closed    | cards:\\n  - {id: c-1, q: Why?, a: y}\\n  | decks/t.yaml:2:21: a `{...}` or `[...]` is not closed where expected; put text that holds ',', ':', '?', '[' or '{' in quotes
            custom tag         | cards:\\n  - {id: c-1, q: !!python/object x, a: y}\\n | decks/t.yaml:2:18: YAML tags (`!...`) are not allowed in a deck; remove it
            two documents      | cards:\\n---\\ncards:\\n                         | decks/t.yaml:2:1: the file holds more than one YAML document (`---`); keep one deck per file
            only comments      | # nothing here\\n                               | decks/t.yaml: the file holds no deck (only blank lines or comments); add `cards:` or delete the file
            """)
    void everyMalformedDeckIsNamedWithItsPlace(String name, String yaml, String message) {
        assertThat(problem(yaml.replace("\\n", "\n").replace("\\t", "\t"))).isEqualTo(message);
    }

    @Test
    void aColonInPlainTextIsExplained() {
        assertThat(problem("cards:\n  - id: c-1\n    q: a: b\n")).isEqualTo("decks/t.yaml:3:9: a ': ' where YAML"
                + " does not allow one; put the text in quotes or in a block (`|`)");
    }

    @Test
    void anEmptyFileIsNamed() {
        assertThat(problem(new byte[0]))
                .isEqualTo("decks/t.yaml: the file is empty; a deck needs at least `cards:` (or delete the file)");
    }

    @Test
    void invalidUtf8IsNamedWithLineAndColumn() {
        byte[] bytes = "cards:\n  - {id: c-1, q: caf\u00e9, a: x}\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problem(bytes)).isEqualTo("decks/t.yaml:2:21: invalid UTF-8 (byte 0xE9); save the file as UTF-8");
    }

    @Test
    void utf16IsNamed() {
        byte[] bytes = "\uFEFFcards:\n".getBytes(StandardCharsets.UTF_16BE);
        assertThat(problem(bytes)).isEqualTo("decks/t.yaml:1:1: the file is UTF-16; save it as UTF-8");
    }

    @Test
    void aliasBombsAreRefused() {
        // Inside one card, as the deck is read a card at a time.
        StringBuilder yaml = new StringBuilder("cards:\n  - {id: c-1, q: x, a: y, topics: [&a [x, x, x, x, x, x, x, x, x, x]");
        for (int i = 0; i < 8; i++) {
            yaml.append(", &").append((char) ('b' + i)).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append('*').append((char) ('a' + i));
            }
            yaml.append("]");
        }
        yaml.append("]}\n");
        assertThat(problem(yaml.toString())).contains("too many YAML aliases");
    }

    @Test
    void textThatCannotBeABlockIsStillExact() {
        List<String> awkward = List.of("trailing space \nnext", "  leading spaces\nline", "\nstarts with newline",
                "ends with two\n\n", "carriage\r\nreturn", "tab\tinside\n\tand indented", "# not a comment",
                "key: value", "- not a list", "'quoted'", "\"double\"", "emoji 🔴 and ünïcödé", "line\u2028sep",
                "bell\u0007", "ends with space ");
        int n = 0;
        for (String text : awkward) {
            Card card = new Card(new CardId("c-" + n++), text, text, List.of());
            Deck deck = new Deck("t", "t", Optional.empty(), List.of(card));
            assertThat(read(DeckYaml.write(deck))).as(text).isEqualTo(deck);
        }
    }

    @Test
    void aliasesThatExpandBeyondTheLimitAreRefusedWithoutReadingThemAll() {
        StringBuilder yaml = new StringBuilder("cards:\n  - id: c-000000\n    q: &big \"" + "x".repeat(1 << 20) + "\"\n"
                + "    a: b\n");
        for (int i = 1; i < 2000; i++) {
            yaml.append("  - id: c-").append(String.format("%06d", i)).append("\n    q: *big\n    a: b\n");
        }
        assertThat(problem(yaml.toString())).startsWith("decks/t.yaml:").contains("aliases")
                .contains("more than 64 MB of text");
    }

    @Test
    void aFewAliasesOfShortTextStillRead() {
        Deck deck = read("cards:\n  - id: c-1\n    q: &q Same question?\n    a: one\n  - id: c-2\n    q: *q\n    a: two\n");
        assertThat(deck.cards()).extracting(c -> c.question()).containsExactly("Same question?", "Same question?");
    }

    @Test
    void localTagsAreRefusedAsGlobalOnesAre() {
        assertThat(problem("cards:\n  - id: c-1\n    q: !foo bar\n    a: b\n")).startsWith("decks/t.yaml:3:")
                .contains("!foo");
    }
}
