package sdq.imports;

import java.util.List;

/** What an import did: each deck's outcome (and each file that could not be read), and whether anything was written. */
public record ImportResult(List<DeckOutcome> outcomes, boolean written) {
    public ImportResult {
        outcomes = List.copyOf(outcomes);
    }

    /** Some file or deck could not be read or written; then nothing was written. */
    public boolean failed() {
        return outcomes.stream().anyMatch(o -> o.error().isPresent());
    }
}
