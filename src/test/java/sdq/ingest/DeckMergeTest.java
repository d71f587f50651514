package sdq.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import sdq.deck.Card;
import sdq.deck.CardId;
import sdq.deck.Deck;

class DeckMergeTest {
    private static final TopicTagger TAGGER = new TopicTagger(Taxonomy.builtIn());

    private static Draft draft(String q, String a) {
        return new Draft(q, a, "", 1, 1);
    }

    private static final List<Draft> NOTES = List.of(
            draft("What is cache-aside?", "Read the cache, fall back to the database, then fill the cache."),
            draft("Why shard a database?", "To spread writes and data over several machines."),
            draft("What is a quorum?", "A majority of replicas, so reads and writes overlap."));

    private static DeckMerge.Result merge(List<Draft> drafts, Optional<Deck> existing) {
        return DeckMerge.merge("notes", "Notes", Optional.of("notes.txt"), drafts, existing, Set.of(), TAGGER, false);
    }

    private static List<String> ids(Deck deck) {
        return deck.cards().stream().map(c -> c.id().value()).toList();
    }

    @Test
    void aFirstImportMakesNewCardsWithTopics() {
        DeckMerge.Result r = merge(NOTES, Optional.empty());
        assertThat(r.added()).hasSize(3);
        assertThat(r.deck().cards()).allSatisfy(c -> assertThat(c.topics()).isNotEmpty().hasSizeLessThanOrEqualTo(3));
        assertThat(r.deck().cards().get(0).topics()).contains("caching");
        assertThat(ids(r.deck())).allMatch(id -> id.matches("c-[0-9a-f]{6}")).doesNotHaveDuplicates();
    }

    @Test
    void importingTheSameNotesAgainChangesNothing() {
        Deck first = merge(NOTES, Optional.empty()).deck();
        DeckMerge.Result again = merge(NOTES, Optional.of(first));
        assertThat(again.deck()).isEqualTo(first);
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.added()).isEmpty();
        assertThat(again.changed()).isEmpty();
        assertThat(again.removed()).isEmpty();
    }

    @Test
    void freshImportsGiveTheSameIds() {
        assertThat(ids(merge(NOTES, Optional.empty()).deck())).isEqualTo(ids(merge(NOTES, Optional.empty()).deck()));
    }

    @Test
    void anEditedAnswerKeepsItsIdAndIsReportedChanged() {
        Deck first = merge(NOTES, Optional.empty()).deck();
        List<Draft> edited = new ArrayList<>(NOTES);
        edited.set(1, draft("Why shard a database?", "To spread writes over machines when one cannot keep up."));
        DeckMerge.Result r = merge(edited, Optional.of(first));
        assertThat(ids(r.deck())).isEqualTo(ids(first));
        assertThat(r.changed()).extracting(Card::question).containsExactly("Why shard a database?");
        assertThat(r.unchanged()).isEqualTo(2);
    }

    @Test
    void anEditedQuestionKeepsItsIdWhenCloseEnough() {
        Deck first = merge(NOTES, Optional.empty()).deck();
        List<Draft> edited = new ArrayList<>(NOTES);
        edited.set(0, draft("What is the cache-aside pattern?", NOTES.get(0).answer()));
        DeckMerge.Result r = merge(edited, Optional.of(first));
        assertThat(r.deck().cards().get(0).id()).isEqualTo(first.cards().get(0).id());
        assertThat(r.changed()).hasSize(1);
        assertThat(r.added()).isEmpty();
    }

    @Test
    void reorderedNotesKeepTheIdsAndTakeTheNewOrder() {
        Deck first = merge(NOTES, Optional.empty()).deck();
        DeckMerge.Result r = merge(List.of(NOTES.get(2), NOTES.get(0), NOTES.get(1)), Optional.of(first));
        assertThat(ids(r.deck())).containsExactly(ids(first).get(2), ids(first).get(0), ids(first).get(1));
        assertThat(r.unchanged()).isEqualTo(3);
    }

    @Test
    void aDeletedQuestionLeavesTheDeckAndANewOneGetsANewId() {
        Deck first = merge(NOTES, Optional.empty()).deck();
        List<Draft> next = List.of(NOTES.get(0), NOTES.get(2), draft("What is a bloom filter?", "A compact set that may say yes wrongly."));
        DeckMerge.Result r = merge(next, Optional.of(first));
        assertThat(r.removed()).extracting(Card::question).containsExactly("Why shard a database?");
        assertThat(r.added()).extracting(Card::question).containsExactly("What is a bloom filter?");
        assertThat(r.added().get(0).id().value()).isNotIn(ids(first));
    }

    @Test
    void topicsSetByHandSurviveReimport() {
        Deck first = merge(NOTES, Optional.empty()).deck();
        Card handEdited = first.cards().get(1).withTopics(List.of("sharding", "interview-favourites"));
        List<Card> cards = new ArrayList<>(first.cards());
        cards.set(1, handEdited);
        Deck edited = new Deck(first.name(), first.title(), first.source(), cards);
        DeckMerge.Result r = merge(NOTES, Optional.of(edited));
        assertThat(r.deck().cards().get(1).topics()).containsExactly("sharding", "interview-favourites");
        assertThat(r.deck().cards().get(0).topics()).isEqualTo(first.cards().get(0).topics());
    }

    @Test
    void retagReplacesTopicsSetByHand() {
        Deck first = merge(NOTES, Optional.empty()).deck();
        List<Card> cards = new ArrayList<>(first.cards());
        cards.set(1, first.cards().get(1).withTopics(List.of("interview-favourites")));
        Deck edited = new Deck(first.name(), first.title(), first.source(), cards);
        Deck retagged = DeckMerge.merge("notes", "Notes", Optional.of("notes.txt"), NOTES, Optional.of(edited),
                Set.of(), TAGGER, true).deck();
        assertThat(retagged).isEqualTo(first);
    }

    @Test
    void theSameQuestionInTwoNotesFilesGetsTwoIds() {
        Deck a = DeckMerge.merge("a", "A", Optional.empty(), NOTES, Optional.empty(), Set.of(), TAGGER, false).deck();
        Set<String> taken = Set.copyOf(ids(a));
        Deck b = DeckMerge.merge("b", "B", Optional.empty(), NOTES, Optional.empty(), taken, TAGGER, false).deck();
        assertThat(ids(b)).doesNotContainAnyElementsOf(ids(a));
    }

    @Test
    void anIdTakenElsewhereIsNeverReused() {
        String wouldBe = ids(merge(NOTES, Optional.empty()).deck()).get(0);
        DeckMerge.Result r = DeckMerge.merge("notes", "Notes", Optional.empty(), NOTES, Optional.empty(),
                Set.of(wouldBe), TAGGER, false);
        assertThat(ids(r.deck())).doesNotContain(wouldBe).doesNotHaveDuplicates();
    }

    @Test
    void followUpsPointAtTheirParentsId() {
        List<Draft> drafts = List.of(draft("Explain: Caching", "- It keeps copies."),
                draft("When not to cache?", "When data changes on every read.").withParent(0));
        Deck deck = merge(drafts, Optional.empty()).deck();
        assertThat(deck.cards().get(1).parent()).contains(deck.cards().get(0).id());
        assertThat(deck.cards().get(0).parent()).isEmpty();
    }

    @Test
    void sourceLinesAreKept() {
        Deck deck = merge(List.of(new Draft("Q?", "A.", "Sec", 42, 44)), Optional.empty()).deck();
        assertThat(deck.cards().get(0).source()).map(s -> s.line()).contains(42);
        assertThat(deck.cards().get(0).section()).isEqualTo("Sec");
        assertThat(new CardId(deck.cards().get(0).id().value())).isEqualTo(deck.cards().get(0).id());
    }

    /** The deck with card {@code k}'s text changed, as a person edits it in the deck file. */
    private static Deck editedByHand(Deck deck, int k, String question, String answer) {
        List<Card> cards = new ArrayList<>(deck.cards());
        Card c = cards.get(k);
        cards.set(k, new Card(c.id(), question, answer, c.topics(), c.section(), c.source(), c.parent(), c.cloze()));
        return new Deck(deck.name(), deck.title(), deck.source(), cards);
    }

    @Test
    void aHandEditSurvivesReimportingTheSameNotes() {
        Deck first = merge(NOTES, Optional.empty()).deck();
        Deck edited = editedByHand(first, 1, "Why shard a database at all?", "My own words: spread the writes.");
        DeckMerge.Result again = merge(NOTES, Optional.of(edited));
        Card card = again.deck().cards().get(1);
        assertThat(card.id()).isEqualTo(first.cards().get(1).id());
        assertThat(card.question()).isEqualTo("Why shard a database at all?");
        assertThat(card.answer()).isEqualTo("My own words: spread the writes.");
        assertThat(again.changed()).isEmpty();
        assertThat(again.keptEdits()).isEmpty();
    }

    @Test
    void aHandEditSurvivesChangedNotesAndIsReported() {
        Deck first = merge(NOTES, Optional.empty()).deck();
        Deck edited = editedByHand(first, 0, "What is cache-aside?", "My answer: app reads cache, then DB.");
        List<Draft> changedNotes = new ArrayList<>(NOTES);
        changedNotes.set(0, draft("What is cache-aside?", "Read the cache; on a miss read the database and fill it."));
        DeckMerge.Result again = merge(changedNotes, Optional.of(edited));
        assertThat(again.deck().cards().get(0).answer()).isEqualTo("My answer: app reads cache, then DB.");
        assertThat(again.keptEdits()).extracting(c -> c.id()).containsExactly(first.cards().get(0).id());
        // Said once: the next import of the same notes keeps the edit without a word.
        DeckMerge.Result third = merge(changedNotes, Optional.of(again.deck()));
        assertThat(third.keptEdits()).isEmpty();
        assertThat(third.deck().cards().get(0).answer()).isEqualTo("My answer: app reads cache, then DB.");
    }

    @Test
    void preferNotesTakesTheNotesText() {
        Deck first = merge(NOTES, Optional.empty()).deck();
        Deck edited = editedByHand(first, 2, "What is a quorum?", "Edited by hand.");
        DeckMerge.Result again = DeckMerge.merge("notes", "Notes", Optional.of("notes.txt"), NOTES, Optional.of(edited),
                Set.of(), TAGGER, false, false, true);
        assertThat(again.deck().cards().get(2).answer()).isEqualTo(NOTES.get(2).answer());
        assertThat(again.changed()).hasSize(1);
        assertThat(again.keptEdits()).isEmpty();
    }

    @Test
    void aDeckWithoutFingerprintsTakesTheNotesAsBefore() {
        Deck first = merge(NOTES, Optional.empty()).deck();
        List<Card> bare = new ArrayList<>();
        for (Card c : first.cards()) {
            bare.add(new Card(c.id(), c.question(), c.answer() + " (old)", c.topics(), c.section(),
                    c.source().map(src -> new sdq.deck.SourceRef(src.line())), c.parent(), c.cloze()));
        }
        DeckMerge.Result again = merge(NOTES, Optional.of(new Deck("notes", "Notes", first.source(), bare)));
        assertThat(again.deck().cards()).extracting(Card::answer).containsExactlyElementsOf(
                NOTES.stream().map(Draft::answer).toList());
    }
}
