package sdq.imports;

import java.util.Objects;
import java.util.Optional;

/**
 * How to import.
 *
 * @param deck   every card into this one deck (its full name), instead of a deck per file
 * @param dryRun read and merge, but write nothing
 * @param retag  give every card the topics the taxonomy gives it now, replacing hand-set ones
 * @param prune  the cards of a deck that its flashcard files do not hold leave it
 * @param format what the files hold, or {@link FileFormat#AUTO} to tell from each file
 * @param preferNotes a card edited by hand in its deck takes the notes' text again
 */
public record ImportOptions(Optional<String> deck, boolean dryRun, boolean retag, boolean prune, FileFormat format,
                            boolean preferNotes) {
    public ImportOptions {
        Objects.requireNonNull(deck, "deck");
        Objects.requireNonNull(format, "format");
    }

    public ImportOptions(Optional<String> deck, boolean dryRun, boolean retag, boolean prune, FileFormat format) {
        this(deck, dryRun, retag, prune, format, false);
    }
}
