package sdq.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sdq.imports.DeckOutcome;
import sdq.ingest.ReadNote;
import sdq.ingest.Skip;
import sdq.ingest.cards.CardFinder;
import sdq.store.Decks;

/** What {@code sdq import} prints of each deck's outcome: a summary of what changed and what was skipped, or JSON. */
final class ImportReport {
    private static final int SKIPS_SHOWN = 5;

    private final Path workingDir;
    private final boolean verbose;

    ImportReport(Path workingDir, boolean verbose) {
        this.workingDir = workingDir;
        this.verbose = verbose;
    }

    void print(DeckOutcome o, Decks existing, String deckOption, PrintWriter out, PrintWriter err) {
        if (o.error().isPresent()) {
            err.println("sdq: " + o.error().get());
            return;
        }
        var m = o.merge();
        if (m.deck().cards().isEmpty() && m.removed().isEmpty()) {
            noCards(o, out);
            return;
        }
        String repaired = o.repaired() > 0 ? ", " + o.repaired() + " garbled characters repaired" : "";
        out.println(String.join(", ", o.files()) + " -> " + relative(o.deckFile()) + " (" + readAs(o) + ", "
                + o.notes().get(0).encoding() + repaired + ")");
        out.println("  " + Words.count(m.deck().cards().size(), "card") + ": " + m.added().size() + " new, "
                + m.changed().size() + " changed, " + m.unchanged() + " unchanged, " + m.removed().size() + " removed"
                + (m.removed().isEmpty() ? "" : " (their progress is kept)"));
        bySyntax(o, out);
        for (var kept : m.keptEdits()) {
            out.println("  kept your edit of " + kept.id().value() + "; the notes changed too (--prefer-notes takes"
                    + " the notes' text)");
        }
        if (!m.kept().isEmpty()) {
            out.println("  " + Words.count(m.kept().size(), "card") + " of the deck not in the file"
                    + (m.kept().size() == 1 ? " stays (--prune removes it)" : " stay (--prune removes them)"));
        }
        if (o.created() && deckOption != null) {
            // `import --deck` names a deck in full (it may be a new one); other commands take a start.
            existing.decks().stream().map(d -> d.name()).filter(n -> n.startsWith(deckOption)).findFirst().ifPresent(n ->
                    out.println("  note: '" + deckOption + "' is a new deck; to import into '" + n + "', give its full"
                            + " name to --deck."));
        }
        skips(o.skipped(), out);
    }

    /**
     * For a file with another tool's cards in it, how many cards each syntax made:
     * "Obsidian SR: 42 cards", or, for a file that mixes syntaxes, each of them.
     */
    private static void bySyntax(DeckOutcome o, PrintWriter out) {
        for (var read : o.reads()) {
            Map<String, Integer> counts = read.note().cardsBySyntax();
            if (counts.isEmpty() || counts.keySet().equals(java.util.Set.of("notes"))) {
                continue;
            }
            String each = counts.entrySet().stream().map(e -> e.getKey() + ": " + Words.count(e.getValue(), "card"))
                    .collect(java.util.stream.Collectors.joining(", "));
            out.println("  " + (o.reads().size() > 1 ? read.file() + ": " : "")
                    + (counts.size() > 1 ? "mixes syntaxes: " : "") + each);
        }
    }

    /** What each file was read as: "Markdown", "plain text and Markdown". */
    private static String readAs(DeckOutcome o) {
        List<String> syntaxes = o.notes().stream().map(ReadNote::syntax).distinct().toList();
        return "read as " + String.join(" and ", syntaxes);
    }

    /** A file with no card in it: what was looked for, the nearest misses, and how to write notes that are read. */
    private void noCards(DeckOutcome o, PrintWriter out) {
        boolean notes = o.notes().stream().anyMatch(n -> !n.shapes().isEmpty() || n.drafts().isEmpty());
        out.println(String.join(", ", o.files()) + ": no cards found (" + readAs(o) + "); no deck written.");
        if (notes) {
            out.println("  looked for: " + String.join(", ", CardFinder.LOOKS_FOR) + ".");
        }
        List<Skip> misses = o.skipped();
        if (!misses.isEmpty()) {
            out.println("  nearest misses:");
            misses.stream().limit(verbose ? misses.size() : SKIPS_SHOWN)
                    .forEach(s -> out.println("    line " + s.line() + ": " + s.reason() + ": " + s.text()));
            if (!verbose && misses.size() > SKIPS_SHOWN) {
                out.println("    ... and " + (misses.size() - SKIPS_SHOWN) + " more (--verbose lists them all)");
            }
        }
        out.println("  A card is a question with its answer right after it, for example:");
        out.println("    ## What is a cache?                      Q: What is a cache?");
        out.println("    A small, fast store in front of a slow   A: A small, fast store in front of a slow one.");
        out.println("    one.");
        out.println("  sdq import --explain FILE shows how a file was read.");
    }

    private void skips(List<Skip> skipped, PrintWriter out) {
        if (!skipped.isEmpty()) {
            out.println("  skipped " + skipped.size() + ":");
            int shown = verbose ? skipped.size() : Math.min(SKIPS_SHOWN, skipped.size());
            for (Skip s : skipped.subList(0, shown)) {
                out.println("    line " + s.line() + ": " + s.reason() + ": " + s.text());
            }
            if (shown < skipped.size()) {
                out.println("    ... and " + (skipped.size() - shown) + " more (--verbose lists them all)");
            }
        }
    }

    String relative(Path file) {
        Path base = workingDir.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
    }

    Map<String, Object> json(DeckOutcome o, boolean written) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("files", o.files());
        if (o.error().isPresent()) {
            out.put("error", o.error().get());
            return out;
        }
        var m = o.merge();
        out.put("deck", o.deck());
        out.put("path", relative(o.deckFile()));
        out.put("syntax", o.notes().stream().map(ReadNote::syntax).distinct().toList());
        out.put("encoding", o.notes().get(0).encoding());
        out.put("repaired", o.repaired());
        out.put("shapes", o.notes().stream().flatMap(n -> n.shapes().stream()).distinct().toList());
        Map<String, Integer> bySyntax = new LinkedHashMap<>();
        o.notes().forEach(n -> n.cardsBySyntax().forEach((k, v) -> bySyntax.merge(k, v, Integer::sum)));
        out.put("cards_by_syntax", bySyntax);
        out.put("cards", m.deck().cards().size());
        out.put("new", m.added().size());
        out.put("changed", m.changed().size());
        out.put("unchanged", m.unchanged());
        out.put("removed", m.removed().size());
        out.put("kept", m.kept().size());
        out.put("kept_edits", m.keptEdits().stream().map(c -> c.id().value()).toList());
        out.put("skipped", skips(o.skipped()));
        out.put("written", written && o.needsWriting());
        return out;
    }

    static List<Map<String, Object>> skips(List<Skip> skipped) {
        List<Map<String, Object>> skips = new ArrayList<>();
        for (Skip s : skipped) {
            Map<String, Object> skip = new LinkedHashMap<>();
            skip.put("line", s.line());
            skip.put("reason", s.reason());
            skip.put("text", s.text());
            skips.add(skip);
        }
        return skips;
    }
}
