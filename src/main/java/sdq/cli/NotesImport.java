package sdq.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import sdq.deck.Deck;
import sdq.deck.InvalidInputException;
import sdq.deck.CardRow;
import sdq.export.AnkiText;
import sdq.export.CsvCards;
import sdq.export.JsonCards;
import sdq.export.MarkdownHtml;
import sdq.export.MarkdownSheet;
import sdq.ingest.DeckMerge;
import sdq.ingest.DecodedText;
import sdq.ingest.DeckNaming;
import sdq.ingest.Draft;
import sdq.ingest.NoteReader;
import sdq.ingest.ReadNote;
import sdq.ingest.Skip;
import sdq.ingest.TopicTagger;
import sdq.store.DeckFiles;
import sdq.store.Decks;
import sdq.store.FlashcardYaml;
import sdq.store.LoadedDeck;

/**
 * {@code sdq import}: reads notes files, merges each into its deck and writes the decks. Files
 * that cannot be read are reported and leave their deck untouched; the others still import.
 */
final class NotesImport {
    private static final List<String> NOTE_SUFFIXES = List.of(".txt", ".md", ".markdown", ".text", ".mdown", ".csv",
            ".tsv");

    /** What a file holds: notes, or cards from another tool. */
    enum Format {
        AUTO("detected"), NOTES("notes"), CSV("CSV"), TSV("TSV"), ANKI("Anki text"), YAML("YAML cards"),
        JSON("JSON cards"), MD("sdq study sheet");

        final String shown;

        Format(String shown) {
            this.shown = shown;
        }

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What became of one deck: the notes it was read from and what changed. */
    record Outcome(String deck, Path deckFile, List<String> files, List<ReadNote> notes, DeckMerge.Result merge,
                   Optional<String> error, boolean needsWriting, boolean created) {
        Outcome(String deck, Path deckFile, List<String> files, List<ReadNote> notes, DeckMerge.Result merge,
                Optional<String> error) {
            this(deck, deckFile, files, notes, merge, error, false, false);
        }

        List<Skip> skipped() {
            return notes.stream().flatMap(n -> n.skipped().stream()).toList();
        }

        int repaired() {
            return notes.stream().mapToInt(ReadNote::repaired).sum();
        }
    }

    /** The cards of one file bound for one deck (a flashcard file may name several decks). */
    private record Part(Path file, Optional<String> deck, ReadNote note, boolean cardFile) {
    }

    /** What an import did: each deck's outcome, and whether anything was written. */
    record Result(List<Outcome> outcomes, boolean written) {
        boolean failed() {
            return outcomes.stream().anyMatch(o -> o.error().isPresent());
        }
    }

    private final Path decksDir;
    private final Decks existing;
    private final TopicTagger tagger;
    private final Path workingDir;
    /** Ids given to new cards in this run, so two new decks never share one. */
    private final Set<String> assigned = new HashSet<>();
    private Map<String, String> existingIds;

    private final boolean retag;

    private final Format format;

    /** Cards a flashcard file does not hold leave their deck (otherwise they stay). */
    private final boolean prune;

    NotesImport(Path decksDir, Decks existing, TopicTagger tagger, Path workingDir, boolean retag, Format format,
                boolean prune) {
        this.retag = retag;
        this.format = format;
        this.prune = prune;
        this.decksDir = decksDir;
        this.existing = existing;
        this.tagger = tagger;
        this.workingDir = workingDir;
    }

    /**
     * Reads the files and merges them into their decks; writes the decks unless this is a dry
     * run or some file or deck could not be read (then nothing at all is written).
     */
    Result run(List<Path> inputs, Optional<String> deckOption, boolean dryRun) {
        List<Path> files = notesFiles(inputs);
        Map<String, List<Part>> groups = new LinkedHashMap<>();
        Map<Path, String> failures = new LinkedHashMap<>();
        Set<String> claimed = new HashSet<>();
        // Which deck holds each id now: a flashcard file's card goes back where it is.
        Map<String, String> owners = deckOption.isPresent() ? Map.of() : existingIds();
        // Files are read in parallel (reading is most of an import), then named in order.
        List<Object> read = files.parallelStream().map(file -> read(file, owners)).toList();
        for (int k = 0; k < files.size(); k++) {
            Path file = files.get(k);
            if (read.get(k) instanceof String message) {
                failures.put(file, message);
                continue;
            }
            for (Object o : (List<?>) read.get(k)) {
                Part part = (Part) o;
                String deck = deckOption.orElseGet(() -> part.deck().map(NotesImport::deckName)
                        .orElseGet(() -> nameFor(file, part.note(), claimed)));
                claimed.add(deck);
                groups.computeIfAbsent(deck, x -> new ArrayList<>()).add(part);
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        failures.forEach((file, message) -> outcomes.add(new Outcome("", null, List.of(display(file)), List.of(),
                null, Optional.of(message))));
        List<Outcome> merged = new ArrayList<>();
        groups.forEach((deck, parts) -> merged.add(importDeck(deck, parts)));
        outcomes.addAll(merged);
        boolean write = !dryRun && outcomes.stream().noneMatch(o -> o.error().isPresent());
        if (write) {
            DeckFiles.writeAll(decksDir, merged.stream().filter(Outcome::needsWriting).map(o -> o.merge().deck()).toList());
        }
        return new Result(outcomes, write);
    }

    /** A deck as a flashcard file names it, as a deck name: "System Design::Caching" is "caching". */
    private static String deckName(String named) {
        return Deck.isValidName(named) ? named : DeckNaming.fromTitle(named);
    }

    /** The ids in use outside one deck: in other decks, or given to new cards of this run. */
    private final class TakenIds extends java.util.AbstractSet<String> {
        private final String deck;

        TakenIds(String deck) {
            this.deck = deck;
        }

        @Override
        public boolean contains(Object id) {
            String owner = existingIds().get(id);
            return assigned.contains(id) || owner != null && !owner.equals(deck);
        }

        @Override
        public java.util.Iterator<String> iterator() {
            throw new UnsupportedOperationException("only asked whether an id is taken");
        }

        @Override
        public int size() {
            throw new UnsupportedOperationException("only asked whether an id is taken");
        }
    }

    private Map<String, String> existingIds() {
        if (existingIds == null) {
            existingIds = new java.util.HashMap<>();
            for (Deck deck : existing.decks()) {
                deck.cards().forEach(c -> existingIds.put(c.id().value(), deck.name()));
            }
        }
        return existingIds;
    }

    /** The note read from a file, or the message saying why it could not be. */
    private Object read(Path file, Map<String, String> owners) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String name = display(file);
            // The first lines tell what a file is; notes are decoded (and cleaned up) by the note reader.
            DecodedText[] decoded = new DecodedText[1];
            java.util.function.Supplier<DecodedText> whole = () -> decoded[0] != null ? decoded[0]
                    : (decoded[0] = DecodedText.exact(name, bytes));
            Format kind = format == Format.AUTO ? detect(file, DecodedText.head(bytes, 64 * 1024),
                    () -> whole.get().text()) : format;
            if (kind == Format.NOTES) {
                return List.of(new Part(file, Optional.empty(), NoteReader.read(name, bytes), false));
            }
            DecodedText text = whole.get();
            List<CardRow> rows;
            Optional<String> title = Optional.empty();
            switch (kind) {
                case ANKI -> rows = AnkiText.read(name, text.text());
                case MD -> {
                    rows = MarkdownSheet.read(text.text());
                    title = text.text().lines().filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2).strip());
                }
                case JSON -> rows = JsonCards.read(name, text.text());
                case YAML -> {
                    FlashcardYaml.Cards cards = FlashcardYaml.read(name, text.text());
                    rows = cards.rows();
                    title = cards.title();
                }
                case TSV -> rows = CsvCards.read(name, text.text(), '\t');
                default -> rows = CsvCards.read(name, text.text(), format == Format.CSV ? ',' : CsvCards.SNIFF);
            }
            String stem = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            return parts(file, title.filter(t -> !t.isBlank()).orElse(stem), rows, kind, text, owners);
        } catch (InvalidInputException e) {
            return e.getMessage();
        } catch (IOException e) {
            return display(file) + ": cannot be read: " + e.getMessage();
        }
    }

    /**
     * A flashcard file's cards, one part for each deck they go to: a card whose id a deck holds
     * goes back to that deck; others to the deck the file names for them, or, when the file
     * names just one deck, to that one; the rest make a part of their own. Rows without a
     * question or an answer are skipped, with their line. A row's parent, named by id, becomes a
     * link to that card when it is in the same part.
     */
    private static List<Part> parts(Path file, String title, List<CardRow> rows, Format kind, DecodedText text,
                                    Map<String, String> owners) {
        List<Skip> skipped = new ArrayList<>();
        Set<String> named = new java.util.LinkedHashSet<>();
        rows.forEach(r -> r.deck().ifPresent(named::add));
        Optional<String> onlyDeck = named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
        Map<Optional<String>, List<CardRow>> byDeck = new LinkedHashMap<>();
        for (CardRow row : rows) {
            if (row.question().isBlank() || row.answer().isBlank()) {
                skipped.add(row.question().isBlank() ? new Skip(row.line(), row.answer(), "no question")
                        : new Skip(row.line(), row.question(), "no answer"));
            } else {
                Optional<String> deck = row.id().map(owners::get).or(row::deck).or(() -> onlyDeck);
                byDeck.computeIfAbsent(deck, d -> new ArrayList<>()).add(row);
            }
        }
        if (byDeck.isEmpty()) {
            byDeck.put(Optional.empty(), List.of());
        }
        List<Part> parts = new ArrayList<>();
        for (Map.Entry<Optional<String>, List<CardRow>> group : byDeck.entrySet()) {
            Map<String, Integer> index = new HashMap<>();
            List<CardRow> list = group.getValue();
            for (int i = 0; i < list.size(); i++) {
                int at = i;
                list.get(i).id().ifPresent(id -> index.putIfAbsent(id, at));
            }
            List<Draft> drafts = new ArrayList<>();
            for (CardRow row : list) {
                Draft draft = Draft.of(row);
                Integer parent = row.parent().map(index::get).orElse(null);
                drafts.add(parent != null && parent != drafts.size() ? draft.withParent(parent) : draft);
            }
            boolean first = parts.isEmpty();
            String partTitle = byDeck.size() > 1 ? group.getKey().orElse(title) : title;
            parts.add(new Part(file, group.getKey(), new ReadNote(partTitle, drafts, first ? skipped : List.of(),
                    List.of(kind.shown), text.encoding(), first ? text.repaired() : 0), true));
        }
        return parts;
    }

    private Outcome importDeck(String name, List<Part> parts) {
        List<String> shown = parts.stream().map(p -> display(p.file())).distinct().toList();
        if (!Deck.isValidName(name)) {
            return new Outcome(name, null, shown, List.of(), null, Optional.of("'" + name + "' is not a deck name;"
                    + " use lower-case letters, digits and '-' (for example " + DeckNaming.fromTitle(name) + ")."));
        }
        Optional<Deck> before = existing.find(name).map(LoadedDeck::deck);
        Map<String, sdq.deck.Card> byId = new HashMap<>();
        before.ifPresent(d -> d.cards().forEach(c -> byId.put(c.id().value(), c)));
        List<Draft> drafts = new ArrayList<>();
        List<ReadNote> read = new ArrayList<>();
        for (Part part : parts) {
            ReadNote note = part.note();
            int offset = drafts.size();
            boolean fromHtml = note.shapes().contains(Format.ANKI.shown);
            for (Draft d : note.drafts()) {
                drafts.add(asInDeck(d.shiftedParent(offset), byId, fromHtml));
            }
            read.add(note);
        }
        Path deckFile = DeckFiles.pathOf(decksDir, name);
        try {
            existing.requireWritable(name);
        } catch (InvalidInputException e) {
            return new Outcome(name, deckFile, shown, read, null, Optional.of(e.getMessage()));
        }
        Set<String> taken = new TakenIds(name);
        String title = read.get(0).title();
        // A deck names the notes it comes from; cards from a flashcard file (an export, say) do
        // not take that away, or the notes would no longer find their deck.
        boolean onlyCards = parts.stream().allMatch(Part::cardFile);
        Optional<String> source = onlyCards && before.isPresent() ? Optional.empty()
                : Optional.of(String.join(", ", parts.stream().map(p -> p.file().getFileName().toString()).distinct()
                        .toList()));
        if (onlyCards && before.isPresent()) {
            // The lines of a flashcard file are not lines of the notes the deck names.
            drafts.replaceAll(Draft::withoutLine);
        }
        // A flashcard file may hold a few of a deck's cards (an export of one topic): the others
        // stay, unless --prune says the file is the whole deck.
        DeckMerge.Result result = DeckMerge.merge(name, title, source, drafts, before, taken, tagger, retag,
                onlyCards && !prune);
        result.deck().cards().forEach(c -> assigned.add(c.id().value()));
        // A file with no cards in it makes no deck.
        boolean changed = before.isEmpty() ? !result.deck().cards().isEmpty() : !before.get().equals(result.deck());
        return new Outcome(name, deckFile, shown, read, result, Optional.empty(), changed, before.isEmpty());
    }

    /**
     * A card from a flashcard file that the deck already holds (same id) keeps what the file
     * does not say: its section, when the file has none. And a card that went out to Anki as
     * HTML comes back as Markdown of commonmark's spelling (a blank line between list items,
     * say); when it renders exactly as the deck's card does, the deck's own spelling is kept, so
     * an unchanged card reads as unchanged.
     */
    private static Draft asInDeck(Draft draft, Map<String, sdq.deck.Card> deck, boolean fromHtml) {
        // Notes carry no ids: only a flashcard file's cards are matched here.
        sdq.deck.Card card = draft.id().map(deck::get).orElse(null);
        if (card == null) {
            return draft;
        }
        String question = draft.question();
        String answer = draft.answer();
        if (fromHtml) {
            question = MarkdownHtml.sameRendering(card.question(), question) ? card.question() : question;
            answer = MarkdownHtml.sameRendering(card.answer(), answer) ? card.answer() : answer;
        }
        String section = draft.section().isEmpty() ? card.section() : draft.section();
        return new Draft(question, answer, section, draft.line(), draft.endLine(), draft.parent(), draft.id(),
                draft.topics());
    }

    /** The deck a file goes to: the one it was imported into before, else one named from its title. */
    private String nameFor(Path file, ReadNote note, Set<String> claimed) {
        String fileName = file.getFileName().toString();
        for (Deck deck : existing.decks()) {
            if (deck.source().filter(s -> s.equals(fileName)).isPresent() && !claimed.contains(deck.name())) {
                return deck.name();
            }
        }
        String base = DeckNaming.fromTitle(note.title());
        String name = base;
        for (int n = 2; taken(name, fileName) || claimed.contains(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /** A deck of that name exists and came from other notes. */
    private boolean taken(String name, String fileName) {
        Optional<Deck> deck = existing.find(name).map(LoadedDeck::deck);
        return deck.isPresent() && !deck.get().source().filter(s -> s.equals(fileName)).isPresent()
                || existing.problems().stream().anyMatch(p -> p.file().endsWith(name + ".yaml"));
    }

    private List<Path> notesFiles(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            Path path = workingDir.resolve(input);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(NotesImport::isNotes).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list " + display(path) + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(path) || Files.isSymbolicLink(path) && Files.exists(path)) {
                files.add(path);
            } else {
                throw new InvalidInputException(display(path) + ": no such file or directory.");
            }
        }
        if (files.isEmpty()) {
            throw new InvalidInputException("No notes files (" + String.join(", ", NOTE_SUFFIXES) + ") in "
                    + String.join(", ", inputs.stream().map(Path::toString).toList()) + ".");
        }
        return files;
    }

    /**
     * The format a file's name and first lines ({@code text}: the start of the file) show; a
     * Markdown file that may be all front matter is read whole ({@code whole}) to be sure.
     */
    static Format detect(Path file, String text, java.util.function.Supplier<String> whole) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (AnkiText.looksLike(text)) {
            return Format.ANKI;
        }
        if (MarkdownSheet.looksLike(text)) {
            return Format.MD;
        }
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        if (name.endsWith(".tsv")) {
            return Format.TSV;
        }
        boolean markdown = name.endsWith(".md") || name.endsWith(".markdown");
        if (name.endsWith(".json") || !markdown && JsonCards.looksLike(text)
                && (text.contains("\"q\"") || text.contains("\"question\""))) {
            return Format.JSON;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml") || !markdown && FlashcardYaml.startsAsCards(text)) {
            return Format.YAML;
        }
        if (!markdown && CsvCards.looksLike(text)) {
            return Format.CSV;
        }
        if (!markdown && AnkiText.looksLikeHeaderless(text)) {
            return Format.ANKI;
        }
        if (name.endsWith(".md") && text.startsWith("---") && FlashcardYaml.isCardsInFrontMatter(whole.get())) {
            return Format.YAML;
        }
        return Format.NOTES;
    }

    private static boolean isNotes(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return NOTE_SUFFIXES.stream().anyMatch(name::endsWith) && !name.startsWith(".");
    }

    private String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = workingDir.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
    }
}
