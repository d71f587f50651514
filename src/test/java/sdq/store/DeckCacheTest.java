package sdq.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sdq.deck.CardId;
import sdq.deck.Deck;

class DeckCacheTest {
    @TempDir
    Path dir;

    private static final String DECK = """
            cards:
              - id: c-1
                q: What is a cache?
                a: |
                  A **fast** copy.
                topics: [caching]
                section: Basics
                source: {line: 4}
              - id: c-2
                q: Who follows?
                a: The follower.
                parent: c-1
            """;

    private Decks load() {
        return DeckLibrary.load(new DeckLocation(Optional.of(dir.resolve("decks")), "test"), dir,
                Optional.of(dir.resolve("cache")));
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            return files.toList();
        }
    }

    @Test
    void aCachedDeckIsTheDeckTheYamlGives() throws IOException {
        Files.createDirectories(dir.resolve("decks"));
        Files.writeString(dir.resolve("decks/d.yaml"), DECK);
        Decks parsed = load();
        assertThat(entries()).hasSize(1);
        Decks cached = load();
        assertThat(cached.loaded()).isEqualTo(parsed.loaded());
        assertThat(cached.loaded().get(0).lineOf(new CardId("c-2"))).isEqualTo(9);
    }

    @Test
    void whatCardsRepeatIsHeldOnceWhenReadFromTheCache() throws IOException {
        Files.createDirectories(dir.resolve("decks"));
        Files.writeString(dir.resolve("decks/d.yaml"), """
                cards:
                  - {id: c-1, q: "One?", a: One., topics: [caching, redis], section: Basics, source: {line: 3}}
                  - {id: c-2, q: "Two?", a: Two., topics: [caching, redis], section: Basics, source: {line: 9}}
                  - {id: c-3, q: "Three?", a: Three., topics: [caching], section: Other}
                """);
        Decks parsed = load();
        Decks cached = load();
        assertThat(cached.loaded()).isEqualTo(parsed.loaded());
        List<sdq.deck.Card> cards = cached.decks().get(0).cards();
        assertThat(cards.get(1).topics()).isSameAs(cards.get(0).topics());
        assertThat(cards.get(1).section()).isSameAs(cards.get(0).section());
        assertThat(cards.get(2).topics().get(0)).isSameAs(cards.get(0).topics().get(0));
        assertThat(cards.get(2).topics()).isNotSameAs(cards.get(0).topics());
    }

    @Test
    void theCacheIsUsedWhileTheFileIsUnchanged() throws IOException {
        Path deck = Files.createDirectories(dir.resolve("decks")).resolve("d.yaml");
        Files.writeString(deck, DECK);
        load();
        Path entry = entries().get(0);
        Files.setLastModifiedTime(entry, FileTime.fromMillis(0));
        load();
        // A hit reads the entry and writes nothing; a miss would have written it anew.
        assertThat(Files.getLastModifiedTime(entry).toMillis()).isZero();
    }

    @Test
    void anEditThatKeepsTheSizeAndTheTimeIsStillSeen() throws IOException {
        Path deck = Files.createDirectories(dir.resolve("decks")).resolve("d.yaml");
        Files.writeString(deck, DECK);
        FileTime time = Files.getLastModifiedTime(deck);
        load();
        Files.writeString(deck, DECK.replace("What is a cache?", "What is a CACHE?"));
        Files.setLastModifiedTime(deck, time);
        assertThat(load().decks().get(0).cards().get(0).question()).isEqualTo("What is a CACHE?");
    }

    @Test
    void anEditedDeckIsReadAgain() throws IOException {
        Path deck = Files.createDirectories(dir.resolve("decks")).resolve("d.yaml");
        Files.writeString(deck, DECK);
        load();
        Files.writeString(deck, DECK.replace("What is a cache?", "What is a cache, really?"));
        Files.setLastModifiedTime(deck, FileTime.fromMillis(Files.getLastModifiedTime(deck).toMillis() + 2000));
        assertThat(load().decks().get(0).cards().get(0).question()).isEqualTo("What is a cache, really?");
    }

    @Test
    void aDamagedEntryIsAMissNotAnError() throws IOException {
        Files.createDirectories(dir.resolve("decks"));
        Files.writeString(dir.resolve("decks/d.yaml"), DECK);
        Decks parsed = load();
        Files.write(entries().get(0), new byte[] {1, 2, 3});
        assertThat(load().loaded()).isEqualTo(parsed.loaded());
    }

    @Test
    void aBrokenDeckIsNeverCached() throws IOException {
        Files.createDirectories(dir.resolve("decks"));
        Files.writeString(dir.resolve("decks/d.yaml"), "cards:\n  - id: c-1\n");
        assertThat(load().problems()).hasSize(1);
        assertThat(Files.exists(dir.resolve("cache"))).isFalse();
        assertThat(load().problems()).hasSize(1);
    }

    /**
     * Decks written with the cache named (as an import writes them) are in it as a parse of
     * their files gives them, lines included, multi-line texts and all: the next load reads the
     * entries and writes none.
     */
    @Test
    void decksWrittenIntoTheCacheAreWhatAParseOfTheirFilesGives() throws IOException {
        Files.createDirectories(dir.resolve("decks"));
        Files.writeString(dir.resolve("decks/d.yaml"), DECK + """
                  - id: c-3
                    q: |
                      A question
                      over two lines?
                    a: "Quoted: with - id: inside\\n  - id: c-9"
                    topics: [caching, redis]
                """);
        Decks parsed = DeckLibrary.load(new DeckLocation(Optional.of(dir.resolve("decks")), "test"), dir);
        Deck deck = parsed.decks().get(0);
        Path out = Files.createDirectories(dir.resolve("out"));
        DeckFiles.writeAll(out, List.of(deck, new Deck("e", "E", Optional.empty(), deck.cards().subList(0, 1))),
                java.util.Map.of(), Optional.of(dir.resolve("cache")));
        assertThat(entries()).hasSize(2);
        java.util.Map<Path, FileTime> written = new java.util.HashMap<>();
        for (Path e : entries()) {
            written.put(e, Files.getLastModifiedTime(e));
            Files.setLastModifiedTime(e, FileTime.fromMillis(0));
        }
        DeckLocation location = new DeckLocation(Optional.of(out), "test");
        Decks cached = DeckLibrary.load(location, dir, Optional.of(dir.resolve("cache")));
        for (Path e : entries()) {
            assertThat(Files.getLastModifiedTime(e).toMillis()).as("%s was read, not written again", e).isZero();
        }
        Decks reparsed = DeckLibrary.load(location, dir);
        assertThat(cached.loaded()).isEqualTo(reparsed.loaded());
        assertThat(cached.loaded().get(0).lineOf(new CardId("c-3"))).isEqualTo(reparsed.loaded().get(0)
                .lineOf(new CardId("c-3")));
    }
}
