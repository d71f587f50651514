package sdq.ingest;

import java.util.ArrayList;
import java.util.List;

/** What one extractor found: cards in the order of the notes, and what it skipped. */
public record Extraction(List<Draft> drafts, List<Skip> skipped) {
    public Extraction {
        drafts = List.copyOf(drafts);
        skipped = List.copyOf(skipped);
    }

    static Extraction empty() {
        return new Extraction(List.of(), List.of());
    }

    /** Both, with the other's parent indexes moved past this one's drafts. */
    Extraction plus(Extraction other) {
        List<Draft> all = new ArrayList<>(drafts);
        for (Draft d : other.drafts) {
            all.add(d.shiftedParent(drafts.size()));
        }
        List<Skip> skips = new ArrayList<>(skipped);
        skips.addAll(other.skipped);
        return new Extraction(all, skips);
    }
}
