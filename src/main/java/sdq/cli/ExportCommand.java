package sdq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import sdq.export.AnkiText;
import sdq.export.CsvCards;
import sdq.export.Json;
import sdq.export.MarkdownHtml;
import sdq.export.MarkdownSheet;
import sdq.schedule.CardState;
import sdq.schedule.Grade;
import sdq.schedule.Leitner;
import sdq.schedule.Review;
import sdq.store.AtomicFile;
import sdq.store.DeckYaml;
import sdq.store.Decks;
import sdq.store.ProgressStore;

@Command(name = "export", sortOptions = false,
        description = "Write cards for Anki, a spreadsheet, a study sheet or another tool.",
        footer = {"", "Formats:",
            "  anki  Anki 2.1.55+ notes as text (in Anki: File > Import); importing again updates them",
            "  csv   a spreadsheet: id, deck, question, answer, topics, box, due",
            "  md    a study sheet to read or print; sdq import reads it back",
            "  json  the cards with their schedule (box, due, reviews, last grade)",
            "  yaml  a deck file of just the selection",
            "", "Examples:",
            "  sdq export --format anki --topic caching -o caching.txt",
            "  sdq export --format csv --with-progress -o progress.csv"})
final class ExportCommand implements Callable<Integer> {
    enum Format {
        ANKI, CSV, MD, JSON, YAML;

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
            description = "anki, csv, md, json or yaml.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--with-progress", description = "With each card's review history (csv and json).")
    boolean withProgress;

    @Mixin
    SelectionOptions select;

    @Mixin
    HomeOptions homeOptions;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Decks decks = root.loadDecks(select.deckOptions, err);
        List<DeckCard> cards = select.selection().apply(decks.decks());
        ProgressStore progress = root.readProgress(homeOptions, err);
        LocalDate today = LocalDate.now(root.env().clock());
        Map<CardId, List<Review>> history = withProgress
                ? progress.history(cards.stream().map(DeckCard::id).collect(Collectors.toSet())) : Map.of();
        String text = switch (format) {
            case ANKI -> anki(cards);
            case CSV -> csv(cards, progress, today, history);
            case MD -> MarkdownSheet.write(title(cards, decks), cards.stream().map(c -> new MarkdownSheet.Entry(
                    c.id().value(), c.card().question(), c.card().answer(), c.card().topics())).toList());
            case JSON -> Json.write(json(cards, progress, today, history)) + "\n";
            case YAML -> DeckYaml.write(new Deck(deckName(cards), title(cards, decks), Optional.empty(),
                    cards.stream().map(DeckCard::card).toList()));
        };
        if (output == null) {
            out.print(text);
        } else {
            Path file = root.env().workingDir().resolve(output);
            if (java.nio.file.Files.isDirectory(file)) {
                throw new sdq.deck.InvalidInputException(output + " is a directory; give a file name, for example "
                        + output.resolve("cards." + extension()) + ".");
            }
            try {
                AtomicFile.write(file, text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("Cannot write " + output + ": " + reason(e), e);
            }
            err.println("Wrote " + cards.size() + (cards.size() == 1 ? " card" : " cards") + " to " + output + ".");
        }
        return ExitCode.OK;
    }

    private String extension() {
        return format == Format.ANKI ? "txt" : format.toString();
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.NoSuchFileException ? "no such directory" : String.valueOf(e.getMessage());
    }

    private static String anki(List<DeckCard> cards) {
        List<AnkiText.Note> notes = new ArrayList<>();
        for (DeckCard c : cards) {
            notes.add(new AnkiText.Note(c.id().value(), MarkdownHtml.toHtml(c.card().question()),
                    MarkdownHtml.toHtml(c.card().answer()), "System Design::" + c.deck(), c.card().topics()));
        }
        return AnkiText.write(notes);
    }

    private String csv(List<DeckCard> cards, ProgressStore progress, LocalDate today,
                              Map<CardId, List<Review>> history) {
        List<String> header = new ArrayList<>(CsvCards.HEADER);
        boolean full = withProgress;
        List<List<String>> rows = new ArrayList<>();
        Leitner leitner = progress.leitner();
        for (DeckCard c : cards) {
            CardState state = progress.state(c.id());
            List<String> row = new ArrayList<>(List.of(c.id().value(), c.deck(), c.card().question(), c.card().answer(),
                    String.join(";", c.card().topics()), Integer.toString(Math.min(state.box(), leitner.boxes())),
                    leitner.due(state, today).toString()));
            if (full) {
                row.addAll(List.of(Integer.toString(state.reviews()), Integer.toString(state.lapses()),
                        state.lastGrade().map(Grade::word).orElse(""), state.lastReviewed().map(LocalDate::toString).orElse(""),
                        history.getOrDefault(c.id(), List.of()).stream().map(ExportCommand::review)
                                .collect(Collectors.joining(" | "))));
            }
            rows.add(row);
        }
        if (full) {
            header.addAll(CsvCards.PROGRESS);
        }
        return CsvCards.write(header, rows);
    }

    /** One review, compactly: "2026-11-23T09:30+01:00 good 1->2". */
    private static String review(Review r) {
        return r.at().toOffsetDateTime().toString() + " " + r.grade().word() + " " + r.boxBefore() + "->" + r.boxAfter();
    }

    private List<Map<String, Object>> json(List<DeckCard> cards, ProgressStore progress, LocalDate today,
                                           Map<CardId, List<Review>> history) {
        List<Map<String, Object>> out = new ArrayList<>();
        Leitner leitner = progress.leitner();
        for (DeckCard c : cards) {
            Map<String, Object> card = Json.card(c);
            CardState state = progress.state(c.id());
            card.put("box", Math.min(state.box(), leitner.boxes()));
            card.put("due", leitner.due(state, today).toString());
            card.put("reviews", state.reviews());
            card.put("lapses", state.lapses());
            state.lastGrade().ifPresent(g -> card.put("last_grade", g.word()));
            state.lastReviewed().ifPresent(d -> card.put("last_reviewed", d.toString()));
            if (withProgress) {
                List<Map<String, Object>> reviews = new ArrayList<>();
                for (Review r : history.getOrDefault(c.id(), List.of())) {
                    Map<String, Object> review = new LinkedHashMap<>();
                    review.put("id", r.id());
                    review.put("at", r.at().toOffsetDateTime().toString());
                    review.put("zone", r.at().getZone().getId());
                    review.put("grade", r.grade().word());
                    review.put("box_before", r.boxBefore());
                    review.put("box_after", r.boxAfter());
                    reviews.add(review);
                }
                card.put("history", reviews);
            }
            out.add(card);
        }
        return out;
    }

    /** The title of the selection: its deck's when there is one deck, else from its topics. */
    private String title(List<DeckCard> cards, Decks decks) {
        Set<String> names = cards.stream().map(DeckCard::deck).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
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
        String topics = sdq.deck.Topics.canonical(String.join("-", select.topics));
        return topics.isEmpty() ? "export" : topics + "-cards";
    }
}
