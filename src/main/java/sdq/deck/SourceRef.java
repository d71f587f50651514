package sdq.deck;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where in its notes file a card was found: the 1-based line of its question; and a fingerprint
 * of the question and answer as the last import wrote them, so that a later import can tell a
 * card edited by hand in its deck from one whose notes changed.
 *
 * @param line     the line of the question in the notes
 * @param imported eight hex digits of the text the import wrote, if it recorded it
 */
public record SourceRef(int line, Optional<String> imported) {
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{8}");

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

    public static boolean isFingerprint(String text) {
        return FINGERPRINT.matcher(text).matches();
    }
}
