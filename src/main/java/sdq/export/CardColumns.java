package sdq.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Shared by the flashcard readers: which header names mean what, and how topics are listed. */
final class CardColumns {
    static final List<String> QUESTION = List.of("question", "q", "front", "prompt", "term", "text", "card");
    static final List<String> ANSWER = List.of("answer", "a", "back", "response", "definition", "extra");
    static final List<String> ID = List.of("id", "guid", "card id", "note id");
    static final List<String> TOPICS = List.of("topics", "topic", "tags", "tag");
    static final List<String> DECK = List.of("deck");
    static final List<String> SECTION = List.of("section", "heading", "chapter");
    static final List<String> PARENT = List.of("parent", "follows");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

    private CardColumns() {
    }

    /** The index of the first header matching one of the names, any case and spacing. */
    static Optional<Integer> find(List<String> header, List<String> names) {
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).strip().toLowerCase(Locale.ROOT).replace('_', ' ');
            if (names.contains(h)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** Topics written as a list: "caching; sharding", "caching sharding", "caching,sharding". */
    static List<String> topics(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(SEPARATORS.split(text.strip()));
    }
}
