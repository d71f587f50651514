package sdq.ingest;

import java.text.Normalizer;
import java.util.Locale;

/** A deck name (a safe file name) from the title of the notes it was imported from. */
public final class DeckNaming {
    private static final int MAX = 48;

    private DeckNaming() {
    }

    public static String fromTitle(String title) {
        String withoutAsides = title.replaceAll("\\([^)]*\\)", " ").replace('&', ' ');
        String ascii = Normalizer.normalize(withoutAsides, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            int cut = slug.lastIndexOf('-', MAX);
            slug = slug.substring(0, cut > MAX / 2 ? cut : MAX).replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            String fallback = Normalizer.normalize(title, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            return fallback.isEmpty() ? "notes" : fromTitle(fallback);
        }
        return slug;
    }
}
