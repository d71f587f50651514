package sdq.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import sdq.deck.Card;
import sdq.deck.Deck;
import sdq.deck.InvalidInputException;
import sdq.export.MarkdownHtml;
import sdq.ingest.DeckMerge;
import sdq.ingest.DeckNaming;
import sdq.ingest.Draft;
import sdq.ingest.ReadNote;
import sdq.ingest.TopicTagger;
import sdq.store.DeckFiles;
import sdq.store.Decks;
import sdq.store.LoadedDeck;

/**
 * {@code sdq import}: reads notes and flashcard files, merges each into its deck and writes the
 * decks. When any file or deck cannot be read, nothing at all is written (the others are still
 * read and reported, so the user sees what would change).
 */
public final class Import {
    private final Path decksDir;
    private final Optional<Path> deckCache;
    private final Decks existing;
    private final TopicTagger tagger;
    private final ImportOptions options;
    private final InputFiles inputs;
    private final DeckNames names;
    /** Ids given to new cards in this run, so two new decks never share one. */
    private final Set<String> assigned = new HashSet<>();
    private Map<String, String> existingIds;

    /**
     * @param decksDir   where the decks are written
     * @param existing   the decks there now
     * @param tagger     finds the topics of new cards
     * @param workingDir what relative paths are relative to
     * @param options    how to import
     */
    public Import(Path decksDir, Decks existing, TopicTagger tagger, Path workingDir, ImportOptions options) {
        this(decksDir, existing, tagger, workingDir, options, Optional.empty());
    }

    /** As the other constructor; {@code deckCache}: where the decks written are also kept parsed (the deck cache). */
    public Import(Path decksDir, Decks existing, TopicTagger tagger, Path workingDir, ImportOptions options,
                  Optional<Path> deckCache) {
        this.deckCache = deckCache;
        this.decksDir = decksDir;
        this.existing = existing;
        // Remembering: cards are tagged as their file is read, in parallel, and the merge looks them up.
        this.tagger = tagger.remembering();
        this.options = options;
        this.inputs = new InputFiles(workingDir);
        this.names = new DeckNames(existing);
    }

    /**
     * Reads the files (and the files under the directories) named, and merges them into their
     * decks; writes the decks unless this is a dry run or some file or deck could not be read.
     */
    public ImportResult run(List<Path> paths) {
        return run(paths, ImportProgress.NONE);
    }

    /** As {@link #run(List)}, telling {@code progress} of each file read. */
    public ImportResult run(List<Path> paths, ImportProgress progress) {
        List<Path> files = inputs.find(paths);
        Map<String, List<Part>> groups = new LinkedHashMap<>();
        Map<Path, String> failures = new LinkedHashMap<>();
        Set<String> claimed = new HashSet<>();
        // Which deck holds each id now: a flashcard file's card goes back where it is.
        Map<String, String> owners = options.deck().isPresent() ? Map.of() : existingIds();
        FileReading reading = new FileReading(options.format(), inputs);
        // Files are read in parallel (reading is most of an import), then named in order.
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        List<FileReading.Read> read = files.parallelStream().map(file -> {
            FileReading.Read r = reading.read(file, owners);
            if (r instanceof FileReading.Read.Ok ok) {
                for (Part part : ok.parts()) {
                    part.note().drafts().stream().filter(d -> d.topics().isEmpty())
                            .forEach(d -> tagger.topics(d.question(), d.section(), d.answer()));
                }
            }
            progress.filesRead(done.incrementAndGet(), files.size());
            return r;
        }).toList();
        for (int k = 0; k < files.size(); k++) {
            Path file = files.get(k);
            if (read.get(k) instanceof FileReading.Read.Failed failed) {
                failures.put(file, failed.message());
                continue;
            }
            for (Part part : ((FileReading.Read.Ok) read.get(k)).parts()) {
                String deck = options.deck().orElseGet(() -> part.deck().map(DeckNames::fromFile)
                        .orElseGet(() -> names.forNotes(file, part.note(), claimed)));
                claimed.add(deck);
                groups.computeIfAbsent(deck, x -> new ArrayList<>()).add(part);
            }
        }
        List<DeckOutcome> outcomes = new ArrayList<>();
        failures.forEach((file, message) -> outcomes.add(DeckOutcome.failed("", null, List.of(inputs.display(file)),
                List.of(), message)));
        List<DeckOutcome> merged = mergeAll(groups);
        outcomes.addAll(merged);
        for (DeckOutcome o : merged) {
            long text = o.merge() == null ? 0 : o.merge().deck().cards().stream()
                    .mapToLong(c -> c.question().length() + c.answer().length()).sum();
            if (text > sdq.store.DeckYaml.MAX_TEXT * 0.9) {
                // The deck could not be read back: refuse it before anything is written.
                throw new InvalidInputException("deck '" + o.merge().deck().name() + "' would hold "
                        + text / (1024 * 1024) + " MB of card text, beyond the " + sdq.store.DeckYaml.MAX_TEXT
                        / (1024 * 1024) + " MB a deck can hold; import the notes in parts into several decks"
                        + " (--deck NAME). Nothing was written.");
            }
        }
        boolean write = !options.dryRun() && outcomes.stream().noneMatch(o -> o.error().isPresent());
        if (write) {
            Map<Path, String> readAs = new HashMap<>();
            existing.loaded().forEach(d -> d.file().ifPresent(f -> readAs.put(f.toAbsolutePath().normalize(),
                    d.digest())));
            DeckFiles.writeAll(decksDir, merged.stream().filter(DeckOutcome::needsWriting).map(o -> o.merge().deck())
                    .toList(), readAs, deckCache);
        }
        return new ImportResult(outcomes, write);
    }

    /**
     * Merges every deck, on every core, with exactly the result of merging them one after
     * another in order. The one thing decks share is the ids new cards take: a deck must not
     * take one that a deck before it in this run took. Each deck is first merged as if no other
     * deck had taken any; then, in order, a deck that was told an id was free which an earlier
     * deck did take is merged again, this time knowing all the earlier decks' ids. Since knowing
     * more only turns "free" answers into "taken", a deck none of whose free answers was wrong
     * asked the same questions and got the same answers as it would have in order.
     */
    private List<DeckOutcome> mergeAll(Map<String, List<Part>> groups) {
        Map<String, String> owners = existingIds();
        List<Map.Entry<String, List<Part>>> decks = List.copyOf(groups.entrySet());
        List<TakenIds> guesses = decks.stream().map(e -> new TakenIds(e.getKey(), owners, false)).toList();
        List<DeckOutcome> merged = new ArrayList<>(java.util.stream.IntStream.range(0, decks.size()).parallel()
                .mapToObj(k -> importDeck(decks.get(k).getKey(), decks.get(k).getValue(), guesses.get(k)))
                .toList());
        for (int k = 0; k < merged.size(); k++) {
            if (guesses.get(k).free.stream().anyMatch(assigned::contains)) {
                merged.set(k, importDeck(decks.get(k).getKey(), decks.get(k).getValue(),
                        new TakenIds(decks.get(k).getKey(), owners, true)));
            }
            DeckOutcome o = merged.get(k);
            if (o.merge() != null) {
                o.merge().deck().cards().forEach(c -> assigned.add(c.id().value()));
            }
        }
        return merged;
    }

    private Map<String, String> existingIds() {
        if (existingIds == null) {
            existingIds = new HashMap<>();
            for (Deck deck : existing.decks()) {
                deck.cards().forEach(c -> existingIds.put(c.id().value(), deck.name()));
            }
        }
        return existingIds;
    }

    /**
     * The ids in use outside one deck: in other decks, and (when {@code ofThisRun}) given to new
     * cards by the decks merged before it in this run. Remembers each id it called free.
     */
    private final class TakenIds extends java.util.AbstractSet<String> {
        private final String deck;
        private final Map<String, String> owners;
        private final boolean ofThisRun;
        /** The ids called free, when not {@code ofThisRun} (only a guess's answers are checked). */
        final List<String> free = new ArrayList<>();

        TakenIds(String deck, Map<String, String> owners, boolean ofThisRun) {
            this.deck = deck;
            this.owners = owners;
            this.ofThisRun = ofThisRun;
        }

        @Override
        public boolean contains(Object id) {
            String owner = owners.get(id);
            boolean taken = ofThisRun && assigned.contains(id) || owner != null && !owner.equals(deck);
            if (!taken && !ofThisRun) {
                free.add((String) id);
            }
            return taken;
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

    private DeckOutcome importDeck(String name, List<Part> parts, TakenIds taken) {
        List<String> shown = parts.stream().map(p -> inputs.display(p.file())).distinct().toList();
        if (!Deck.isValidName(name)) {
            return DeckOutcome.failed(name, null, shown, List.of(), "'" + name + "' is not a deck name;"
                    + " use lower-case letters, digits and '-' (for example " + DeckNaming.fromTitle(name) + ").");
        }
        Optional<Deck> before = existing.find(name).map(LoadedDeck::deck);
        Map<String, Card> byId = new HashMap<>();
        before.ifPresent(d -> d.cards().forEach(c -> byId.put(c.id().value(), c)));
        List<Draft> drafts = new ArrayList<>();
        List<FileRead> read = new ArrayList<>();
        for (Part part : parts) {
            ReadNote note = part.note();
            int offset = drafts.size();
            boolean fromHtml = note.shapes().contains(FileFormat.ANKI.shown());
            for (Draft d : note.drafts()) {
                drafts.add(asInDeck(d.shiftedParent(offset), byId, fromHtml));
            }
            read.add(new FileRead(inputs.display(part.file()), note));
        }
        Path deckFile = DeckFiles.pathOf(decksDir, name);
        try {
            existing.requireWritable(name, !options.dryRun());
        } catch (InvalidInputException e) {
            return DeckOutcome.failed(name, deckFile, shown, read, e.getMessage());
        }
        String title = read.get(0).note().title();
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
        DeckMerge.Result result = DeckMerge.merge(name, title, source, drafts, before, taken, tagger,
                options.retag(), onlyCards && !options.prune(), options.preferNotes());
        // A file with no cards in it makes no deck.
        boolean changed = before.isEmpty() ? !result.deck().cards().isEmpty() : !before.get().equals(result.deck());
        return new DeckOutcome(name, deckFile, shown, read, result, Optional.empty(), changed, before.isEmpty());
    }

    /**
     * A card from a flashcard file that the deck already holds (same id) keeps what the file
     * does not say: its section, when the file has none. And a card that went out to Anki as
     * HTML comes back as Markdown of commonmark's spelling (a blank line between list items,
     * say); when it renders exactly as the deck's card does, the deck's own spelling is kept, so
     * an unchanged card reads as unchanged.
     */
    private static Draft asInDeck(Draft draft, Map<String, Card> deck, boolean fromHtml) {
        // Notes carry no ids: only a flashcard file's cards are matched here.
        Card card = draft.id().map(deck::get).orElse(null);
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
                draft.topics(), draft.rule(), draft.cloze());
    }
}
