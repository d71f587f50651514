package sdq.imports;

import java.util.Objects;
import sdq.ingest.ReadNote;

/**
 * What was read from one file for a deck.
 *
 * @param file the file as the user named it
 * @param note what it holds
 */
public record FileRead(String file, ReadNote note) {
    public FileRead {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(note, "note");
    }
}
