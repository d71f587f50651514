package sdq.ingest.cards;

import java.util.List;
import sdq.ingest.Draft;
import sdq.ingest.Skip;

/**
 * The cards found in a document, in its order; what looked like a question but became no card,
 * with why; and what asks like a question but stays in the answer of a card, with whose.
 */
public record Found(List<Draft> drafts, List<Skip> skipped, List<Skip> inAnswers) {
    public Found {
        drafts = List.copyOf(drafts);
        skipped = List.copyOf(skipped);
        inAnswers = List.copyOf(inAnswers);
    }
}
