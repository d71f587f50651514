package sdq.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sdq.deck.Card;
import sdq.deck.Deck;
import sdq.store.DeckLibrary;
import sdq.store.DeckLocation;
import sdq.store.Decks;

/**
 * The decks in decks/ are what the importer makes of the seed notes: re-importing the seeds
 * over them (topics derived afresh, ids kept as a user's re-import keeps them) changes not a
 * byte. Runs where the seeds are (../shared/seeds, or $SDQ_SEEDS).
 */
class ShippedDecksTest {
    private static final Path SHIPPED = Path.of("decks");
    private static final Pattern MOJIBAKE = Pattern.compile("â€|Ã[\\u0080-\\u00bf]|Â[\\u00a0-\\u00bf]|ðŸ|‚Ä|\\uf8ff|ï¸|\\ufffd");

    @TempDir
    Path dir;

    private static Path seeds() {
        String env = System.getenv("SDQ_SEEDS");
        return env != null ? Path.of(env) : Path.of("../shared/seeds");
    }

    private static Map<String, String> files(Path directory) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> list = Files.list(directory)) {
            for (Path p : list.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                out.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return out;
    }

    @Test
    void reimportingTheSeedsChangesNothing() throws IOException {
        assumeTrue(Files.isDirectory(seeds()), "the seed notes are not here");
        Path decks = Files.createDirectories(dir.resolve("decks"));
        for (Map.Entry<String, String> f : files(SHIPPED).entrySet()) {
            Files.writeString(decks.resolve(f.getKey()), f.getValue());
        }
        Cli.Result r = new Cli(dir).run("import", seeds().toAbsolutePath().toString(), "--decks", decks.toString(),
                "--retag");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContainPattern("[1-9][0-9]* (new|changed|removed)").contains("0 new, 0 changed");
        assertThat(files(decks)).as("update with: java -jar target/sdq.jar import ../shared/seeds --decks decks"
                + " --retag").isEqualTo(files(SHIPPED));
    }

    @Test
    void theJarBundlesTheShippedDecksAndNothingElse() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        java.util.Set<String> bundled = new java.util.TreeSet<>();
        java.util.regex.Matcher include = Pattern.compile("<include>([\\w.-]+\\.yaml)</include>").matcher(pom);
        while (include.find()) {
            bundled.add(include.group(1));
        }
        java.util.Set<String> shipped = new java.util.TreeSet<>();
        try (Stream<Path> list = Files.list(SHIPPED)) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).forEach(shipped::add);
        }
        assertThat(bundled).as("the <include>s of decks/ in pom.xml").isEqualTo(shipped);
    }

    @Test
    void everySeedQuestionIsACard() {
        Decks decks = DeckLibrary.load(new DeckLocation(java.util.Optional.of(SHIPPED), "test"), Path.of(""));
        assertThat(decks.problems()).isEmpty();
        Map<String, Integer> counts = new TreeMap<>();
        for (Deck d : decks.decks()) {
            counts.put(d.source().orElse("?"), d.cards().size());
        }
        assertThat(counts).containsEntry("000_beada9fec479bccb.txt", 10).containsEntry("002_fed8a5b5ad80113d.txt", 29)
                .containsEntry("003_642ab4eb8a243ef0.txt", 11).containsEntry("004_01e757466afa9082.txt", 10);
        Deck web = decks.decks().stream().filter(d -> d.source().orElse("").startsWith("001")).findFirst().orElseThrow();
        List<Card> concepts = web.cards().stream().filter(c -> c.parent().isEmpty() && !c.section().equals("Scenarios")).toList();
        List<Card> scenarios = web.cards().stream().filter(c -> c.section().equals("Scenarios")).toList();
        List<Card> followUps = web.cards().stream().filter(c -> c.parent().isPresent()).toList();
        assertThat(concepts).hasSize(50);
        assertThat(scenarios).hasSize(7);
        assertThat(followUps).hasSizeBetween(130, 170);
    }

    @Test
    void noCardHoldsMojibake() {
        Decks decks = DeckLibrary.load(new DeckLocation(java.util.Optional.of(SHIPPED), "test"), Path.of(""));
        for (Deck d : decks.decks()) {
            for (Card c : d.cards()) {
                assertThat(MOJIBAKE.matcher(c.question() + "\n" + c.answer() + "\n" + c.section()).find())
                        .as(c.id() + " in " + d.name()).isFalse();
            }
        }
    }

    @Test
    void everyShippedCardHasOneToThreeTopics() {
        Decks decks = DeckLibrary.load(new DeckLocation(java.util.Optional.of(SHIPPED), "test"), Path.of(""));
        assertThat(decks.decks()).allSatisfy(d -> assertThat(d.cards())
                .allSatisfy(c -> assertThat(c.topics()).hasSizeBetween(1, 3)));
    }
}
