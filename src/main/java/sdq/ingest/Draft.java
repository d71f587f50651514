package sdq.ingest;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A card as found in notes, before it has an id or topics.
 *
 * @param question the question, Markdown
 * @param answer   the answer, Markdown
 * @param section  the heading it was found under, or ""
 * @param line     the 1-based line of the question
 * @param endLine  the last line of the answer
 * @param parent   for a follow-up question, the index of the draft it follows up on
 */
public record Draft(String question, String answer, String section, int line, int endLine, OptionalInt parent) {
    public Draft {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        section = section == null ? "" : section;
        Objects.requireNonNull(parent, "parent");
    }

    public Draft(String question, String answer, String section, int line, int endLine) {
        this(question, answer, section, line, endLine, OptionalInt.empty());
    }

    Draft withParent(int index) {
        return new Draft(question, answer, section, line, endLine, OptionalInt.of(index));
    }

    Draft shiftedParent(int offset) {
        return parent.isEmpty() ? this
                : new Draft(question, answer, section, line, endLine, OptionalInt.of(parent.getAsInt() + offset));
    }
}
