package sdq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import sdq.deck.Card;
import sdq.deck.CardId;
import sdq.deck.Deck;
import sdq.export.FormatRoundTripProperties;
import sdq.export.Generators;
import sdq.store.DeckYaml;

/**
 * The whole way round, through the real commands: a deck, {@code sdq export} to each format,
 * {@code sdq import} of that file into an empty decks directory, and the deck that comes out has
 * the same cards: ids, questions, answers and topics.
 */
class ExportImportProperties {

    @Property(tries = 25)
    void everyFormatGivesBackTheSameCards(@ForAll("decks") Deck deck) throws IOException {
        Path dir = Files.createTempDirectory("sdq-roundtrip");
        try {
            Files.createDirectories(dir.resolve("decks"));
            Files.writeString(dir.resolve("decks/" + deck.name() + ".yaml"), DeckYaml.write(deck));
            Cli cli = new Cli(dir);
            for (String format : List.of("anki", "csv", "md", "json", "yaml")) {
                Cli.Result export = cli.run("export", "--format", format, "-o", "out." + format);
                assertThat(export.code()).as(export.err()).isZero();
                Cli.Result imported = cli.run("import", "out." + format, "--decks", "back-" + format, "--deck", "back");
                assertThat(imported.code()).as(imported.err()).isZero();
                assertThat(imported.out()).contains(Words.count(deck.cards().size(), "card") + ": "
                        + deck.cards().size() + " new");
                Deck back = DeckYaml.read("back.yaml", "back", Optional.empty(),
                        Files.readString(dir.resolve("back-" + format + "/back.yaml")).getBytes(StandardCharsets.UTF_8))
                        .deck();
                assertSameCards(format, deck.cards(), back.cards());
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void assertSameCards(String format, List<Card> cards, List<Card> back) {
        assertThat(back).as(format).hasSameSizeAs(cards);
        boolean anyTopics = cards.stream().anyMatch(c -> !c.topics().isEmpty());
        for (int i = 0; i < cards.size(); i++) {
            Card c = cards.get(i);
            Card b = back.get(i);
            assertThat(b.id()).as(format).isEqualTo(c.id());
            if (format.equals("anki")) {
                assertThat(FormatRoundTripProperties.rendered(b.question())).isEqualTo(
                        FormatRoundTripProperties.rendered(c.question()));
                assertThat(FormatRoundTripProperties.rendered(b.answer())).isEqualTo(
                        FormatRoundTripProperties.rendered(c.answer()));
            } else {
                assertThat(b.question()).as(format).isEqualTo(c.question());
                assertThat(b.answer()).as(format).isEqualTo(c.answer());
            }
            if (format.equals("anki") && !anyTopics) {
                // Anki notes without a single tag: topics are found from the text instead.
                assertThat(b.topics()).as(format).isNotNull();
            } else {
                assertThat(b.topics()).as(format).isEqualTo(c.topics());
            }
        }
    }

    @Provide
    Arbitrary<Deck> decks() {
        Arbitrary<List<String>> topics = Arbitraries.of("caching", "load-balancing", "api-design", "my-own-topic")
                .list().uniqueElements().ofMaxSize(3);
        Arbitrary<Card> card = Combinators.combine(Generators.markdownLine(), Generators.markdown(), topics)
                .as((q, a, t) -> new Card(new CardId("c-x"), q, a, t));
        return card.list().ofMinSize(1).ofMaxSize(6).map(list -> {
            List<Card> cards = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Card c = list.get(i);
                cards.add(new Card(new CardId("c-" + Integer.toHexString(0x100000 + i)), c.question(), c.answer(),
                        c.topics()));
            }
            return new Deck("round-trip", "Round trip", Optional.empty(), cards);
        });
    }
}
