package sdq.ingest;

import java.util.List;

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

    /** What a flashcard file holds: nothing stays in an answer. */
    public ReadNote(String title, List<Draft> drafts, List<Skip> skipped, List<String> shapes, String encoding,
                    int repaired, String syntax) {
        this(title, drafts, skipped, shapes, encoding, repaired, syntax, List.of());
    }
}
