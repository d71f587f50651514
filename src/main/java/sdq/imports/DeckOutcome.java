package sdq.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import sdq.ingest.DeckMerge;
import sdq.ingest.ReadNote;
import sdq.ingest.Skip;

/**
 * What became of one deck: the files it was read from, what was read and what changed; or, for
 * a file that could not be read (or a deck that could not be written), why.
 *
 * @param deck         the deck's name ("" for a file that could not be read)
 * @param deckFile     where the deck is written (null for a file that could not be read)
 * @param files        the files its cards came from, as the user named them
 * @param reads        what was read from each file
 * @param merge        the deck after the import and what changed in it (null on error)
 * @param error        why nothing could be done, if so
 * @param needsWriting the deck differs from its file
 * @param created      there was no such deck before
 */
public record DeckOutcome(String deck, Path deckFile, List<String> files, List<FileRead> reads, DeckMerge.Result merge,
                          Optional<String> error, boolean needsWriting, boolean created) {
    public DeckOutcome {
        files = List.copyOf(files);
        reads = List.copyOf(reads);
    }

    static DeckOutcome failed(String deck, Path deckFile, List<String> files, List<FileRead> reads, String error) {
        return new DeckOutcome(deck, deckFile, files, reads, null, Optional.of(error), false, false);
    }

    /** What was read, file by file. */
    public List<ReadNote> notes() {
        return reads.stream().map(FileRead::note).toList();
    }

    public List<Skip> skipped() {
        return notes().stream().flatMap(n -> n.skipped().stream()).toList();
    }

    public int repaired() {
        return notes().stream().mapToInt(ReadNote::repaired).sum();
    }
}
