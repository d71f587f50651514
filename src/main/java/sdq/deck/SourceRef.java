package sdq.deck;

/** Where in its notes file a card was found: the 1-based line of its question. */
public record SourceRef(int line) {
    public SourceRef {
        if (line < 1) {
            throw new IllegalArgumentException("source line must be 1 or more, was " + line);
        }
    }
}
