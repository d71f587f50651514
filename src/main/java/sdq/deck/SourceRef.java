package sdq.deck;

import java.util.Objects;
import java.util.Optional;

/**
 * Where in its notes file a card was found: the 1-based line of its question; and a fingerprint
 * of the question and answer as the last import wrote them, so that a later import can tell a
 * card edited by hand in its deck from one whose notes changed.
 *
 * @param line     the line of the question in the notes
 * @param imported eight hex digits of the text the import wrote, if it recorded it
 */
public record SourceRef(int line, Optional<String> imported) {
    public SourceRef {
        if (line < 1) {
            throw new IllegalArgumentException("source line must be 1 or more, was " + line);
        }
        Objects.requireNonNull(imported, "imported");
        if (imported.isPresent() && !isFingerprint(imported.get())) {
            throw new IllegalArgumentException("an import fingerprint is eight hex digits, not '" + imported.get() + "'");
        }
    }

    public SourceRef(int line) {
        this(line, Optional.empty());
    }

    /** Eight lower-case hex digits (read by hand: a deck of 100,000 cards checks one per card as it loads). */
    public static boolean isFingerprint(String text) {
        if (text.length() != 8) {
            return false;
        }
        for (int i = 0; i < 8; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
