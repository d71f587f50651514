package sdq.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "completion",
        description = "Print the shell completion script for bash and zsh. It completes commands, options, and"
                + " the topics, deck names and card ids of the decks in use when it was printed.",
        footer = {"", "bash:  source <(sdq completion)            (add it to ~/.bashrc)",
            "zsh:   autoload -U +X compinit && compinit && autoload -U +X bashcompinit && bashcompinit",
            "       source <(sdq completion)            (add both lines to ~/.zshrc)"})
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    SdqCommand root;

    @picocli.CommandLine.Mixin
    DeckOptions deckOptions;

    @Override
    public Integer call() {
        // The topics, decks and card ids of the decks in use now go into the script.
        java.io.PrintWriter quiet = new java.io.PrintWriter(java.io.Writer.nullWriter());
        sdq.store.Decks decks = root.loadDecks(deckOptions, quiet);
        java.util.Set<String> topics = new java.util.TreeSet<>();
        java.util.List<String> ids = new java.util.ArrayList<>();
        decks.decks().forEach(d -> d.cards().forEach(c -> {
            topics.addAll(c.topics());
            ids.add(c.id().value());
        }));
        Completions.topics = java.util.List.copyOf(topics);
        Completions.decks = decks.decks().stream().map(sdq.deck.Deck::name).sorted().toList();
        Completions.ids = java.util.List.copyOf(ids);
        spec.commandLine().getOut().print(AutoComplete.bash("sdq", spec.root().commandLine()));
        return ExitCode.OK;
    }
}
