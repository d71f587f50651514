package sdq.deck;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finding the names a person probably meant when they mistyped one ("did you mean ...?"). */
public final class Names {
    private Names() {
    }

    /**
     * The names within a few edits of {@code query} (a swap of neighbours counts as one edit), or
     * containing it, or contained in it; closest first, at most {@code max}.
     */
    public static List<String> closeTo(String query, Collection<String> names, int max) {
        String q = query.toLowerCase(Locale.ROOT);
        record Scored(String name, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String name : names) {
            String n = name.toLowerCase(Locale.ROOT);
            int distance = editDistance(q, n);
            boolean related = !q.isEmpty() && (n.contains(q) || q.contains(n));
            if (distance <= Math.max(2, q.length() / 3) || related) {
                scored.add(new Scored(name, related ? Math.min(distance, 1) : distance));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
        return scored.stream().limit(max).map(Scored::name).toList();
    }

    /** Optimal string alignment distance: edits, counting a swap of neighbours as one. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
                        && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
