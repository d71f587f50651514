package sdq.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sdq.imports.DeckOutcome;
import sdq.imports.FileRead;
import sdq.imports.ImportResult;
import sdq.ingest.Draft;
import sdq.ingest.ReadNote;
import sdq.ingest.Skip;

/**
 * {@code sdq import --explain}: how each file was read. For every card its line, the rule that
 * found it, its question and the first line of its answer; for every question that is no card
 * (or stays inside an answer), its line and why.
 */
final class ImportExplanation {
    private final int width;

    ImportExplanation(int width) {
        this.width = Math.max(60, Math.min(width, 160));
    }

    void print(ImportResult result, PrintWriter out, PrintWriter err) {
        for (DeckOutcome o : result.outcomes()) {
            if (o.error().isPresent()) {
                err.println("sdq: " + o.error().get());
                continue;
            }
            for (FileRead read : o.reads()) {
                file(read, o.deck(), out);
            }
        }
        out.println("(explained: nothing was written)");
    }

    private void file(FileRead read, String deck, PrintWriter out) {
        ReadNote note = read.note();
        out.println(read.file() + ": read as " + note.syntax() + ", " + Words.count(note.drafts().size(), "card")
                + (note.drafts().isEmpty() ? "" : " for deck " + deck) + ", "
                + Words.count(note.skipped().size(), "question") + " left out");
        for (Draft d : note.drafts()) {
            String at = String.format("  %5d  ", d.line());
            out.println(at + cut(d.rule() + ": " + oneLine(d.question()), width - at.length()));
            out.println(" ".repeat(at.length()) + cut("-> " + oneLine(d.answer()), width - at.length()));
        }
        List<Skip> not = new ArrayList<>(note.skipped());
        not.addAll(note.inAnswers());
        not.sort(Comparator.comparingInt(Skip::line));
        if (note.drafts().isEmpty()) {
            // As the import says of a file with no cards: what a card would have been.
            out.println("  looked for: " + String.join(", ", sdq.ingest.cards.CardFinder.LOOKS_FOR) + ".");
            if (not.isEmpty()) {
                // Not "nothing came close": a line that asks may be there, in a shape sdq does not read.
                out.println("  no line was taken for a question (sdq import --help shows the shapes of notes it reads)");
            }
        }
        if (!not.isEmpty()) {
            out.println("  not cards:");
            for (Skip s : not) {
                String at = String.format("  %5d  ", s.line());
                out.println(at + cut(s.reason() + ": " + s.text(), width - at.length()));
            }
        }
        out.println();
    }

    Object json(ImportResult result) {
        List<Object> files = new ArrayList<>();
        for (DeckOutcome o : result.outcomes()) {
            if (o.error().isPresent()) {
                Map<String, Object> failed = new LinkedHashMap<>();
                failed.put("files", o.files());
                failed.put("error", o.error().get());
                files.add(failed);
                continue;
            }
            for (FileRead read : o.reads()) {
                Map<String, Object> file = new LinkedHashMap<>();
                file.put("file", read.file());
                file.put("deck", o.deck());
                file.put("syntax", read.note().syntax());
                List<Object> cards = new ArrayList<>();
                for (Draft d : read.note().drafts()) {
                    Map<String, Object> card = new LinkedHashMap<>();
                    card.put("line", d.line());
                    card.put("rule", d.rule());
                    card.put("q", d.question());
                    card.put("answer_start", oneLine(d.answer()));
                    d.parent().ifPresent(p -> card.put("follows", p));
                    cards.add(card);
                }
                file.put("cards", cards);
                file.put("skipped", ImportReport.skips(read.note().skipped()));
                file.put("in_answers", ImportReport.skips(read.note().inAnswers()));
                files.add(file);
            }
        }
        return files;
    }

    /** The first line of a text that has words. */
    private static String oneLine(String text) {
        return text.strip().lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
    }

    private static String cut(String text, int room) {
        return text.length() <= room ? text : text.substring(0, Math.max(1, room - 1)) + "…";
    }
}
