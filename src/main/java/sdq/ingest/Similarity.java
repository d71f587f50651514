package sdq.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How alike two texts are, by their words, for matching edited cards to the cards they were. */
final class Similarity {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Similarity() {
    }

    /** Lower case, Markdown and punctuation gone, words separated by single spaces. */
    static String normalise(String text) {
        return NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : normalise(text).split(" ")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** Dice coefficient of the two word sets: 1 when the same words, 0 when none shared. */
    static double of(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int shared = 0;
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String w : small) {
            if (large.contains(w)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }
}
