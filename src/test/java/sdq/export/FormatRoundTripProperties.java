package sdq.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import sdq.deck.Card;
import sdq.deck.CardId;
import sdq.deck.CardRow;
import sdq.deck.Deck;
import sdq.deck.DeckCard;
import sdq.store.DeckYaml;
import sdq.store.FlashcardYaml;

/**
 * Each export format read back by its reader gives the cards that were written: the same
 * questions, answers, ids and topics, whatever the text holds (Markdown, unicode, tabs, quotes,
 * line breaks, no topics). Anki's fields are HTML, so there the Markdown must mean the same.
 */
public class FormatRoundTripProperties {

    @Property(tries = 200)
    void csv(@ForAll("cards") List<Card> cards) {
        List<List<String>> rows = cards.stream().map(c -> List.of(c.id().value(), "deck", c.question(), c.answer(),
                String.join(";", c.topics()), "1", "2026-11-23")).toList();
        List<CardRow> back = CsvCards.read("t.csv", CsvCards.write(CsvCards.HEADER, rows), CsvCards.SNIFF);
        assertSame(cards, back, false);
        assertThat(back).allSatisfy(r -> assertThat(r.deck()).contains("deck"));
    }

    @Property(tries = 200)
    void anki(@ForAll("markdownCards") List<Card> cards) {
        List<AnkiText.Note> notes = cards.stream().map(c -> new AnkiText.Note(c.id().value(),
                MarkdownHtml.toHtml(c.question()), MarkdownHtml.toHtml(c.answer()), "System Design::deck-1", c.topics()))
                .toList();
        List<CardRow> back = AnkiText.read("t.txt", AnkiText.write(notes));
        assertSame(cards, back, true);
        assertThat(back).allSatisfy(r -> assertThat(r.deck()).contains("deck-1"));
    }

    @Property(tries = 200)
    void markdownSheet(@ForAll("cards") List<Card> cards) {
        String sheet = MarkdownSheet.write("Title", cards.stream().map(c -> new MarkdownSheet.Entry(c.id().value(),
                "deck", c.question(), c.answer(), c.topics(), java.util.Optional.empty())).toList());
        assertThat(MarkdownSheet.looksLike(sheet)).isTrue();
        assertSame(cards, MarkdownSheet.read(sheet), false);
    }

    @Property(tries = 200)
    void json(@ForAll("cards") List<Card> cards) {
        String json = Json.write(cards.stream().map(c -> Json.card(new DeckCard("deck", c))).toList());
        assertSame(cards, JsonCards.read("t.json", json), false);
    }

    @Property(tries = 200)
    void yaml(@ForAll("cards") List<Card> cards) {
        String yaml = DeckYaml.write(new Deck("deck", "Deck", Optional.empty(), cards));
        assertSame(cards, FlashcardYaml.read("t.yaml", yaml).rows(), false);
    }

    private static void assertSame(List<Card> cards, List<CardRow> back, boolean html) {
        assertThat(back).hasSameSizeAs(cards);
        for (int i = 0; i < cards.size(); i++) {
            Card c = cards.get(i);
            CardRow r = back.get(i);
            if (html) {
                // Markdown that means the same renders the same.
                assertThat(rendered(r.question())).isEqualTo(rendered(c.question()));
                assertThat(rendered(r.answer())).isEqualTo(rendered(c.answer()));
            } else {
                assertThat(r.question()).isEqualTo(c.question());
                assertThat(r.answer()).isEqualTo(c.answer());
            }
            assertThat(r.id()).contains(c.id().value());
            if (html && cards.stream().allMatch(x -> x.topics().isEmpty())) {
                // A file of Anki notes with no tags at all: sdq is to find the topics itself.
                assertThat(r.topics()).isEmpty();
            } else {
                assertThat(r.topics()).contains(c.topics());
            }
        }
    }

    /**
     * The HTML of some Markdown, less the spaces before a line break that no browser shows, and
     * less a line break that opens or closes a paragraph or item (a line of just "\\" in the
     * Markdown; the HTML reader drops those as it drops the empty lines Anki's editor leaves).
     */
    public static String rendered(String markdown) {
        return MarkdownHtml.toHtml(markdown).replaceAll("[ \t]+(<br />|\n)", "$1")
                .replaceAll("(<(?:p|li|td|th)>)(?:<br />\n?)+", "$1").replaceAll("(?:<br />\n?)+(</(?:p|li|td|th)>)", "$1");
    }

    @Provide
    Arbitrary<List<Card>> cards() {
        Arbitrary<String> text = text().map(String::strip).filter(s -> !s.isEmpty());
        return cardsOf(text, text);
    }

    @Provide
    Arbitrary<List<Card>> markdownCards() {
        return cardsOf(Generators.markdownLine(), Generators.markdown());
    }

    private static Arbitrary<List<Card>> cardsOf(Arbitrary<String> questions, Arbitrary<String> answers) {
        Arbitrary<List<String>> topics = Arbitraries.of("caching", "load-balancing", "api-design", "a1")
                .list().uniqueElements().ofMaxSize(3);
        Arbitrary<Card> card = Combinators.combine(questions, answers, topics)
                .as((q, a, t) -> new Card(new CardId("c-x"), q, a, t));
        return card.list().ofMinSize(1).ofMaxSize(5).map(list -> {
            List<Card> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Card c = list.get(i);
                out.add(new Card(new CardId("c-" + i), c.question(), c.answer(), c.topics()));
            }
            return out;
        });
    }

    /** Text of any kind: Markdown marks, CSV and YAML look-alikes, quotes, tabs, unicode, breaks. */
    private static Arbitrary<String> text() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of(":", ": ", "#", "## ", "'", "\"", "\"\"", "\\", "-", "- ", "* ", "**bold**", "`code`",
                        ",", ";", "\t", "|", ">", "> ", "<b>", "&amp;", "{", "}", "[", "]", "no", "012", "1.10",
                        "---", "\n", "\n\n", "\n---\n", "  ", " ", "🔴", "é", "日本", "\u2028", "\r\n",
                        "<!-- sdq-card id=c-9 topics= -->", "| a | b |\n|---|---|\n| 1 | 2 |", "```\ncode\n```"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(6),
                Arbitraries.strings().withCharRange('\u00a1', '\u024f').ofMaxLength(4));
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }
}
