package sdq.ingest.cards;

import java.util.List;
import sdq.ingest.Draft;
import sdq.ingest.Skip;

/**
 * The cards found in a document, in its order, and what looked like a question but became no
 * card, with why.
 */
public record Found(List<Draft> drafts, List<Skip> skipped) {
    public Found {
        drafts = List.copyOf(drafts);
        skipped = List.copyOf(skipped);
    }
}
