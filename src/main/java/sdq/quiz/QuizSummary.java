package sdq.quiz;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import sdq.deck.CardId;
import sdq.deck.DeckCard;
import sdq.schedule.Grade;
import sdq.schedule.Review;

/**
 * What a session did: how many reviews, right and wrong, the time it took, how cards moved
 * between boxes, the topics that went worst, and when cards fall due next.
 *
 * @param reviews   graded answers
 * @param cards     the cards they graded (a card failed and answered again counts once)
 * @param right     answered hard, good or easy
 * @param wrong     answered again
 * @param time      time spent
 * @param movements "box 1 -> 2" to the number of cards that moved so (first box to last)
 * @param weakest   topics with the most wrong answers, worst first, at most three
 * @param dueToday  what is still due today, and what the next session offers of it
 * @param nextDue   the next day after today cards fall due, and how many
 */
public record QuizSummary(int reviews, int cards, int right, int wrong, Duration time, Map<String, Integer> movements,
                          List<String> weakest, QuizPlan.Due dueToday, Optional<NextDue> nextDue) {

    /** The next day with cards due, and how many. */
    public record NextDue(LocalDate day, int cards) {
    }

    public static QuizSummary of(QuizSession session, Duration time, QuizPlan.Due dueToday, Optional<NextDue> nextDue) {
        List<Review> reviews = session.reviews();
        List<DeckCard> cards = session.reviewedCards();
        int wrong = (int) reviews.stream().filter(r -> r.grade() == Grade.AGAIN).count();
        Map<CardId, int[]> boxes = new LinkedHashMap<>();
        for (Review r : reviews) {
            boxes.computeIfAbsent(r.card(), k -> new int[] {r.boxBefore(), r.boxBefore()})[1] = r.boxAfter();
        }
        Map<String, Integer> movements = new TreeMap<>();
        boxes.values().forEach(b -> {
            if (b[0] != b[1]) {
                movements.merge("box " + b[0] + " -> " + b[1], 1, Integer::sum);
            }
        });
        Map<String, int[]> byTopic = new HashMap<>();
        for (int i = 0; i < reviews.size(); i++) {
            boolean failed = reviews.get(i).grade() == Grade.AGAIN;
            for (String topic : cards.get(i).card().topics()) {
                int[] counts = byTopic.computeIfAbsent(topic, k -> new int[2]);
                counts[0] += failed ? 1 : 0;
                counts[1]++;
            }
        }
        List<String> weakest = new ArrayList<>();
        byTopic.entrySet().stream().filter(e -> e.getValue()[0] > 0)
                .sorted(Comparator.comparingDouble((Map.Entry<String, int[]> e) -> -(double) e.getValue()[0] / e.getValue()[1])
                        .thenComparing(e -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
                .limit(3).forEach(e -> weakest.add(e.getKey() + " (" + e.getValue()[0] + " of " + e.getValue()[1] + " wrong)"));
        return new QuizSummary(reviews.size(), boxes.size(), reviews.size() - wrong, wrong, time, movements, weakest, dueToday, nextDue);
    }

    private static String count(int n) {
        return n + (n == 1 ? " card" : " cards");
    }

    /** The summary as lines of plain text; {@code today} words when the next cards are due. */
    public List<String> lines(LocalDate today) {
        List<String> out = new ArrayList<>();
        long minutes = time.toMinutes();
        long seconds = time.toSecondsPart();
        out.add("Reviewed " + count(cards) + (reviews == cards ? "" : " in " + reviews + " answers") + ": " + right
                + " right, " + wrong
                + " wrong, in " + (minutes > 0 ? minutes + " min " : "") + seconds + " s.");
        movements.forEach((move, n) -> out.add("  " + move + ": " + n + (n == 1 ? " card" : " cards")));
        if (!weakest.isEmpty()) {
            out.add("Weakest topics: " + String.join(", ", weakest));
        }
        if (dueToday.offered() > 0) {
            out.add("Still due today: " + count(dueToday.offered()) + " (run sdq quiz again)"
                    + (dueToday.waiting() > 0 ? "; " + dueToday.waiting() + " more wait beyond today's limits." : "."));
        } else if (dueToday.waiting() > 0) {
            out.add("Today's share is done; " + count(dueToday.waiting()) + " wait beyond today's limits"
                    + " (--limit N takes N cards now, --new N allows N new cards a day).");
        }
        if (dueToday.offered() == 0) {
            nextDue.ifPresent(n -> out.add("Next due: " + count(n.cards()) + " on " + n.day()
                    + (n.day().equals(today.plusDays(1)) ? " (tomorrow)." : ".")));
        }
        return out;
    }
}
