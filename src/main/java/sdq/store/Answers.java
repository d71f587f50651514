package sdq.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sdq.deck.CardId;
import sdq.schedule.Statistics.Answer;

/**
 * The answers of the review log for statistics, read in one quick pass ({@link LogReviews}): of
 * each review only its day, grade and effect are kept (days shared), so 1,000,000 reviews take
 * tens of megabytes where the reviews themselves (ids, times, zones) take hundreds.
 */
final class Answers implements LogReviews.Visitor {
    /** Each review of the log so far, in order: a 64-bit hash of its id and its card's index (-1 once undone). */
    private long[] hashes = new long[1024];
    private int[] cards = new int[1024];
    private int count;
    /** By card index: its answers if it is wanted, null if not; and whether that was decided. */
    private List<Answer>[] lists = newLists(1024);
    private byte[] decided = new byte[1024];
    private final Map<CardId, List<Answer>> out = new HashMap<>();
    private final Set<CardId> wanted;

    private Answers(Set<CardId> wanted) {
        this.wanted = wanted;
    }

    static Map<CardId, List<Answer>> read(Path log, Set<CardId> wanted) throws IOException {
        Answers answers = new Answers(wanted);
        LogReviews.read(log, answers);
        answers.out.values().removeIf(List::isEmpty);
        return answers.out;
    }

    @SuppressWarnings("unchecked")
    private static List<Answer>[] newLists(int size) {
        return (List<Answer>[]) new List<?>[size];
    }

    @Override
    public void review(LogReviews.Current review) {
        if (count == hashes.length) {
            hashes = Arrays.copyOf(hashes, count * 2);
            cards = Arrays.copyOf(cards, count * 2);
        }
        int card = review.cardIndex();
        hashes[count] = review.idHash();
        cards[count] = card;
        count++;
        if (card >= decided.length) {
            int size = Math.max(card + 1, decided.length * 2);
            decided = Arrays.copyOf(decided, size);
            lists = Arrays.copyOf(lists, size);
        }
        if (decided[card] == 0) {
            decided[card] = 1;
            if (wanted.contains(review.card())) {
                lists[card] = new ArrayList<>();
                out.put(review.card(), lists[card]);
            }
        }
        List<Answer> list = lists[card];
        if (list != null) {
            list.add(new Answer(review.day(), review.grade(), review.boxAfter(), review.rescheduled()));
        }
    }

    /** Takes back the review with this id: looked for from the newest back, as an undo takes back a recent one. */
    @Override
    public void entry(LogEntry entry, int cardIndex) {
        if (!(entry instanceof LogEntry.Undone u)) {
            return;
        }
        long h = LogReviews.hash(u.undoneId());
        for (int k = count - 1; k >= 0; k--) {
            if (cards[k] >= 0 && hashes[k] == h) {
                int card = cards[k];
                cards[k] = -1;
                List<Answer> list = lists[card];
                if (list != null) {
                    // The card's answers not taken back, in the log's order: the k-th review is the
                    // one before as many of its card's as come after it.
                    int later = 0;
                    for (int j = k + 1; j < count; j++) {
                        later += cards[j] == card ? 1 : 0;
                    }
                    list.remove(list.size() - 1 - later);
                }
                return;
            }
        }
    }
}
