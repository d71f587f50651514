package sdq.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import sdq.deck.Cloze;

/**
 * A card as found in notes, before it has an id or topics.
 *
 * @param question the question, Markdown
 * @param answer   the answer, Markdown
 * @param section  the heading it was found under, or ""
 * @param line     the 1-based line of the question, or 0 when it is not from the deck's notes
 * @param endLine  the last line of the answer
 * @param parent   for a follow-up question, the index of the draft it follows up on
 * @param id       the id the source gives the card (a flashcard file's), to keep when free
 * @param topics   the topics the source gives the card, as written; empty: the source has no place for
 *                 topics, and they are found from the card's text
 * @param rule     what found it ("question heading", "Q:/A: labels", "CSV"), for {@code --explain}
 * @param cloze    for a cloze card, its text with its gap marked ({@code {{c1::...}}})
 */
public record Draft(String question, String answer, String section, int line, int endLine, OptionalInt parent,
                    Optional<String> id, Optional<List<String>> topics, String rule, Optional<Cloze> cloze) {
    public Draft {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        section = section == null ? "" : section;
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(id, "id");
        topics = topics.map(List::copyOf);
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(cloze, "cloze");
    }

    public Draft(String question, String answer, String section, int line, int endLine, OptionalInt parent,
                 Optional<String> id, Optional<List<String>> topics, String rule) {
        this(question, answer, section, line, endLine, parent, id, topics, rule, Optional.empty());
    }

    public Draft(String question, String answer, String section, int line, int endLine, OptionalInt parent,
                 Optional<String> id, Optional<List<String>> topics) {
        this(question, answer, section, line, endLine, parent, id, topics, "");
    }

    public Draft(String question, String answer, String section, int line, int endLine, OptionalInt parent) {
        this(question, answer, section, line, endLine, parent, Optional.empty(), Optional.empty());
    }

    public Draft(String question, String answer, String section, int line, int endLine) {
        this(question, answer, section, line, endLine, OptionalInt.empty());
    }

    /**
     * A draft from a flashcard file's row, keeping the id and topics it gives. An empty topics
     * cell says "none" only for a card that has an id (one that came from sdq); a row someone
     * added without one gets its topics found like any new card.
     */
    public static Draft of(sdq.deck.CardRow row) {
        Optional<List<String>> topics = row.topics().filter(t -> !t.isEmpty() || row.id().isPresent());
        return new Draft(row.question(), row.answer(), row.section(), Math.max(1, row.line()), Math.max(1, row.line()),
                OptionalInt.empty(), row.id(), topics, "flashcard file row", row.cloze());
    }

    public Draft withParent(int index) {
        return new Draft(question, answer, section, line, endLine, OptionalInt.of(index), id, topics, rule, cloze);
    }

    /** The same draft with no line in the notes (0): it comes from elsewhere. */
    public Draft withoutLine() {
        return new Draft(question, answer, section, 0, 0, parent, id, topics, rule, cloze);
    }

    /** The same draft with its parent index moved by {@code offset} (drafts of several files joined). */
    public Draft shiftedParent(int offset) {
        return parent.isEmpty() ? this
                : new Draft(question, answer, section, line, endLine, OptionalInt.of(parent.getAsInt() + offset), id, topics,
                        rule, cloze);
    }
}
