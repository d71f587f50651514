package sdq.schedule;

import java.util.Locale;
import java.util.Optional;

/** How well a card was answered; the quiz keys are 1 to 4. */
public enum Grade {
    AGAIN, HARD, GOOD, EASY;

    /** The grade's key in the quiz, 1 to 4. */
    public int key() {
        return ordinal() + 1;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A grade from its key (1-4) or its word, any case; empty for anything else. */
    public static Optional<Grade> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Grade g : values()) {
            if (t.equals(g.word()) || t.equals(Integer.toString(g.key()))) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
