package sdq.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sdq.deck.DeckCard;
import sdq.deck.InvalidInputException;
import sdq.store.Decks;
import sdq.store.ProgressStore;

/** suspend, unsuspend and reset: a change to some cards' progress, logged like a review. */
abstract class CardStateCommand implements Callable<Integer> {
    @ParentCommand
    SdqCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "1..*", completionCandidates = Completions.Ids.class, description = "Card ids, as 'sdq list' shows them (a unique start"
            + " is enough).")
    List<String> ids;

    @Mixin
    DeckOptions deckOptions;

    @Mixin
    HomeOptions homeOptions;

    /** Changes one card; whether anything changed. */
    abstract boolean change(ProgressStore store, DeckCard card, ZonedDateTime at) throws IOException;

    /** "suspended", "taken back", "reset". */
    abstract String done();

    /** What to say of a card that needed no change. */
    abstract String unchanged();

    /** Asks before changing, when the change loses something. */
    boolean confirm(List<DeckCard> cards, PrintWriter err) {
        return true;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Decks decks = root.loadDecks(deckOptions, err);
        List<DeckCard> cards = new ArrayList<>();
        for (String id : ids) {
            cards.add(ShowCommand.find(decks.decks(), id.trim()));
        }
        if (!confirm(cards, err)) {
            err.println("Nothing was changed.");
            return ExitCode.OK;
        }
        try (ProgressStore store = root.writeProgress(homeOptions, err)) {
            for (DeckCard card : cards) {
                boolean changed = change(store, card, ZonedDateTime.now(root.env().clock()));
                out.println(card.id().value() + ": " + (changed ? done() : unchanged()));
            }
        }
        return ExitCode.OK;
    }

    @Command(name = "suspend", description = "Suspend cards: they are never quizzed until 'sdq unsuspend'."
            + " Their progress is kept; bury (b in the quiz) lasts a day instead.", sortOptions = false)
    static final class Suspend extends CardStateCommand {
        @Override
        boolean change(ProgressStore store, DeckCard card, ZonedDateTime at) throws IOException {
            return store.suspend(card.id(), true, at);
        }

        @Override
        String done() {
            return "suspended";
        }

        @Override
        String unchanged() {
            return "was suspended already";
        }
    }

    @Command(name = "unsuspend", description = "Take suspended cards back into the quiz.", sortOptions = false)
    static final class Unsuspend extends CardStateCommand {
        @Override
        boolean change(ProgressStore store, DeckCard card, ZonedDateTime at) throws IOException {
            return store.suspend(card.id(), false, at);
        }

        @Override
        String done() {
            return "back in the quiz";
        }

        @Override
        String unchanged() {
            return "was not suspended";
        }
    }

    @Command(name = "reset", description = "Forget cards' progress: each is new again (box 1, due today). The review"
            + " log keeps what they had. Asks first on a terminal; --yes does not ask.", sortOptions = false)
    static final class Reset extends CardStateCommand {
        @Option(names = {"-y", "--yes"}, description = "Reset without asking.")
        boolean yes;

        @Override
        boolean confirm(List<DeckCard> cards, PrintWriter err) {
            if (yes) {
                return true;
            }
            if (!root.env().screen().get().inputIsTerminal()) {
                throw new InvalidInputException("reset forgets the progress of " + Words.count(cards.size(), "card")
                        + "; add --yes to do it without a terminal to ask on.");
            }
            err.print("Forget the progress of " + Words.count(cards.size(), "card") + " ("
                    + String.join(", ", cards.stream().limit(5).map(c -> c.id().value()).toList())
                    + (cards.size() > 5 ? ", …" : "") + ")? [y/N] ");
            err.flush();
            try {
                String answer = new BufferedReader(new InputStreamReader(root.env().in(), StandardCharsets.UTF_8))
                        .readLine();
                return answer != null && answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y");
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        boolean change(ProgressStore store, DeckCard card, ZonedDateTime at) throws IOException {
            return store.reset(card.id(), at);
        }

        @Override
        String done() {
            return "reset: new again";
        }

        @Override
        String unchanged() {
            return "had no progress";
        }
    }
}
