package sdq.ingest;

/**
 * Something in the notes that looked like a question but did not become a card, or text that
 * was left out as noise, with its line and why.
 */
public record Skip(int line, String text, String reason) {
    public Skip {
        text = text.strip().replaceAll("\\s+", " ");
        text = text.length() > 100 ? text.substring(0, 99) + "…" : text;
    }
}
