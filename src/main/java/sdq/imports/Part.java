package sdq.imports;

import java.nio.file.Path;
import java.util.Optional;
import sdq.ingest.ReadNote;

/**
 * The cards of one file bound for one deck (a flashcard file may name several decks).
 *
 * @param file     the file they were read from
 * @param deck     the deck the file names for them, if any
 * @param note     what was read
 * @param cardFile the file is another tool's flashcards, not notes
 */
record Part(Path file, Optional<String> deck, ReadNote note, boolean cardFile) {
}
