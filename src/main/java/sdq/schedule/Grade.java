package sdq.schedule;

import java.util.Locale;
import java.util.Optional;

/** How well a card was answered; the quiz keys are 1 to 4. */
public enum Grade {
    AGAIN, HARD, GOOD, EASY;

    private static final Grade[] VALUES = values();

    /** The grade's key in the quiz, 1 to 4. */
    public int key() {
        return ordinal() + 1;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A grade from its key (1-4) or its word, any case; empty for anything else. */
    public static Optional<Grade> parse(String text) {
        // No copy of the text: the progress store reads a grade from each of thousands of lines.
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        for (Grade g : VALUES) {
            String word = g.name();
            boolean isWord = to - from == word.length() && text.regionMatches(true, from, word, 0, word.length());
            boolean isKey = to - from == 1 && text.charAt(from) == (char) ('0' + g.key());
            if (isWord || isKey) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
