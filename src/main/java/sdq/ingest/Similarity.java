package sdq.ingest;

import java.util.HashSet;
import java.util.Set;

/** How alike two texts are, by their words, for matching edited cards to the cards they were. */
final class Similarity {
    private Similarity() {
    }

    /** Lower case, Markdown and punctuation gone, words separated by single spaces. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
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
