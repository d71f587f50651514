package sdq.ingest.doc;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Page furniture: navigation, footers, banners and such lines that are never part of a card. */
public final class Furniture {
    private static final List<Pattern> NOISE = List.of(
            Pattern.compile("(?i)^documentation index$"),
            Pattern.compile("(?i)^fetch the complete documentation index\\b.*"),
            Pattern.compile("(?i)^use this file to discover all available pages\\b.*"),
            Pattern.compile("(?i)^(previous|next)( page| chapter| lesson| article)?\\s*[:»›→|-].*"),
            Pattern.compile("(?i)^(was this (page|article) helpful|edit this page|last (updated|edited|modified)|copyright\\b|©"
                    + "|all rights reserved|share this|table of contents|on this page|back to top|skip to (main )?content"
                    + "|print this page).*"),
            // "Log in to reply", "Subscribe to our newsletter": short, no sentence. Not "Log in again: the token expired".
            Pattern.compile("(?i)^(subscribe|sign in|log in|sign up)\\b[^:;.,]{0,50}[.!]?$"),
            Pattern.compile("(?i)^retrieved from [\"“].*"),
            Pattern.compile("(?i)^(categories|category|hidden categories)\\s*:.*"),
            Pattern.compile("(?i)^(review|see|read|check out|revisit) the .{0,60}\\b(sheet|page|guide|chapter|section"
                    + "|article|notes)\\b.{0,80}$"));

    /** The words page furniture starts with, so most lines need no pattern matched at all. */
    private static final java.util.Set<String> NOISE_START = java.util.Set.of("documentation", "fetch", "use",
            "previous", "next", "was", "edit", "last", "copyright", "©", "all", "share", "table", "on", "back",
            "skip", "print", "subscribe", "sign", "log", "review", "see", "read", "check", "revisit", "retrieved",
            "categories", "category", "hidden");

    /** Sections that close a page or a note rather than answer anything. */
    private static final java.util.Set<String> CLOSING = java.util.Set.of("see also", "references", "external links",
            "further reading", "backlinks", "bibliography", "sources", "related", "related posts", "related articles",
            "related notes", "related pages", "comments", "recommended reading", "read more", "more reading",
            "footnotes", "final thoughts", "closing thoughts", "wrapping up", "navigation");

    private Furniture() {
    }

    /** Whether a heading names a section that closes a page ("See also", "References", "Backlinks"). */
    public static boolean isClosingSection(String heading) {
        String t = heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\s]", "").replaceAll("\\s+", " ").strip();
        return CLOSING.contains(t);
    }

    private static String firstWord(String t) {
        int end = 0;
        while (end < t.length() && end < 20 && (Character.isLetter(t.charAt(end)) || t.charAt(end) == '©')) {
            end++;
        }
        return (t.substring(0, Math.max(end, Math.min(1, t.length())))).toLowerCase(Locale.ROOT);
    }

    /** Navigation, footer and other page furniture that is never part of a card. */
    public static boolean isNoise(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > 240 || !NOISE_START.contains(firstWord(t))) {
            return false;
        }
        for (Pattern p : NOISE) {
            if (p.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

}
