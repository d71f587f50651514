package sdq.deck;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which cards a command works on: those in any of the named decks (all decks when none is
 * named) that carry any of the named topics (all when none is named), in deck and file order,
 * at most {@code limit} of them.
 */
public record Selection(List<String> topics, List<String> decks, OptionalInt limit) {

    public Selection {
        topics = List.copyOf(topics);
        decks = List.copyOf(decks);
        if (limit.isPresent() && limit.getAsInt() < 0) {
            throw new InvalidInputException("--limit must be 0 or more, was " + limit.getAsInt() + ".");
        }
    }

    public static Selection all() {
        return new Selection(List.of(), List.of(), OptionalInt.empty());
    }

    /** The selected cards; an unknown topic or deck is an {@link InvalidInputException}. */
    public List<DeckCard> apply(List<Deck> available) {
        Set<String> deckNames = resolveDecks(available);
        Set<String> wanted = resolveTopics(available);
        List<DeckCard> out = new ArrayList<>();
        for (Deck deck : available) {
            if (!deckNames.isEmpty() && !deckNames.contains(deck.name())) {
                continue;
            }
            for (Card card : deck.cards()) {
                if (wanted.isEmpty() || card.topics().stream().anyMatch(wanted::contains)) {
                    out.add(new DeckCard(deck.name(), card));
                }
            }
        }
        if (limit.isPresent() && out.size() > limit.getAsInt()) {
            return List.copyOf(out.subList(0, limit.getAsInt()));
        }
        return out;
    }

    /** The canonical topics the selection's topic words stand for. */
    public Set<String> resolveTopics(List<Deck> available) {
        if (topics.isEmpty()) {
            return Set.of();
        }
        Set<String> known = knownTopics(available);
        Set<String> wanted = new LinkedHashSet<>();
        for (String query : topics) {
            List<String> found = Topics.match(query, known);
            if (found.isEmpty()) {
                throw new InvalidInputException(unknown("topic", query,
                        Topics.closeMatches(query, known, 5), known.size(), "sdq topics"));
            }
            if (found.size() > 1) {
                throw new InvalidInputException("'" + query + "' matches " + found.size() + " topics: "
                        + String.join(", ", found) + ". Give more of the name, or --topic once for each.");
            }
            wanted.addAll(found);
        }
        return wanted;
    }

    private Set<String> resolveDecks(List<Deck> available) {
        List<String> names = available.stream().map(Deck::name).toList();
        Set<String> chosen = new LinkedHashSet<>();
        for (String query : decks) {
            String q = query.trim().toLowerCase(Locale.ROOT).replaceAll("\\.ya?ml$", "");
            if (names.contains(q)) {
                chosen.add(q);
                continue;
            }
            List<String> prefixed = names.stream().filter(n -> n.startsWith(q)).toList();
            if (prefixed.size() == 1 && !q.isEmpty()) {
                chosen.add(prefixed.get(0));
                continue;
            }
            List<String> close = prefixed.isEmpty() ? Names.closeTo(q, names, 5) : prefixed;
            if (close.isEmpty() && names.size() <= 8) {
                close = names;
            }
            throw new InvalidInputException(unknown("deck", query, close, names.size(), "sdq list"));
        }
        return chosen;
    }

    static Set<String> knownTopics(Collection<Deck> decks) {
        Set<String> known = new TreeSet<>();
        // Cards read from the deck cache share one list for the same topics: each list is read once.
        Set<List<String>> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Deck deck : decks) {
            for (Card card : deck.cards()) {
                if (seen.add(card.topics())) {
                    known.addAll(card.topics());
                }
            }
        }
        return known;
    }

    private static String unknown(String what, String query, List<String> close, int count, String lister) {
        StringBuilder message = new StringBuilder();
        message.append("No ").append(what).append(" matches '").append(query).append("'.");
        if (close.size() == 1) {
            message.append(" Did you mean ").append(close.get(0)).append('?');
        } else if (!close.isEmpty()) {
            message.append(" Did you mean one of: ").append(String.join(", ", close)).append('?');
        } else if (count == 0) {
            message.append(" There are no ").append(what).append("s to choose from.");
        } else {
            message.append(" Run '").append(lister).append("' to see all ").append(count)
                    .append(' ').append(what).append("s.");
        }
        return message.toString();
    }
}
