package sdq.deck;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One flashcard: a question and its answer, both Markdown, with the topics it belongs to.
 *
 * @param id       stable identity (see {@link CardId})
 * @param question the question, never blank
 * @param answerText the model answer, never blank (see {@link #answer()}), decoded only when read
 * @param topics   canonical topic names (see {@link Topics#canonical}), no duplicates
 * @param section  the heading the card was found under in its notes, or empty
 * @param source   where it was found in its notes, if known
 * @param parent   the card this one follows up on, if any
 * @param cloze    for a cloze card, its text with its gap marked as Anki marks it ({@code {{c1::...}}}); the
 *                 question and answer are made of it
 */
public record Card(CardId id, String question, AnswerText answerText, List<String> topics, String section,
                   Optional<SourceRef> source, Optional<CardId> parent, Optional<Cloze> cloze) {

    public Card {
        Objects.requireNonNull(id, "id");
        requireText(question, "question", id);
        if (answerText == null || answerText.isBlank()) {
            throw new IllegalArgumentException("card " + id + ": the answer is empty");
        }
        topics = List.copyOf(topics);
        for (String topic : topics) {
            if (!Topics.isCanonical(topic)) {
                throw new IllegalArgumentException("card " + id + ": topic '" + topic
                        + "' is not a topic name (lower-case words joined by '-')");
            }
        }
        if (topics.size() > 1 && topics.stream().distinct().count() != topics.size()) {
            throw new IllegalArgumentException("card " + id + ": topics repeat: " + topics);
        }
        section = section == null ? "" : section;
        if (section.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("card " + id + ": section must be one line");
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(cloze, "cloze");
    }

    public Card(CardId id, String question, String answer, List<String> topics, String section,
                Optional<SourceRef> source, Optional<CardId> parent, Optional<Cloze> cloze) {
        this(id, question, answer == null ? null : AnswerText.of(answer), topics, section, source, parent, cloze);
    }

    /** The model answer, Markdown. */
    public String answer() {
        return answerText.text();
    }

    /** A card that is no cloze. */
    public Card(CardId id, String question, String answer, List<String> topics, String section,
                Optional<SourceRef> source, Optional<CardId> parent) {
        this(id, question, answer, topics, section, source, parent, Optional.empty());
    }

    /** A card with no section, source or parent. */
    public Card(CardId id, String question, String answer, List<String> topics) {
        this(id, question, answer, topics, "", Optional.empty(), Optional.empty());
    }

    public Card withTopics(List<String> newTopics) {
        return new Card(id, question, answerText, newTopics, section, source, parent, cloze);
    }

    private static void requireText(String text, String what, CardId id) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("card " + id + ": the " + what + " is empty");
        }
    }
}
