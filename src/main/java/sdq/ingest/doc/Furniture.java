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
            // Not "Subscribe each client to its own channel.": the verb is followed by to, for, now, with...
            Pattern.compile("(?i)^(subscribe|sign in|log in|sign up)(?:\\s+(?:to|for|now|today|here|with|or|and|\\|)\\b"
                    + "[^:;.,]{0,50})?[.!]?$"),
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
            "footnotes", "final thoughts", "closing thoughts", "wrapping up", "navigation", "reading list",
            // The same in the other languages notes come in: German, Spanish, French.
            "quellen", "literatur", "weiterführende links", "siehe auch", "fuentes", "referencias", "véase también",
            "références", "voir aussi", "bibliographie");

    private Furniture() {
    }

    /** Whether a heading names a section that closes a page ("See also", "References", "Backlinks"). */
    public static boolean isClosingSection(String heading) {
        String t = heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\s]", "").replaceAll("\\s+", " ").strip();
        return CLOSING.contains(t);
    }

    /** "© 2024 Acme", "Copyright 2019-2024 ...", "All rights reserved.": the last lines of a page. */
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(?:©|\\(c\\)\\s*\\d{4}|copyright\\s+(?:©\\s*)?\\d{4}"
            + "|all rights reserved).*");
    /** The lines a page's footer opens with: "Subscribe to our newsletter", "You may also like". */
    private static final Pattern FOOTER = Pattern.compile("(?i)^(?:(?:subscribe|sign up|join)(?: to)? (?:our|the|my)"
            + " (?:newsletter|mailing list)\\b.{0,30}|you (?:may|might) also like|more from (?:the|our) blog"
            + "|(?:popular|recent|related|recommended) (?:articles|posts|stories)|recommended reading)[:.!]?$");
    /**
     * The closing sections that end a page, standing alone on a line (not "Related:" or "Comments:",
     * which notes use inside an answer too).
     */
    private static final java.util.Set<String> PAGE_END = java.util.Set.of("external links", "backlinks",
            "related articles", "related posts", "related notes", "related pages", "recommended reading", "footnotes");
    /** The closing sections that may lead a line with their contents after a colon: "Sources: DDIA, chapter 5". */
    private static final java.util.Set<String> SOURCES = java.util.Set.of("sources", "references", "bibliography",
            "further reading", "see also", "quellen", "literatur", "siehe auch", "fuentes", "referencias",
            "véase también", "références", "voir aussi");
    /** A cell of a row of links: a few words, no sentence ("About", "Privacy Policy", "Terms of Service"). */
    private static final Pattern LINK_CELL = Pattern.compile("[\\p{L}&][\\p{L}&'’ ]{0,30}");

    /**
     * Whether a block whose first line is {@code line} starts a page's footer: a copyright line,
     * a section that closes a page ("Related articles", "Sources: ..."), a newsletter's sign-up, or a row of
     * links set apart by wide gaps ("About   Careers   Privacy Policy").
     * What follows it on the page is footer too, never an answer.
     */
    public static boolean startsFooter(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        int colon = t.indexOf(':');
        String label = t.replaceFirst(":$", "").strip().toLowerCase(Locale.ROOT);
        if (COPYRIGHT.matcher(t).matches() || FOOTER.matcher(t).matches() || SOURCES.contains(label) || PAGE_END.contains(label)
                || colon > 0 && colon <= 30 && SOURCES.contains(t.substring(0, colon).strip().toLowerCase(Locale.ROOT))) {
            // "Sources: DDIA, chapter 5" as much as "Sources:" over a list.
            return true;
        }
        return isLinkRow(t);
    }

    /**
     * A row of links set apart by wide gaps or bars, as a page's menu or footer saved as text
     * ("Home   About   Privacy Policy"; "Docs | Blog | Pricing"). Not bullets: "Caching layers
     * • CDN • reverse proxy" is a note's list.
     */
    public static boolean isLinkRow(String line) {
        String[] cells = line.strip().split("\\s{3,}|\\s+\\|\\s+");
        // Four or more: three aligned words are as often a table's header row ("Level   Dirty read   Phantom").
        if (cells.length < 4) {
            return false;
        }
        for (String cell : cells) {
            if (!LINK_CELL.matcher(cell.strip()).matches()) {
                return false;
            }
        }
        return true;
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
