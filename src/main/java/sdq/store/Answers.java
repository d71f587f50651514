package sdq.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sdq.deck.CardId;
import sdq.schedule.Review;
import sdq.schedule.Statistics.Answer;

/**
 * The answers of the review log for statistics, read in one pass: of each review only its day,
 * grade and effect are kept (days shared), so 1,000,000 reviews take tens of megabytes where
 * the reviews themselves (ids, times, zones) take hundreds.
 */
final class Answers {
    /** Each review of the log so far, in order: a 64-bit hash of its id and its card (null once undone). */
    private long[] hashes = new long[1024];
    private CardId[] cards = new CardId[1024];
    private int count;
    private final Map<CardId, List<Answer>> out = new HashMap<>();
    private final Map<LocalDate, LocalDate> days = new HashMap<>();
    private final Set<CardId> wanted;

    private Answers(Set<CardId> wanted) {
        this.wanted = wanted;
    }

    static Map<CardId, List<Answer>> read(Path log, Set<CardId> wanted) throws IOException {
        Answers answers = new Answers(wanted);
        ReviewLog.read(log, 0, entry -> {
            if (entry instanceof LogEntry.Reviewed r) {
                answers.reviewed(r.id(), r.review());
            } else if (entry instanceof LogEntry.Undone u) {
                answers.undone(u.undoneId());
            }
        });
        answers.out.values().removeIf(List::isEmpty);
        return answers.out;
    }

    private void reviewed(String id, Review review) {
        if (count == hashes.length) {
            hashes = Arrays.copyOf(hashes, count * 2);
            cards = Arrays.copyOf(cards, count * 2);
        }
        hashes[count] = hash(id);
        cards[count] = review.card();
        count++;
        if (wanted.contains(review.card())) {
            LocalDate day = days.computeIfAbsent(review.at().toLocalDate(), d -> d);
            out.computeIfAbsent(review.card(), k -> new ArrayList<>()).add(new Answer(day, review.grade(),
                    review.boxAfter(), review.rescheduled()));
        }
    }

    /** Takes back the review with this id: looked for from the newest back, as an undo takes back a recent one. */
    private void undone(String id) {
        long h = hash(id);
        for (int k = count - 1; k >= 0; k--) {
            if (cards[k] != null && hashes[k] == h) {
                CardId card = cards[k];
                cards[k] = null;
                List<Answer> list = out.get(card);
                if (list != null) {
                    // The card's answers not taken back, in the log's order: the k-th review is the
                    // one before as many of its card's as come after it.
                    int later = 0;
                    for (int j = k + 1; j < count; j++) {
                        later += card.equals(cards[j]) ? 1 : 0;
                    }
                    list.remove(list.size() - 1 - later);
                }
                return;
            }
        }
    }

    /** FNV-1a, 64 bits, over the id's characters: ids are unique, and two of them share a hash hardly ever. */
    private static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }
}
