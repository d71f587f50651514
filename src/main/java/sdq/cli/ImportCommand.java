package sdq.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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
import sdq.imports.FileFormat;
import sdq.imports.Import;
import sdq.imports.ImportOptions;
import sdq.imports.ImportProgress;
import sdq.imports.ImportResult;
import sdq.ingest.Taxonomy;
import sdq.ingest.TopicTagger;
import sdq.store.Config;
import sdq.store.DeckFiles;
import sdq.store.DecksLock;
import sdq.store.DeckLibrary;
import sdq.store.DeckLocation;
import sdq.store.Decks;

@Command(name = "import", sortOptions = false,
        description = "Import notes (Markdown, plain text, org, AsciiDoc, reStructuredText, HTML) or flashcard files"
                + " (CSV, TSV, Anki text, YAML, JSON, sdq study sheets) into decks. Re-importing keeps each card's id"
                + " and progress.",
        footer = {"", "Each file becomes a deck named from its title (or the deck it was imported into"
                + " before). Cards whose question is gone leave the deck; their progress is kept.",
            "Decks are written to --decks DIR, else $SDQ_DECKS, else the folder decks here (made when missing).",
            "", "In notes, a question is a heading, a bold or labelled line (Q:, Q1., Question 3:), a numbered line,"
                + " a list item, a definition-list term, a <summary> or a row of a Question | Answer table; its"
                + " answer is what follows it, up to the next question of its kind, a rule or a heading above it."
                + " --explain shows how a file was read.",
            "", "Flashcard files are known by their first lines or their names: Anki's text export (#separator:),"
                + " a study sheet from sdq export --format md, .csv and .tsv with a header row (question/answer,"
                + " front/back, ...), .yaml and .json card lists (q/a or question/answer). Ids and topics they"
                + " give are kept, and a file that names decks (a deck column, an sdq export) puts each card back"
                + " in its deck.",
            "", "Examples:",
            "  sdq import ~/notes/caching.md",
            "  sdq import ~/notes --explain",
            "  sdq import anki-export.txt --deck anki",
            "  sdq import cards.txt --format csv --dry-run"})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    SdqCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
            description = "Notes or flashcard files, or directories to search for them (md, txt, org, adoc, rst, html,"
                    + " csv, tsv).")
    List<Path> paths;

    @Option(names = {"-d", "--deck"}, paramLabel = "NAME",
            description = "Import everything into this deck: its full name (a new deck when there is none).")
    String deck;

    @Option(names = "--dry-run", description = "Show what would change without writing anything.")
    boolean dryRun;

    @Option(names = "--explain", description = "Show how each file was read: for every card its line, the rule that"
            + " found it, its question and the start of its answer; for every question that is no card, why."
            + " Writes nothing.")
    boolean explain;

    @Option(names = "--retag", description = "Give every card the topics the taxonomy gives it now, replacing"
            + " topics set by hand in the deck.")
    boolean retag;

    @Option(names = "--prefer-notes", description = "A card you edited in its deck (with e in the quiz, or an"
            + " editor) takes the notes' text again. Without it your edit stays, also when the notes changed.")
    boolean preferNotes;

    @Option(names = "--prune", description = "With flashcard files: the deck's cards that the files do not hold"
            + " leave the deck (their progress is kept). Without it they stay.")
    boolean prune;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto", converter = EnumWord.ImportFormat.class,
            description = "What the files hold: auto (the default: from their names and first lines);"
                    + " notes in a syntax: markdown, plain, html, web (a page saved as text), org, asciidoc, rst;"
                    + " another tool's cards in Markdown: obsidian, logseq, remnote, neuracache, hashcards, mochi;"
                    + " a card file: csv, tsv, anki, quizlet, yaml, json or md (an sdq study sheet).")
    FileFormat format;

    /** Taken so that the options other commands share are taken here too; an import touches no progress. */
    @Option(names = "--home", paramLabel = "DIR", description = "Accepted as the other commands take it, and not"
            + " used: an import writes decks only; progress is kept by card id, so none is lost.")
    java.nio.file.Path home;

    @Option(names = {"-v", "--verbose"}, description = "List every skipped line, not just the first few.")
    boolean verbose;

    @Mixin
    DeckOptions deckOptions;

    @Mixin
    JsonOption output;

    @Override
    @SuppressWarnings("try") // held for its effect: the lock
    public Integer call() throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Environment env = root.env();
        Path library = root.library();
        Path dir = DeckFiles.writableDirectory(deckOptions.decks(), env.variable("SDQ_DECKS"), env.workingDir(), library);
        boolean write = !dryRun && !explain;
        if (write && dir.equals(library)) {
            // The first import outside a project makes the user's library, the bundled decks in it.
            DeckFiles.startLibrary(library);
        }
        // Read and written under the decks' lock: two imports at once never merge into the same old deck.
        try (DecksLock lock = !write ? null : DecksLock.acquire(dir, DecksLock.WAIT, pid -> err.println(
                "sdq: waiting for another sdq (pid " + pid + ") that is writing the decks in " + dir + " ..."))) {
            return run(dir, library, write, out, err);
        }
    }

    private int run(Path dir, Path library, boolean write, PrintWriter out, PrintWriter err) {
        Environment env = root.env();
        Optional<Path> deckCache = Optional.of(root.cacheDir().resolve("decks"));
        Decks existing = java.nio.file.Files.isDirectory(dir)
                ? DeckLibrary.load(new DeckLocation(Optional.of(dir), "import"), env.workingDir(), deckCache)
                : dir.equals(library) ? DeckLibrary.load(DeckLocation.bundled(), env.workingDir())
                : new Decks(new DeckLocation(Optional.of(dir), "import"), List.of(), List.of());
        existing.problems().forEach(p -> err.println("sdq: warning: " + p.getMessage()));
        Config config = root.config();
        Taxonomy taxonomy = Taxonomy.builtIn().with(config.topics(), config.replaceTopics());
        ProgressLine progress = new ProgressLine(err, System::nanoTime);
        ImportResult result = new Import(dir, existing, new TopicTagger(taxonomy), env.workingDir(),
                new ImportOptions(Optional.ofNullable(deck), !write, retag, prune, format, preferNotes), deckCache)
                .run(paths, root.showsProgress() ? progress : ImportProgress.NONE);
        progress.clear();
        ImportReport report = new ImportReport(env.workingDir(), verbose);
        if (explain) {
            ImportExplanation explanation = new ImportExplanation(root.tableWidth());
            if (output.json) {
                out.println(Json.write(explanation.json(result)));
            } else {
                PrintWriter text = safe(out);
                explanation.print(result, text, err);
                text.flush();
            }
        } else if (output.json) {
            out.println(Json.write(result.outcomes().stream().map(o -> report.json(o, result.written())).toList()));
        } else {
            // What the report quotes of the files (names, skipped lines) is made safe to print.
            PrintWriter text = safe(out);
            result.outcomes().forEach(o -> report.print(o, existing, deck, text, err));
            text.flush();
            if (dryRun) {
                out.println("(dry run: nothing was written)");
            } else if (result.failed() && result.outcomes().stream().anyMatch(o -> o.error().isEmpty())) {
                out.println("(nothing was written: mend the files named above, or leave them out, and import again)");
            }
        }
        return result.failed() ? ExitCode.BAD_INPUT : ExitCode.OK;
    }

    private static PrintWriter safe(PrintWriter out) {
        return new PrintWriter(sdq.term.SafeText.writer(out), true);
    }
}
