package sdq.schedule;

import java.util.Locale;
import java.util.Optional;

/** Which schedule decides when cards come back: Leitner boxes (the default) or FSRS. */
public enum Scheduler {
    LEITNER, FSRS;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scheduler a word names, any case; empty for anything else. */
    public static Optional<Scheduler> parse(String word) {
        for (Scheduler s : values()) {
            if (s.word().equalsIgnoreCase(word.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
