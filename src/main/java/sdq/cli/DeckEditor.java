package sdq.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import sdq.deck.DeckCard;
import sdq.store.Decks;
import sdq.store.DeckYaml;
import sdq.store.LoadedDeck;
import sdq.store.MalformedFileException;
import sdq.term.TerminalQuiz;

/** Opens a card's deck file in {@code $VISUAL} or {@code $EDITOR} at the card's line, then rereads it. */
final class DeckEditor implements TerminalQuiz.Editor {
    private final Decks decks;
    private final Environment env;

    DeckEditor(Decks decks, Environment env) {
        this.decks = decks;
        this.env = env;
    }

    @Override
    public Optional<DeckCard> edit(DeckCard card) throws IOException {
        LoadedDeck loaded = decks.find(card.deck())
                .orElseThrow(() -> new IOException("deck " + card.deck() + " is not loaded"));
        Path file = loaded.file().orElseThrow(() -> new IOException("the bundled decks cannot be edited;"
                + " import or copy them into a decks directory (--decks DIR) first"));
        List<String> command = new ArrayList<>(List.of(env.variable("VISUAL").or(() -> env.variable("EDITOR"))
                .orElse("vi").trim().split("\\s+")));
        command.add("+" + loaded.lineOf(card.id()));
        command.add(file.toString());
        try {
            int code = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (code != 0) {
                throw new IOException(command.get(0) + " exited with " + code);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while editing", e);
        }
        try {
            LoadedDeck reread = DeckYaml.read(loaded.location(), loaded.deck().name(), loaded.file(), Files.readAllBytes(file));
            return reread.deck().card(card.id()).map(c -> new DeckCard(card.deck(), c));
        } catch (MalformedFileException e) {
            throw new IOException("the deck file now has an error (" + e.getMessage() + "); the card is shown as it was");
        }
    }
}
