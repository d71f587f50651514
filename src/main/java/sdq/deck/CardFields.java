package sdq.deck;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One vocabulary for the files cards come in (CSV and TSV headers, Anki columns, YAML and JSON
 * keys, the header row of a question-and-answer table in notes): which names mean the question,
 * the answer, the id, the topics, the deck, the section and the card followed up on.
 */
public final class CardFields {
    /** What a column or key holds. */
    public enum Field {
        QUESTION("question", "q", "front", "prompt", "term", "text", "card", "questions", "concept", "name", "frage", "问题",
                "질문"),
        ANSWER("answer", "a", "back", "response", "definition", "extra", "answers", "solution", "meaning", "explanation",
                "description", "antwort", "答案", "답변"),
        ID("id", "guid", "card id", "note id"),
        TOPICS("topics", "topic", "tags", "tag"),
        DECK("deck"),
        SECTION("section", "heading", "chapter"),
        PARENT("parent", "follows"),
        CLOZE("cloze");

        private final List<String> names;

        Field(String... names) {
            this.names = List.of(names);
        }

        /** The names that mean this field, the first the one sdq writes. */
        public List<String> names() {
            return names;
        }
    }

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

    private CardFields() {
    }

    /** The field a name means, in any case and spacing ("Front", "card_id"), if any. */
    public static Optional<Field> of(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        for (Field f : Field.values()) {
            if (f.names.contains(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The index of the first of the names that means the field. */
    public static Optional<Integer> find(List<String> names, Field field) {
        for (int i = 0; i < names.size(); i++) {
            if (of(names.get(i)).filter(f -> f == field).isPresent()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** Topics written as a list: "caching; sharding", "caching sharding", "caching,sharding". */
    public static List<String> topics(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(SEPARATORS.split(text.strip()));
    }
}
