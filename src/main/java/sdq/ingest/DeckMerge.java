package sdq.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import sdq.deck.Card;
import sdq.deck.CardId;
import sdq.deck.Deck;
import sdq.deck.SourceRef;
import sdq.deck.Topics;

/**
 * Merges freshly read notes into the deck they were imported into before. A card keeps its id
 * (and with it its progress) when its question is the same, or when question and answer are
 * close enough to be an edit of it; a new question gets a new id; a card whose question left
 * the notes leaves the deck. Topics written by hand in the deck survive.
 */
public final class DeckMerge {
    /** The size of a deck from which its cards' fingerprints and topics are worked out on every core. */
    private static final int PARALLEL_FROM = 512;


    private DeckMerge() {
    }

    /**
     * The outcome of a merge.
     *
     * @param deck      the deck to write
     * @param added     cards that are new
     * @param changed   cards whose question, answer or section changed
     * @param unchanged how many cards are as they were
     * @param removed   cards of the old deck whose question is no longer in the notes
     * @param kept      cards of the old deck that the notes do not hold but that stay (a flashcard
     *                  file may hold only some of a deck's cards)
     * @param keptEdits cards edited by hand in the deck whose notes changed too: the hand edit stays
     */
    public record Result(Deck deck, List<Card> added, List<Card> changed, int unchanged, List<Card> removed,
                         List<Card> kept, List<Card> keptEdits) {
        public Result {
            added = List.copyOf(added);
            changed = List.copyOf(changed);
            removed = List.copyOf(removed);
            kept = List.copyOf(kept);
            keptEdits = List.copyOf(keptEdits);
        }

        public Result(Deck deck, List<Card> added, List<Card> changed, int unchanged, List<Card> removed,
                      List<Card> kept) {
            this(deck, added, changed, unchanged, removed, kept, List.of());
        }
    }

    /**
     * Merges.
     *
     * @param name     the deck's name
     * @param title    the deck's title
     * @param source   the notes file it comes from
     * @param drafts   the cards read from the notes, in their order
     * @param existing the deck as it is now, if there is one
     * @param taken    ids in use anywhere else (other decks, progress of removed cards)
     * @param tagger   gives new cards their topics
     * @param retag    give every card the tagger's topics, even those set by hand
     */
    public static Result merge(String name, String title, Optional<String> source, List<Draft> drafts,
                               Optional<Deck> existing, Set<String> taken, TopicTagger tagger, boolean retag) {
        return merge(name, title, source, drafts, existing, taken, tagger, retag, false);
    }

    /**
     * Merges; with {@code keepOthers} the old deck's cards that no draft is stay where they are
     * (the drafts update and add, never remove), and new cards come after them.
     */
    public static Result merge(String name, String title, Optional<String> source, List<Draft> drafts,
                               Optional<Deck> existing, Set<String> taken, TopicTagger tagger, boolean retag,
                               boolean keepOthers) {
        return merge(name, title, source, drafts, existing, taken, tagger, retag, keepOthers, false);
    }

    /**
     * Merges; a card edited by hand in the deck since the last import (its text is not what that
     * import wrote) keeps the hand edit, also when its notes changed (reported as kept), unless
     * {@code preferNotes} says the notes' text wins.
     */
    public static Result merge(String name, String title, Optional<String> source, List<Draft> drafts,
                               Optional<Deck> existing, Set<String> taken, TopicTagger tagger, boolean retag,
                               boolean keepOthers, boolean preferNotes) {
        List<Card> old = existing.map(Deck::cards).orElse(List.of());
        CardId[] matched = CardMatching.match(drafts, old);
        Map<CardId, Card> oldById = new HashMap<>();
        old.forEach(c -> oldById.put(c.id(), c));

        Set<String> mine = new HashSet<>();
        old.forEach(c -> mine.add(c.id().value()));
        CardId[] ids = new CardId[drafts.size()];
        for (int i = 0; i < drafts.size(); i++) {
            if (matched[i] != null) {
                ids[i] = matched[i];
            } else {
                // A flashcard file's own id is kept when it is a valid id and free.
                Draft draft = drafts.get(i);
                Optional<String> given = draft.id().filter(CardId::isValid)
                        .filter(id -> !mine.contains(id) && !taken.contains(id));
                ids[i] = given.map(CardId::new).orElseGet(() -> CardIds.fresh(name, draft.question(),
                        id -> mine.contains(id) || taken.contains(id)));
            }
            mine.add(ids[i].value());
        }

        // Tagging and fingerprints are most of the work of a merge, and each card's is independent of the others'.
        String[] prints = new String[drafts.size()];
        String[] printsBefore = new String[drafts.size()];
        // On every core for a big deck; a deck of a few dozen cards (an import of many files makes
        // thousands) costs more to split than to do.
        IntStream places = IntStream.range(0, drafts.size());
        List<List<String>> tagged = (drafts.size() >= PARALLEL_FROM ? places.parallel() : places).mapToObj(i -> {
            Draft d = drafts.get(i);
            prints[i] = fingerprint(d.question(), d.answer());
            Card matchedCard = matched[i] == null ? null : oldById.get(matched[i]);
            if (matchedCard != null && matchedCard.source().flatMap(SourceRef::imported).isPresent()) {
                printsBefore[i] = fingerprint(matchedCard.question(), matchedCard.answer());
            }
            if (d.topics().isPresent()) {
                // The file's own topics win, "none" included, unless none of them is a topic name.
                List<String> given = canonical(d.topics().get());
                if (!given.isEmpty() || d.topics().get().stream().allMatch(String::isBlank)) {
                    return given;
                }
            }
            Card before = matched[i] == null ? null : oldById.get(matched[i]);
            return before != null && !retag && handTagged(before, tagger) ? before.topics()
                    : tagger.topics(d.question(), d.section(), d.answer());
        }).toList();
        List<Card> cards = new ArrayList<>();
        List<Card> added = new ArrayList<>();
        List<Card> changed = new ArrayList<>();
        List<Card> keptEdits = new ArrayList<>();
        int unchanged = 0;
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            List<String> topics = tagged.get(i);
            Card before = matched[i] == null ? null : oldById.get(matched[i]);
            // A flashcard file's card (it has an id) that names no parent keeps the one it has: a CSV has no room for it.
            Optional<CardId> parent = d.parent().isPresent() ? Optional.of(ids[d.parent().getAsInt()])
                    : d.id().isPresent() && before != null ? before.parent() : Optional.empty();
            // Text that differs only in spaces at line ends, or blank lines at the ends, is the same text.
            String question = before != null && sameText(before.question(), d.question()) ? before.question() : d.question();
            String answer = before != null && sameText(before.answer(), d.answer()) ? before.answer() : d.answer();
            boolean fromNotes = d.id().isEmpty();
            Optional<String> lastImported = before == null ? Optional.empty()
                    : before.source().flatMap(SourceRef::imported);
            String notesText = prints[i];
            boolean editedByHand = fromNotes && lastImported.isPresent() && !lastImported.get().equals(printsBefore[i]);
            if (editedByHand && !preferNotes) {
                // The deck's text is the user's: it stays, whatever the notes say now.
                question = before.question();
                answer = before.answer();
            }
            Card card = new Card(ids[i], question, answer, topics, d.section(),
                    where(d, before, notesText), parent, d.cloze());
            cards.add(card);
            if (editedByHand && !preferNotes && !lastImported.get().equals(notesText)) {
                keptEdits.add(card);
            }
            if (before == null) {
                added.add(card);
            } else if (!before.question().equals(card.question()) || !before.answer().equals(card.answer())
                    || !before.section().equals(card.section()) || !before.cloze().equals(card.cloze())) {
                changed.add(card);
            } else {
                unchanged++;
            }
        }
        Set<CardId> drafted = new HashSet<>(List.of(ids));
        List<Card> others = old.stream().filter(c -> !drafted.contains(c.id())).toList();
        if (keepOthers && !others.isEmpty()) {
            cards = inDeckOrder(old, cards, added);
        }
        cards = withoutDanglingParents(cards);
        Deck deck = new Deck(name, existing.map(Deck::title).filter(t -> !t.equals(name)).orElse(title),
                source.or(() -> existing.flatMap(Deck::source)), cards);
        return keepOthers ? new Result(deck, added, changed, unchanged, List.of(), others, keptEdits)
                : new Result(deck, added, changed, unchanged, others, List.of(), keptEdits);
    }

    /** A follow-up link to a card that is not in the deck goes. */
    private static List<Card> withoutDanglingParents(List<Card> cards) {
        Set<CardId> here = new HashSet<>();
        cards.forEach(c -> here.add(c.id()));
        if (cards.stream().allMatch(c -> c.parent().map(here::contains).orElse(true))) {
            return cards;
        }
        return cards.stream().map(c -> c.parent().filter(p -> !here.contains(p)).isEmpty() ? c
                : new Card(c.id(), c.question(), c.answer(), c.topics(), c.section(), c.source(), Optional.empty(), c.cloze()))
                .toList();
    }

    /** The old deck's cards in their order (updated where the drafts have them), then the new ones. */
    private static List<Card> inDeckOrder(List<Card> old, List<Card> drafted, List<Card> added) {
        Map<CardId, Card> updated = new HashMap<>();
        drafted.forEach(c -> updated.put(c.id(), c));
        List<Card> out = new ArrayList<>();
        for (Card c : old) {
            out.add(updated.getOrDefault(c.id(), c));
        }
        out.addAll(added);
        return out;
    }

    /**
     * Where a card was found in its notes. A card from a flashcard file that names it by id (an
     * export coming back) keeps the place it has: the file's lines are not the notes' lines.
     */
    private static Optional<SourceRef> where(Draft d, Card before, String notesText) {
        if (d.line() < 1 || d.id().isPresent() && before != null) {
            return before == null ? Optional.empty() : before.source();
        }
        return Optional.of(new SourceRef(d.line(), d.id().isEmpty() ? Optional.of(notesText) : Optional.empty()));
    }

    /** Eight hex digits of a card's text, spaces at line ends aside: what an import wrote, to know it again. */
    static String fingerprint(String question, String answer) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((trimmed(question) + "\u0000" + trimmed(answer))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    private static boolean sameText(String a, String b) {
        return a.equals(b) || trimmed(a).equals(trimmed(b));
    }

    /** The text stripped, and without spaces or tabs at the ends of its lines; in one pass (no regex backtracking). */
    private static String trimmed(String text) {
        String t = text.strip();
        StringBuilder out = new StringBuilder(t.length());
        int pending = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\t') {
                pending++;
                continue;
            }
            if (c != '\n') {
                out.append(t, i - pending, i);
            }
            pending = 0;
            out.append(c);
        }
        return out.toString();
    }

    /** Topics as a file wrote them, in canonical form, without repeats or empty ones. */
    private static List<String> canonical(List<String> topics) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String topic : topics) {
            String c = Topics.canonical(topic);
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Topics differ from what the tagger gives the card's own text: someone set them by hand.
     * (After a change of taxonomy this holds for cards the tagger now sees differently too;
     * {@code retag} is the way to bring those up to date.)
     */
    private static boolean handTagged(Card card, TopicTagger tagger) {
        return !card.topics().equals(tagger.topics(card.question(), card.section(), card.answer()));
    }
}
