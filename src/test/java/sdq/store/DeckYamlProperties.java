package sdq.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import sdq.deck.Card;
import sdq.deck.CardId;
import sdq.deck.Deck;
import sdq.deck.SourceRef;

/** Writing a deck and reading it back gives the same deck, whatever the text holds. */
class DeckYamlProperties {

    @Property(tries = 300)
    void writeThenReadGivesTheSameDeck(@ForAll("decks") Deck deck) {
        String yaml = DeckYaml.write(deck);
        Deck back = DeckYaml.read("t.yaml", deck.name(), Optional.empty(),
                yaml.getBytes(StandardCharsets.UTF_8)).deck();
        assertThat(back).isEqualTo(deck);
        assertThat(explicitTags(yaml)).isEmpty();
        assertThat(DeckYaml.write(back)).isEqualTo(yaml);
    }

    /** The tags written out in the text ({@code !!str} and the like); the format has none. */
    private static List<String> explicitTags(String yaml) {
        List<String> tags = new ArrayList<>();
        for (Event event : new Yaml().parse(new StringReader(yaml))) {
            if (event instanceof NodeEvent node && node instanceof ScalarEvent scalar && scalar.getTag() != null) {
                tags.add(scalar.getTag());
            }
            if (event instanceof CollectionStartEvent collection && collection.getTag() != null) {
                tags.add(collection.getTag());
            }
        }
        return tags;
    }

    @Provide
    Arbitrary<Deck> decks() {
        Arbitrary<List<Card>> cards = card().list().ofMaxSize(6).map(DeckYamlProperties::uniqueIds);
        return Combinators.combine(Arbitraries.of("t", "deck-1", "a.b_c"), text().filter(s -> !s.isBlank()),
                text().injectNull(0.5), cards)
                .as((name, title, source, list) -> new Deck(name, title.strip().isEmpty() ? name : title,
                        Optional.ofNullable(source).filter(s -> !s.isBlank()), list));
    }

    private static List<Card> uniqueIds(List<Card> cards) {
        List<Card> out = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            Card c = cards.get(i);
            out.add(new Card(new CardId("c-" + i), c.question(), c.answer(), c.topics(), c.section(), c.source(),
                    c.parent()));
        }
        return out;
    }

    private Arbitrary<Card> card() {
        Arbitrary<String> content = text().filter(s -> !s.isBlank());
        Arbitrary<List<String>> topics = Arbitraries.of("caching", "load-balancing", "api-design", "a1", "x")
                .list().uniqueElements().ofMaxSize(3);
        Arbitrary<String> section = text().map(s -> s.replace("\n", " ").replace("\r", " ")
                .replace("\u0085", " ").replace("\u2028", " ").replace("\u2029", " ").strip());
        Arbitrary<Optional<SourceRef>> source = Arbitraries.integers().between(1, 100_000)
                .map(SourceRef::new).optional();
        Arbitrary<Optional<CardId>> parent = Arbitraries.of("c-0", "c-9", "p.1").map(CardId::new).optional();
        return Combinators.combine(content, content, topics, section, source, parent)
                .as((q, a, t, s, src, p) -> new Card(new CardId("c-x"), q, a, t, s, src, p));
    }

    /** Text as notes hold it: Markdown, YAML look-alikes, quotes, unicode, odd spacing and breaks. */
    private Arbitrary<String> text() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of(":", ": ", "#", " #", "'", "\"", "\\", "-", "- ", "* ", "**bold**", "`code`",
                        "|", ">", "{", "}", "[", "]", "&a", "*a", "!", "%", "@", "?", ",", "no", "yes", "null",
                        "~", "012", "1.10", "0x1F", "1e3", ".inf", "2024-01-01", "---", "...", "\n", "\n\n",
                        "  ", " ", "\t", "\r\n", "\r", "🔴", "é", "â€™", "日本", "\u2028", "\u0085", "\u00a0",
                        "\u0007", "\ufeff", "| a | b |\n|---|---|\n| 1 | 2 |"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(6),
                Arbitraries.strings().withCharRange('\u00a1', '\u024f').ofMaxLength(4));
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }
}
