package sdq.quiz;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import sdq.deck.DeckCard;
import sdq.schedule.Grade;
import sdq.schedule.Review;

/**
 * One sitting of the quiz. A card is shown question first, then its answer; a grade is recorded
 * (through the {@link Recorder}, which makes it durable) before the next card comes up. A card
 * answered {@code again} comes back a few cards later until it is answered right once; a skipped
 * card goes to the end; a buried one is gone until tomorrow; undo steps back through grades.
 */
public final class QuizSession {
    /** How many cards come between a failed card and its next showing. */
    static final int REQUEUE_GAP = 3;

    /** Where grades, undos and burials go: the progress store, or a fake in tests. */
    public interface Recorder {
        Review record(DeckCard card, Grade grade) throws IOException;

        Optional<Review> undo() throws IOException;

        void bury(DeckCard card) throws IOException;

        void unbury(DeckCard card) throws IOException;

        /**
         * Whether the card, just graded, is due again within minutes (an FSRS learning step):
         * then it comes back in this session, as a failed card does.
         */
        default boolean comesBackSoon(DeckCard card) {
            return false;
        }
    }

    public enum Side { QUESTION, ANSWER }

    /** Everything undo needs to put back: the queue, the card shown, and how far we were. */
    private enum Step { GRADE, SKIP, BURY }

    private record Moment(ArrayDeque<DeckCard> queue, DeckCard current, int finished, int graded, Step step) {
    }

    private final Recorder recorder;
    private final ArrayDeque<DeckCard> queue;
    private final List<Review> reviews = new ArrayList<>();
    private final List<DeckCard> reviewedCards = new ArrayList<>();
    private final Deque<Moment> history = new ArrayDeque<>();
    private DeckCard current;
    private Side side = Side.QUESTION;
    private int finished;

    public QuizSession(List<DeckCard> plan, Recorder recorder) {
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.queue = new ArrayDeque<>(plan);
        this.current = queue.poll();
    }

    public Optional<DeckCard> current() {
        return Optional.ofNullable(current);
    }

    public Side side() {
        return side;
    }

    public boolean finished() {
        return current == null;
    }

    /** 1-based place of the current card among the session's cards. */
    public int position() {
        return finished + 1;
    }

    /** The number of cards in the session: finished ones and those still to come. */
    public int total() {
        return finished + queue.size() + (current == null ? 0 : 1);
    }

    /** Whether the current card was graded already this session (it failed, or is in an FSRS learning step). */
    public boolean isRetry() {
        return current != null && reviewedCards.contains(current);
    }

    /** Whether the current card's last grade this session was {@code again} (else, if a retry, it is in a learning step). */
    public boolean failedLast() {
        for (int i = reviewedCards.size() - 1; i >= 0; i--) {
            if (reviewedCards.get(i).equals(current)) {
                return reviews.get(i).grade() == Grade.AGAIN;
            }
        }
        return false;
    }

    public void reveal() {
        requireCard();
        side = Side.ANSWER;
    }

    /**
     * Grades the current card: recorded first, and only when that succeeded does the session
     * move on. {@code again} brings the card back a few cards later, and so does a grade after
     * which the card is due again within minutes (FSRS's learning steps).
     */
    public Review grade(Grade grade) throws IOException {
        requireCard();
        Review review = recorder.record(current, grade);
        history.push(new Moment(new ArrayDeque<>(queue), current, finished, reviews.size(), Step.GRADE));
        reviews.add(review);
        reviewedCards.add(current);
        if (grade == Grade.AGAIN || recorder.comesBackSoon(current)) {
            requeue(current, REQUEUE_GAP);
        } else {
            finished++;
        }
        next();
        return review;
    }

    /** Puts the current card at the end of the queue, ungraded; false when it is the last card. */
    public boolean skip() {
        requireCard();
        if (queue.isEmpty()) {
            return false;
        }
        history.push(new Moment(new ArrayDeque<>(queue), current, finished, reviews.size(), Step.SKIP));
        queue.addLast(current);
        next();
        return true;
    }

    /** Puts the current card aside until tomorrow. */
    public void bury() throws IOException {
        requireCard();
        recorder.bury(current);
        history.push(new Moment(new ArrayDeque<>(queue), current, finished, reviews.size(), Step.BURY));
        finished++;
        next();
    }

    /**
     * Steps back to the card before the last grade, skip or burial, undoing it in the record
     * too. Returns false when there is nothing to undo.
     */
    public boolean undo() throws IOException {
        Moment moment = history.peek();
        if (moment == null) {
            return false;
        }
        if (moment.step() == Step.GRADE) {
            recorder.undo();
        } else if (moment.step() == Step.BURY) {
            recorder.unbury(moment.current());
        }
        history.pop();
        queue.clear();
        queue.addAll(moment.queue());
        current = moment.current();
        finished = moment.finished();
        while (reviews.size() > moment.graded()) {
            reviews.remove(reviews.size() - 1);
            reviewedCards.remove(reviewedCards.size() - 1);
        }
        side = Side.QUESTION;
        return true;
    }

    /** Shows the current card as edited (its text changed in its deck file). */
    public void replaceCurrent(DeckCard edited) {
        requireCard();
        if (!edited.id().equals(current.id())) {
            throw new IllegalArgumentException("an edit must keep the card's id");
        }
        current = edited;
    }

    /** Ends the session now; what was graded stays recorded. */
    public void quit() {
        current = null;
        queue.clear();
    }

    /** The reviews recorded in this session, in order. */
    public List<Review> reviews() {
        return List.copyOf(reviews);
    }

    /** The cards reviewed, matching {@link #reviews()} one for one. */
    public List<DeckCard> reviewedCards() {
        return List.copyOf(reviewedCards);
    }

    private void requeue(DeckCard card, int gap) {
        List<DeckCard> rest = new ArrayList<>(queue);
        rest.add(Math.min(gap, rest.size()), card);
        queue.clear();
        queue.addAll(rest);
    }

    private void next() {
        current = queue.poll();
        side = Side.QUESTION;
    }

    private void requireCard() {
        if (current == null) {
            throw new IllegalStateException("the session has no card left");
        }
    }
}
