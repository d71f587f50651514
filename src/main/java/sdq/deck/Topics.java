package sdq.deck;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Topic names and how a user's words find them. A topic name is canonical: lower-case words
 * joined by '-' ({@code load-balancing}). A query matches a topic when it is the same name in
 * any case or spacing, the same word in another simple form ({@code cache}, {@code caches} for
 * {@code caching}), or the start of one ({@code load} for {@code load-balancing}).
 */
public final class Topics {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Topics() {
    }

    /** Lower-case letters and digits in words joined by single '-', at most 64. */
    public static boolean isCanonical(String topic) {
        if (topic == null || topic.isEmpty() || topic.length() > 64) {
            return false;
        }
        char previous = '-';
        for (int i = 0; i < topic.length(); i++) {
            char c = topic.charAt(i);
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!word && (c != '-' || previous == '-')) {
                return false;
            }
            previous = c;
        }
        return previous != '-';
    }

    /** The canonical form of a topic as a person might write it ("Load Balancing"), or "". */
    public static String canonical(String raw) {
        if (isCanonical(raw)) {
            return raw;
        }
        String lower = raw == null ? "" : raw.toLowerCase(Locale.ROOT);
        String joined = NON_WORD.matcher(lower).replaceAll("-");
        joined = joined.replaceAll("^-+|-+$", "");
        StringBuilder ascii = new StringBuilder(joined.length());
        for (char c : joined.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
                ascii.append(c);
            }
        }
        String result = ascii.toString().replaceAll("-{2,}", "-").replaceAll("^-+|-+$", "");
        return result.length() > 64 ? result.substring(0, 64).replaceAll("-+$", "") : result;
    }

    /**
     * The known topics a query could stand for: the exact name, else the topics of the same word
     * ("cache", "caches": caching), else every topic the query starts ("load": load-balancing);
     * empty when none. A query stands for a topic when this gives exactly one.
     */
    public static List<String> match(String query, Collection<String> known) {
        String q = canonical(query);
        if (q.isEmpty()) {
            return List.of();
        }
        if (known.contains(q)) {
            return List.of(q);
        }
        String qStem = stem(q);
        TreeSet<String> sameWord = new TreeSet<>();
        for (String topic : known) {
            if (stem(topic).equals(qStem)) {
                sameWord.add(topic);
            }
        }
        if (!sameWord.isEmpty()) {
            return List.copyOf(sameWord);
        }
        TreeSet<String> prefixed = new TreeSet<>();
        for (String topic : known) {
            if (topic.startsWith(q) || stem(topic).startsWith(qStem)) {
                prefixed.add(topic);
            }
        }
        return List.copyOf(prefixed);
    }

    /** Topic names close to a mistyped one, closest first, at most {@code max}. */
    public static List<String> closeMatches(String query, Collection<String> known, int max) {
        return Names.closeTo(canonical(query), known, max);
    }

    /** Each word reduced to a simple stem, so that cache, caches and caching meet. */
    static String stem(String canonicalTopic) {
        String[] words = canonicalTopic.split("-");
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (out.length() > 0) {
                out.append('-');
            }
            out.append(stemWord(word));
        }
        return out.toString();
    }

    private static String stemWord(String word) {
        String w = word;
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("ing") && w.length() > 5) {
            w = w.substring(0, w.length() - 3);
        } else if (w.endsWith("es") && w.length() > 4) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("e") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
