package sdq.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import sdq.deck.CardRow;
import sdq.deck.InvalidInputException;
import sdq.export.AnkiPackageReader;
import sdq.export.AnkiText;
import sdq.export.CsvCards;
import sdq.export.JsonCards;
import sdq.export.MarkdownSheet;
import sdq.ingest.DecodedText;
import sdq.ingest.Draft;
import sdq.ingest.NoteReader;
import sdq.ingest.ReadNote;
import sdq.ingest.Skip;
import sdq.ingest.TextParts;
import sdq.store.FlashcardYaml;

/** Reads one file: notes through the note reader, flashcard files through their readers. */
final class FileReading {
    /** What reading a file gave: its parts, or why it could not be read. */
    sealed interface Read permits Read.Ok, Read.Failed {
        record Ok(List<Part> parts) implements Read {
            public Ok {
                parts = List.copyOf(parts);
            }
        }

        record Failed(String message) implements Read {
        }
    }

    /** The largest file read; a larger one is refused, before it is read, with what to do. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private final FileFormat format;
    private final InputFiles names;

    FileReading(FileFormat format, InputFiles names) {
        this.format = format;
        this.names = names;
    }

    /** The parts of a file; {@code owners} says which deck holds each card id now. */
    Read read(Path file, Map<String, String> owners) {
        try {
            String name = names.display(file);
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return new Read.Failed(name + ": is " + size / (1024 * 1024) + " MB; sdq reads files of up to "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB. Split it (at its headings, say) and import the parts.");
            }
            // Held in a box so the bytes can be let go once decoded: a 50 MB file is not kept twice.
            byte[][] bytes = {Files.readAllBytes(file)};
            if (format == FileFormat.APKG || format == FileFormat.AUTO && AnkiPackageReader.isZip(bytes[0])
                    && name.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(apkg|colpkg)")) {
                String stem = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
                return new Read.Ok(parts(file, stem, AnkiPackageReader.read(name, bytes[0]), FileFormat.APKG, "zip",
                        0, owners));
            }
            // The first lines tell what a file is; notes are decoded (and cleaned up) by the note reader.
            DecodedText[] decoded = new DecodedText[1];
            java.util.function.Supplier<DecodedText> whole = () -> decoded[0] != null ? decoded[0]
                    : (decoded[0] = DecodedText.exact(name, bytes[0]));
            FileFormat kind = format == FileFormat.AUTO ? FileDetection.detect(file, DecodedText.head(bytes[0], 64 * 1024),
                    () -> whole.get().text()) : format;
            if (kind.notes()) {
                decoded[0] = null;
                // A long file is decoded a part at a time as it is read, never held as one string.
                TextParts notes = DecodedText.inParts(name, bytes[0]);
                return new Read.Ok(List.of(new Part(file, Optional.empty(), NoteReader.read(name, notes, kind.syntax()),
                        false)));
            }
            // A card file read as it is parsed, a part at a time.
            TextParts text = decoded[0] != null ? TextParts.whole(decoded[0]) : DecodedText.exactParts(name, bytes[0]);
            decoded[0] = null;
            List<CardRow> rows;
            Optional<String> title = Optional.empty();
            switch (kind) {
                case ANKI, QUIZLET -> rows = AnkiText.read(name, text::reader);
                case MD -> {
                    rows = MarkdownSheet.read(text::reader);
                    title = text.head(64 * 1024).lines().filter(l -> l.startsWith("# ")).findFirst()
                            .map(l -> l.substring(2).strip());
                }
                case JSON -> rows = JsonCards.read(name, text.reader());
                case YAML -> {
                    // Markdown that is all front matter is read whole; a YAML file a card at a time.
                    boolean markdown = name.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(md|markdown)$");
                    FlashcardYaml.Cards cards = markdown ? FlashcardYaml.read(name, text.joined())
                            : FlashcardYaml.read(name, text.reader());
                    rows = cards.rows();
                    title = cards.title();
                }
                case TSV -> rows = CsvCards.read(name, text::reader, '\t');
                default -> rows = CsvCards.read(name, text::reader, format == FileFormat.CSV ? ',' : CsvCards.SNIFF);
            }
            String stem = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            return new Read.Ok(parts(file, title.filter(t -> !t.isBlank()).orElse(stem), rows, kind, text.encoding(),
                    text.repaired(), owners));
        } catch (InvalidInputException e) {
            return new Read.Failed(e.getMessage());
        } catch (IOException e) {
            return new Read.Failed(names.display(file) + ": cannot be read: " + e.getMessage());
        } catch (StackOverflowError e) {
            return new Read.Failed(names.display(file) + ": nested too deeply to read (lists, quotes or tags thousands of"
                    + " levels deep); flatten it, or leave the file out.");
        }
    }

    /**
     * A flashcard file's cards, one part for each deck they go to: a card whose id a deck holds
     * goes back to that deck; others to the deck the file names for them, or, when the file
     * names just one deck, to that one; the rest make a part of their own. Rows without a
     * question or an answer are skipped, with their line. A row's parent, named by id, becomes a
     * link to that card when it is in the same part.
     */
    private static List<Part> parts(Path file, String title, List<CardRow> rows, FileFormat kind, String encoding,
                                    int repaired, Map<String, String> owners) {
        List<Skip> skipped = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
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
                    List.of(kind.shown()), encoding, first ? repaired : 0, kind.shown()), true));
        }
        return parts;
    }
}
