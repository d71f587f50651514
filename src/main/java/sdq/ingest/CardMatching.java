package sdq.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sdq.deck.Card;
import sdq.deck.CardId;
import sdq.deck.SourceRef;

/**
 * Which card of a deck each freshly read card is: the same id (flashcard files carry them),
 * the same text as the last import wrote (however the deck's copy was edited since), the same
 * question, then question and answer close enough to be an edit.
 */
final class CardMatching {
    private static final double SAME_QUESTION = 0.6;
    private static final double SAME_ANSWER = 0.7;
    private static final double SOME_QUESTION = 0.3;
    private static final double NEAR_SAME_ANSWER = 0.9;
    private static final long MAX_PAIRS = 4_000_000L;

    private CardMatching() {
    }

    /**
     * For each draft, the id of the old card it is, or null: the same id (flashcard files carry
     * them), then the same question, then close edits.
     */
    static CardId[] match(List<Draft> drafts, List<Card> old) {
        CardId[] matched = new CardId[drafts.size()];
        boolean[] taken = new boolean[old.size()];
        Map<String, Integer> byId = new HashMap<>();
        Map<String, List<Integer>> byQuestion = new HashMap<>();
        for (int j = 0; j < old.size(); j++) {
            byId.put(old.get(j).id().value(), j);
            byQuestion.computeIfAbsent(Similarity.normalise(old.get(j).question()), k -> new ArrayList<>()).add(j);
        }
        for (int i = 0; i < drafts.size(); i++) {
            Integer j = drafts.get(i).id().map(byId::get).orElse(null);
            if (j != null && !taken[j]) {
                matched[i] = old.get(j).id();
                taken[j] = true;
            }
        }
        // Notes unchanged since the last import find their card, however it was edited by hand since.
        Map<String, List<Integer>> byImported = new HashMap<>();
        for (int j = 0; j < old.size(); j++) {
            int k = j;
            old.get(j).source().flatMap(SourceRef::imported)
                    .ifPresent(f -> byImported.computeIfAbsent(f, x -> new ArrayList<>()).add(k));
        }
        for (int i = 0; i < drafts.size() && !byImported.isEmpty(); i++) {
            if (matched[i] != null || drafts.get(i).id().isPresent()) {
                continue;
            }
            for (int j : byImported.getOrDefault(DeckMerge.fingerprint(drafts.get(i).question(), drafts.get(i).answer()), List.of())) {
                if (!taken[j]) {
                    matched[i] = old.get(j).id();
                    taken[j] = true;
                    break;
                }
            }
        }
        for (int i = 0; i < drafts.size(); i++) {
            if (matched[i] != null) {
                continue;
            }
            List<Integer> same = byQuestion.getOrDefault(Similarity.normalise(drafts.get(i).question()), List.of());
            for (int j : same) {
                if (!taken[j]) {
                    matched[i] = old.get(j).id();
                    taken[j] = true;
                    break;
                }
            }
        }
        List<Integer> openDrafts = new ArrayList<>();
        List<Integer> openOld = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (matched[i] == null) {
                openDrafts.add(i);
            }
        }
        for (int j = 0; j < old.size(); j++) {
            if (!taken[j]) {
                openOld.add(j);
            }
        }
        if (openDrafts.isEmpty() || openOld.isEmpty() || (long) openDrafts.size() * openOld.size() > MAX_PAIRS) {
            return matched;
        }
        record Pair(int draft, int old, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        Map<Integer, Set<String>> oldQ = new HashMap<>();
        Map<Integer, Set<String>> oldA = new HashMap<>();
        for (int j : openOld) {
            oldQ.put(j, Similarity.words(old.get(j).question()));
            oldA.put(j, Similarity.words(old.get(j).answer()));
        }
        for (int i : openDrafts) {
            Set<String> q = Similarity.words(drafts.get(i).question());
            Set<String> a = Similarity.words(drafts.get(i).answer());
            for (int j : openOld) {
                double qs = Similarity.of(q, oldQ.get(j));
                double as = Similarity.of(a, oldA.get(j));
                boolean edit = qs >= SAME_QUESTION || (as >= SAME_ANSWER && qs >= SOME_QUESTION) || as >= NEAR_SAME_ANSWER;
                if (edit) {
                    pairs.add(new Pair(i, j, qs + as));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed()
                .thenComparingInt(Pair::draft).thenComparingInt(Pair::old));
        boolean[] draftDone = new boolean[drafts.size()];
        for (Pair p : pairs) {
            if (!draftDone[p.draft()] && !taken[p.old()]) {
                matched[p.draft()] = old.get(p.old()).id();
                draftDone[p.draft()] = true;
                taken[p.old()] = true;
            }
        }
        return matched;
    }
}
