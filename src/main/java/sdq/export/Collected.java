package sdq.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Text written a piece at a time, collected into one string (for callers that want it whole). */
final class Collected {
    /** Writes text to a writer. */
    interface Writing {
        void to(StringWriter out) throws IOException;
    }

    private Collected() {
    }

    static String text(Writing writing) {
        StringWriter out = new StringWriter();
        try {
            writing.to(out);
        } catch (IOException e) {
            // A StringWriter does not fail.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
