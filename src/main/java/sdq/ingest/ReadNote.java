package sdq.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one notes file holds.
 *
 * @param title    the notes' own title
 * @param drafts   the cards found, in the order of the notes
 * @param skipped  what looked like a question but is no card, and page furniture left out
 * @param shapes   the shapes of notes the cards were found in
 * @param encoding what the bytes were read as
 * @param repaired how many mojibake sequences were repaired
 * @param syntax   what the file was read as ("Markdown", "plain text", "CSV"...)
 * @param inAnswers what asks like a question but stays in an answer, and whose (for {@code --explain})
 */
public record ReadNote(String title, List<Draft> drafts, List<Skip> skipped, List<String> shapes,
                       String encoding, int repaired, String syntax, List<Skip> inAnswers) {
    public ReadNote {
        drafts = List.copyOf(drafts);
        skipped = List.copyOf(skipped);
        shapes = List.copyOf(shapes);
        java.util.Objects.requireNonNull(syntax, "syntax");
        inAnswers = List.copyOf(inAnswers);
    }

    /** The tools whose card syntax a rule names first ("Obsidian SR: reversed card"). */
    private static final List<String> TOOLS = List.of("Obsidian SR", "Logseq", "RemNote", "NeuraCache", "hashcards",
            "Mochi", "Anki", "org-drill", "org-fc");

    /**
     * How many cards each syntax made, in the order they first come: a tool's ("Obsidian SR"), or
     * {@code notes} for the cards found in the notes themselves (headings, labels, lists...).
     */
    public Map<String, Integer> cardsBySyntax() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Draft d : drafts) {
            int colon = d.rule().indexOf(": ");
            String tool = colon < 0 ? "" : d.rule().substring(0, colon);
            out.merge(TOOLS.contains(tool) ? tool : "notes", 1, Integer::sum);
        }
        return out;
    }

    /** What a flashcard file holds: nothing stays in an answer. */
    public ReadNote(String title, List<Draft> drafts, List<Skip> skipped, List<String> shapes, String encoding,
                    int repaired, String syntax) {
        this(title, drafts, skipped, shapes, encoding, repaired, syntax, List.of());
    }
}
