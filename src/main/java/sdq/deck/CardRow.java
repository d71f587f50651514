package sdq.deck;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A card as another tool's file holds it (a CSV row, an Anki note, a YAML list entry): its
 * question and answer, and whatever else the file says about it, not yet checked against sdq's
 * rules (topics may be in any spelling, an id may be taken).
 *
 * @param question the question, Markdown
 * @param answer   the answer, Markdown
 * @param id       the id the file gives it, if any
 * @param topics   the topics (or tags) the file gives it, as written; empty when the file has no place for
 *                 them (then sdq finds topics from the text), an empty list when it says "none"
 * @param deck     the deck the file puts it in, if any
 * @param section  a heading or section, or ""
 * @param line     the 1-based line (or row) where it starts
 * @param parent   the id of the card it follows up on, if the file says
 * @param cloze    for a cloze card, its text with its gap marked ({@code {{c1::...}}})
 */
public record CardRow(String question, String answer, Optional<String> id, Optional<List<String>> topics,
                      Optional<String> deck, String section, int line, Optional<String> parent, Optional<Cloze> cloze) {
    public CardRow {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(id, "id");
        topics = topics.map(List::copyOf);
        Objects.requireNonNull(deck, "deck");
        section = section == null ? "" : section;
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(cloze, "cloze");
    }

    /** A row of a card that is no cloze. */
    public CardRow(String question, String answer, Optional<String> id, Optional<List<String>> topics,
                   Optional<String> deck, String section, int line, Optional<String> parent) {
        this(question, answer, id, topics, deck, section, line, parent, Optional.empty());
    }

    /** A row that names no parent. */
    public CardRow(String question, String answer, Optional<String> id, Optional<List<String>> topics,
                   Optional<String> deck, String section, int line) {
        this(question, answer, id, topics, deck, section, line, Optional.empty());
    }

    /**
     * The rows of a cloze note, one for each gap number, as Anki makes its cards: the first keeps
     * the note's id, the others add "-cN" to it.
     */
    public static List<CardRow> ofCloze(Cloze cloze, Optional<String> id, Optional<List<String>> topics,
                                        Optional<String> deck, String section, int line, Optional<String> parent) {
        List<Integer> numbers = cloze.numbers();
        return numbers.stream().map(n -> new CardRow(cloze.question(n), cloze.answer(n),
                id.map(g -> n.equals(numbers.get(0)) ? g : g + "-c" + n), topics, deck, section, line, parent,
                Optional.of(cloze.only(n)))).toList();
    }

    /** The same row, saying nothing of topics. */
    public CardRow withoutTopics() {
        return new CardRow(question, answer, id, Optional.empty(), deck, section, line, parent, cloze);
    }
}
