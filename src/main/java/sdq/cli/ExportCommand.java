package sdq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sdq.deck.CardId;
import sdq.deck.Deck;
import sdq.deck.DeckCard;
import sdq.deck.InvalidInputException;
import sdq.deck.Topics;
import sdq.export.CardExport;
import sdq.schedule.CardState;
import sdq.schedule.Leitner;
import sdq.schedule.Review;
import sdq.store.AtomicFile;
import sdq.store.IoProblem;
import sdq.store.OutputFile;
import sdq.store.DeckYaml;
import sdq.store.Decks;
import sdq.store.ProgressStore;

@Command(name = "export", sortOptions = false,
        description = "Write cards for Anki, a spreadsheet, a study sheet or another tool.",
        footer = {"", "Formats:",
            "  anki  Anki 2.1.55+ notes as text, for File > Import in Anki",
            "  apkg  an Anki package: opens in Anki with a double-click (needs -o FILE)",
            "  csv   a spreadsheet: id, deck, question, answer, topics, box, due",
            "  md    a study sheet to read or print; sdq import reads it back",
            "  json  the cards with their schedule (box, due, reviews, last grade)",
            "  yaml  a deck file of just the selection",
            "  revlog  the review history as the FSRS optimizers read it",
            "          (card_id,review_time,review_rating,review_state,review_duration)",
            "", "Examples:",
            "  sdq export --format anki --topic caching -o caching.txt",
            "  sdq export --format csv --with-progress -o progress.csv"})
final class ExportCommand implements Callable<Integer> {
    enum Format {
        ANKI, APKG, CSV, MD, JSON, YAML, REVLOG;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @ParentCommand
    SdqCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT", converter = EnumWord.ExportFormat.class,
            description = "anki, apkg, csv, md, json, yaml or revlog.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--allow-remote-images", description = "anki: keep images as images (Anki then fetches remote"
            + " ones when it shows the card); without it each image is a link to it.")
    boolean allowRemoteImages;

    @Option(names = "--with-progress", description = "With each card's review history (csv and json; apkg: as Anki"
            + " review log rows).")
    boolean withProgress;

    @Mixin
    SelectionOptions select;

    @Mixin
    HomeOptions homeOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (withProgress && format != Format.CSV && format != Format.JSON && format != Format.APKG) {
            throw new InvalidInputException("--with-progress works with --format csv, json or apkg; " + format
                    + " has no room for the review history.");
        }
        Decks decks = root.loadDecks(select.deckOptions, err);
        List<DeckCard> cards = select.selection().apply(decks.decks());
        if (cards.isEmpty()) {
            err.println("sdq: warning: no cards match the selection; the export is empty.");
        }
        if (format == Format.APKG) {
            return ankiPackage(cards, err);
        }
        // Every format is written a card at a time: 100,000 cards never make one string.
        AtomicFile.Body body = switch (format) {
            case ANKI -> w -> CardExport.anki(cards, allowRemoteImages, w);
            case APKG -> throw new IllegalStateException("written above");
            case CSV -> {
                List<CardExport.Scheduled> scheduled = scheduled(cards, err);
                yield w -> CardExport.csv(scheduled, withProgress, w);
            }
            case MD -> {
                String title = title(cards, decks);
                yield w -> CardExport.markdown(title, cards, w);
            }
            case JSON -> {
                List<CardExport.Scheduled> scheduled = scheduled(cards, err);
                yield w -> CardExport.json(scheduled, withProgress, w);
            }
            case REVLOG -> {
                ProgressStore progress = root.readProgress(homeOptions, err);
                // A reset card is new again: the optimizers see only what came after.
                Map<CardId, List<Review>> history = history(progress, cards, true);
                sdq.schedule.Fsrs fsrs = new sdq.schedule.Fsrs(root.config().fsrs());
                yield w -> sdq.export.Revlog.write(history, fsrs, w);
            }
            case YAML -> {
                Deck deck = new Deck(deckName(cards), title(cards, decks), Optional.empty(), withinSelection(cards));
                yield w -> DeckYaml.write(deck, w);
            }
        };
        if (output == null) {
            // To a terminal, card text is shown, not obeyed; to a pipe or a file (-o) it is exact.
            if (root.env().screen().get().isTerminal()) {
                java.io.StringWriter whole = new java.io.StringWriter();
                write(body, whole);
                out.print(sdq.term.SafeText.cleanKeepingTabs(whole.toString()));
            } else {
                write(body, out);
            }
            out.flush();
            return ExitCode.OK;
        }
        Path file = root.env().workingDir().resolve(output);
        Optional<Path> deckDir = decks.location().dir().map(d -> root.env().workingDir().resolve(d));
        boolean intoDecks = deckDir.filter(d -> sameFile(d, file.toAbsolutePath().getParent())).isPresent()
                && (file.getFileName().toString().endsWith(".yaml") || file.getFileName().toString().endsWith(".yml"));
        if (intoDecks && Files.exists(file)) {
            throw new InvalidInputException(output + " is a deck in use, and the export would replace it; write it"
                    + " elsewhere (sdq import FILE updates decks from a file).");
        }
        if (intoDecks) {
            throw new InvalidInputException(output + " would be a second deck of cards the decks already hold (the"
                    + " same ids twice); write it elsewhere, for another decks directory.");
        }
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(output + " is a directory; give a file name, for example "
                    + output.resolve("cards." + (format == Format.ANKI ? "txt" : format == Format.REVLOG ? "csv" : format.toString())) + ".");
        }
        if (!Files.isDirectory(file.toAbsolutePath().getParent())) {
            throw new InvalidInputException(output + ": there is no directory " + file.toAbsolutePath().getParent()
                    + "; make it first, or write elsewhere.");
        }
        try {
            OutputFile.write(file, body);
        } catch (IOException e) {
            throw new UncheckedIOException(IoProblem.describe("Cannot write", output, e), e);
        }
        err.println("Wrote " + cards.size() + (cards.size() == 1 ? " card" : " cards") + " to " + output + ".");
        return ExitCode.OK;
    }

    /** An Anki package: a zip of an SQLite database, so only to a file. */
    private int ankiPackage(List<DeckCard> cards, PrintWriter err) {
        if (output == null) {
            throw new InvalidInputException("--format apkg writes a file (a zip); give one with -o, for example"
                    + " -o system-design.apkg.");
        }
        Path file = root.env().workingDir().resolve(output);
        if (Files.isDirectory(file) || !Files.isDirectory(file.toAbsolutePath().getParent())) {
            throw new InvalidInputException(output + (Files.isDirectory(file) ? " is a directory; give a file name, for"
                    + " example " + output.resolve("cards.apkg") : ": there is no directory "
                    + file.toAbsolutePath().getParent() + "; make it first, or write elsewhere") + ".");
        }
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            if (withProgress) {
                ProgressStore progress = root.readProgress(homeOptions, err);
                CardExport.ankiPackage(cards, allowRemoteImages, history(progress, cards, true), progress.leitner(), bytes,
                        root.env().clock().millis());
            } else {
                CardExport.ankiPackage(cards, allowRemoteImages, bytes, root.env().clock().millis());
            }
            OutputFile.write(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(IoProblem.describe("Cannot write", output, e), e);
        }
        err.println("Wrote " + cards.size() + (cards.size() == 1 ? " card" : " cards") + " to " + output
                + " (open it in Anki, or File > Import).");
        return ExitCode.OK;
    }

    private static void write(AtomicFile.Body body, java.io.Writer out) {
        try {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cards, with a follow-up link only to a card of the selection (a deck file links within itself). */
    private static List<sdq.deck.Card> withinSelection(List<DeckCard> cards) {
        Set<CardId> ids = cards.stream().map(DeckCard::id).collect(Collectors.toSet());
        return cards.stream().map(DeckCard::card).map(c -> c.parent().filter(p -> !ids.contains(p)).isEmpty() ? c
                : new sdq.deck.Card(c.id(), c.question(), c.answer(), c.topics(), c.section(), c.source(),
                        Optional.empty())).toList();
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** The reviews of the cards ({@code sinceReset}: only those after each card's last reset), read from the log. */
    private static Map<CardId, List<Review>> history(ProgressStore progress, List<DeckCard> cards, boolean sinceReset) {
        try {
            return progress.history(cards.stream().map(DeckCard::id).collect(Collectors.toSet()), sinceReset);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the review history: " + e.getMessage(), e);
        }
    }

    /** The cards with their schedule as of today, and their reviews when --with-progress asks. */
    private List<CardExport.Scheduled> scheduled(List<DeckCard> cards, PrintWriter err) {
        ProgressStore progress = root.readProgress(homeOptions, err);
        LocalDate today = LocalDate.now(root.env().clock());
        Leitner leitner = progress.leitner();
        Map<CardId, List<Review>> history = withProgress ? history(progress, cards, false) : Map.of();
        return cards.stream().map(c -> {
            CardState state = progress.state(c.id());
            return new CardExport.Scheduled(c, state, leitner.boxOf(state), leitner.due(state, today),
                    history.getOrDefault(c.id(), List.of()));
        }).toList();
    }

    /** The title of the selection: its deck's when there is one deck, else from its topics. */
    private String title(List<DeckCard> cards, Decks decks) {
        Set<String> names = cards.stream().map(DeckCard::deck).collect(Collectors.toCollection(LinkedHashSet::new));
        if (names.size() == 1) {
            return decks.find(names.iterator().next()).map(d -> d.deck().title()).orElse(names.iterator().next());
        }
        return select.topics.isEmpty() ? "System design cards" : "System design cards: " + String.join(", ", select.topics);
    }

    /** The deck's name: the file's when written to one (a deck's name is its file's), else its deck's. */
    private String deckName(List<DeckCard> cards) {
        if (output != null) {
            String stem = output.getFileName().toString().replaceFirst("\\.(yaml|yml)$", "");
            if (Deck.isValidName(stem)) {
                return stem;
            }
        }
        Set<String> names = cards.stream().map(DeckCard::deck).collect(Collectors.toSet());
        if (names.size() == 1) {
            return names.iterator().next();
        }
        String topics = Topics.canonical(String.join("-", select.topics));
        return topics.isEmpty() ? "export" : topics + "-cards";
    }
}
