package sdq.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sdq.deck.InvalidInputException;

class DeckLibraryTest {
    @TempDir
    Path dir;

    private static final String GOOD = "cards:\n  - id: c-1\n    q: What is a cache?\n    a: A fast copy.\n";

    @Test
    void aBrokenDeckIsSetAsideAndTheOthersLoad() throws IOException {
        Path decks = Files.createDirectories(dir.resolve("decks"));
        Files.writeString(decks.resolve("good.yaml"), GOOD);
        Files.writeString(decks.resolve("broken.yaml"), "cards:\n  - {id: c-2, q: no answer}\n");
        Files.writeString(decks.resolve("notes.txt"), "not a deck");
        Decks loaded = DeckLibrary.load(DeckLocation.resolve(Optional.empty(), Optional.empty(), dir, dir.resolve("no-library")), dir);
        assertThat(loaded.decks()).extracting(d -> d.name()).containsExactly("good");
        assertThat(loaded.problems()).extracting(Exception::getMessage).containsExactly(
                "decks/broken.yaml:2:5: this card has no `a` (its answer); add `a: ...`");
        assertThatThrownBy(() -> loaded.requireWritable("broken"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Will not write deck 'broken': its file is broken");
        loaded.requireWritable("good");
    }

    @Test
    void aFileNameThatIsNoDeckNameIsAProblem() throws IOException {
        Files.writeString(dir.resolve("My Deck.yaml"), GOOD);
        Decks loaded = DeckLibrary.load(new DeckLocation(Optional.of(dir), "--decks"), dir);
        assertThat(loaded.problems()).extracting(Exception::getMessage).containsExactly(
                "My Deck.yaml: 'My Deck' is not a deck name; rename the file to lower-case letters, digits"
                        + " and '-' (e.g. my-deck.yaml)");
    }

    @Test
    void locationOrderIsOptionThenVariableThenLocalThenTheLibraryThenBundled() throws IOException {
        Path option = Files.createDirectories(dir.resolve("opt"));
        Path variable = Files.createDirectories(dir.resolve("var"));
        Path library = dir.resolve("share/sdq/decks");
        assertThat(DeckLocation.resolve(Optional.of(Path.of("opt")), Optional.of("var"), dir, library).dir()).contains(option);
        assertThat(DeckLocation.resolve(Optional.empty(), Optional.of("var"), dir, library).dir()).contains(variable);
        assertThat(DeckLocation.resolve(Optional.empty(), Optional.empty(), dir, library).isBundled()).isTrue();
        Files.createDirectories(library);
        assertThat(DeckLocation.resolve(Optional.empty(), Optional.empty(), dir, library).dir()).contains(library);
        Path local = Files.createDirectories(dir.resolve("decks"));
        assertThat(DeckLocation.resolve(Optional.empty(), Optional.empty(), dir, library).dir()).contains(local);
    }

    @Test
    void aMissingDecksDirectoryIsBadInput() {
        assertThatThrownBy(() -> DeckLocation.resolve(Optional.of(Path.of("nope")), Optional.empty(), dir, dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("--decks names").hasMessageContaining("which is not a directory");
    }

    @Test
    void theBundledDecksLoadWithoutProblems() {
        Decks bundled = DeckLibrary.load(DeckLocation.bundled(), dir);
        assertThat(bundled.problems()).isEmpty();
        assertThat(bundled.decks()).isNotEmpty();
        assertThatThrownBy(() -> bundled.requireWritable(bundled.decks().get(0).name()))
                .hasMessageStartingWith("The bundled decks cannot be changed.");
    }
}
