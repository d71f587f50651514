package sdq.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sdq.export.Json;
import sdq.imports.DeckOutcome;
import sdq.imports.FileFormat;
import sdq.imports.Import;
import sdq.imports.ImportOptions;
import sdq.imports.ImportResult;
import sdq.ingest.Skip;
import sdq.ingest.Taxonomy;
import sdq.ingest.TopicTagger;
import sdq.store.Config;
import sdq.store.DeckFiles;
import sdq.store.DeckLibrary;
import sdq.store.DeckLocation;
import sdq.store.Decks;

@Command(name = "import", sortOptions = false,
        description = "Import notes (plain text or Markdown) or flashcard files (CSV, TSV, Anki text, YAML, JSON,"
                + " sdq study sheets) into decks. Re-importing keeps each card's id and progress.",
        footer = {"", "Each file becomes a deck named from its title (or the deck it was imported into"
                + " before). Cards whose question is gone leave the deck; their progress is kept.",
            "Decks are written to --decks DIR, else $SDQ_DECKS, else the folder decks here (made when missing).",
            "", "Flashcard files are known by their first lines or their names: Anki's text export (#separator:),"
                + " a study sheet from sdq export --format md, .csv and .tsv with a header row (question/answer,"
                + " front/back, ...), .yaml and .json card lists (q/a or question/answer). Ids and topics they"
                + " give are kept, and a file that names decks (a deck column, an sdq export) puts each card back"
                + " in its deck.",
            "", "Examples:",
            "  sdq import ~/notes/caching.md",
            "  sdq import anki-export.txt --deck anki",
            "  sdq import cards.txt --format csv --dry-run"})
final class ImportCommand implements Callable<Integer> {
    private static final int SKIPS_SHOWN = 5;

    @ParentCommand
    SdqCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
            description = "Notes or flashcard files, or directories to search for notes (txt, md) and card files (csv, tsv).")
    List<Path> paths;

    @Option(names = {"-d", "--deck"}, paramLabel = "NAME",
            description = "Import everything into this deck: its full name (a new deck when there is none).")
    String deck;

    @Option(names = "--dry-run", description = "Show what would change without writing anything.")
    boolean dryRun;

    @Option(names = "--retag", description = "Give every card the topics the taxonomy gives it now, replacing"
            + " topics set by hand in the deck.")
    boolean retag;

    @Option(names = "--prune", description = "With flashcard files: the deck's cards that the files do not hold"
            + " leave the deck (their progress is kept). Without it they stay.")
    boolean prune;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto", converter = EnumWord.ImportFormat.class,
            description = "What the files hold: auto (the default: from their names and first lines), notes, csv,"
                    + " tsv, anki, yaml, json or md (an sdq study sheet).")
    FileFormat format;

    @Option(names = {"-v", "--verbose"}, description = "List every skipped line, not just the first few.")
    boolean verbose;

    @Mixin
    DeckOptions deckOptions;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Environment env = root.env();
        Path dir = DeckFiles.writableDirectory(deckOptions.decks(), env.variable("SDQ_DECKS"), env.workingDir());
        Decks existing = java.nio.file.Files.isDirectory(dir)
                ? DeckLibrary.load(new DeckLocation(Optional.of(dir), "import"), env.workingDir())
                : new Decks(new DeckLocation(Optional.of(dir), "import"), List.of(), List.of());
        existing.problems().forEach(p -> err.println("sdq: warning: " + p.getMessage()));
        Config config = root.config();
        Taxonomy taxonomy = Taxonomy.builtIn().with(config.topics(), config.replaceTopics());
        ImportResult result = new Import(dir, existing, new TopicTagger(taxonomy), env.workingDir(),
                new ImportOptions(Optional.ofNullable(deck), dryRun, retag, prune, format)).run(paths);
        List<DeckOutcome> outcomes = result.outcomes();
        if (output.json) {
            out.println(Json.write(outcomes.stream().map(o -> json(o, result.written())).toList()));
        } else {
            outcomes.forEach(o -> report(o, existing, out, err));
            if (dryRun) {
                out.println("(dry run: nothing was written)");
            } else if (result.failed() && outcomes.stream().anyMatch(o -> o.error().isEmpty())) {
                out.println("(nothing was written: mend the files named above, or leave them out, and import again)");
            }
        }
        return result.failed() ? ExitCode.BAD_INPUT : ExitCode.OK;
    }


    private void report(DeckOutcome o, Decks existing, PrintWriter out, PrintWriter err) {
        if (o.error().isPresent()) {
            err.println("sdq: " + o.error().get());
            return;
        }
        var m = o.merge();
        if (m.deck().cards().isEmpty() && m.removed().isEmpty()) {
            out.println(String.join(", ", o.files()) + ": no cards found (a card is a question with its answer);"
                    + " no deck written.");
            reportSkips(o, out);
            return;
        }
        String repaired = o.repaired() > 0 ? ", " + o.repaired() + " garbled characters repaired" : "";
        out.println(String.join(", ", o.files()) + " -> " + relative(o.deckFile()) + " (" + o.notes().get(0).encoding()
                + repaired + ")");
        out.println("  " + Words.count(m.deck().cards().size(), "card") + ": " + m.added().size() + " new, " + m.changed().size()
                + " changed, " + m.unchanged() + " unchanged, " + m.removed().size() + " removed"
                + (m.removed().isEmpty() ? "" : " (their progress is kept)"));
        if (!m.kept().isEmpty()) {
            out.println("  " + Words.count(m.kept().size(), "card") + " of the deck not in the file"
                    + (m.kept().size() == 1 ? " stays (--prune removes it)" : " stay (--prune removes them)"));
        }
        if (o.created() && deck != null) {
            // `import --deck` names a deck in full (it may be a new one); other commands take a start.
            existing.decks().stream().map(d -> d.name()).filter(n -> n.startsWith(deck)).findFirst().ifPresent(n ->
                    out.println("  note: '" + deck + "' is a new deck; to import into '" + n + "', give its full name"
                            + " to --deck."));
        }
        reportSkips(o, out);
    }

    private void reportSkips(DeckOutcome o, PrintWriter out) {
        List<Skip> skipped = o.skipped();
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

    private String relative(Path file) {
        Path base = root.env().workingDir().toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
    }

    private Map<String, Object> json(DeckOutcome o, boolean written) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("files", o.files());
        if (o.error().isPresent()) {
            out.put("error", o.error().get());
            return out;
        }
        var m = o.merge();
        out.put("deck", o.deck());
        out.put("path", relative(o.deckFile()));
        out.put("encoding", o.notes().get(0).encoding());
        out.put("repaired", o.repaired());
        out.put("shapes", o.notes().stream().flatMap(n -> n.shapes().stream()).distinct().toList());
        out.put("cards", m.deck().cards().size());
        out.put("new", m.added().size());
        out.put("changed", m.changed().size());
        out.put("unchanged", m.unchanged());
        out.put("removed", m.removed().size());
        out.put("kept", m.kept().size());
        List<Map<String, Object>> skips = new ArrayList<>();
        for (Skip s : o.skipped()) {
            Map<String, Object> skip = new LinkedHashMap<>();
            skip.put("line", s.line());
            skip.put("reason", s.reason());
            skip.put("text", s.text());
            skips.add(skip);
        }
        out.put("skipped", skips);
        out.put("written", written && o.needsWriting());
        return out;
    }
}
