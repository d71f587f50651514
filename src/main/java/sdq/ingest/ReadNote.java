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
 */
public record ReadNote(String title, List<Draft> drafts, List<Skip> skipped, List<String> shapes,
                       String encoding, int repaired, String syntax) {
    public ReadNote {
        drafts = List.copyOf(drafts);
        skipped = List.copyOf(skipped);
        shapes = List.copyOf(shapes);
        java.util.Objects.requireNonNull(syntax, "syntax");
    }
}
