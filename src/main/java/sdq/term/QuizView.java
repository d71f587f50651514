package sdq.term;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import sdq.deck.CardId;
import sdq.deck.DeckCard;
import sdq.quiz.AnswerFeedback;
import sdq.quiz.QuizSession;
import sdq.schedule.CardState;
import sdq.schedule.Leitner;
import sdq.schedule.Review;

/** What a quiz shows of a card, the same in the terminal and in plain lines. */
public final class QuizView {
    private final Styles styles;
    private final MarkdownView markdown;
    private final Function<CardId, CardState> states;
    private final Leitner leitner;
    private final LocalDate today;

    public QuizView(Styles styles, Function<CardId, CardState> states, Leitner leitner, LocalDate today) {
        this.styles = styles;
        this.markdown = new MarkdownView(styles);
        this.states = states;
        this.leitner = leitner;
        this.today = today;
    }

    public Styles styles() {
        return styles;
    }

    /** "7/20 · box 2 · deck · topics", with "new" or "again" after the box when it is so. */
    AttributedString header(QuizSession session, DeckCard card) {
        CardState state = states.apply(card.id());
        AttributedStringBuilder b = new AttributedStringBuilder();
        b.style(styles.accent()).append(session.position() + "/" + session.total());
        b.style(styles.dim()).append("  ·  box ").append(Integer.toString(Math.min(state.box(), leitner.boxes())));
        if (state.isNew()) {
            b.style(styles.accent()).append(" new");
        } else if (session.isRetry()) {
            b.style(styles.accent()).append(" again");
        }
        b.style(styles.dim()).append("  ·  ").append(SafeText.clean(card.deck()));
        if (!card.card().topics().isEmpty()) {
            b.append("  ·  ").append(String.join(", ", card.card().topics()));
        }
        return b.toAttributedString();
    }

    List<AttributedString> question(DeckCard card, int width) {
        List<AttributedString> out = new ArrayList<>();
        for (AttributedString line : markdown.render(card.card().question(), width)) {
            out.add(new AttributedString(line.toString(), styles.bold()));
        }
        return out;
    }

    List<AttributedString> answer(DeckCard card, int width) {
        return markdown.render(card.card().answer(), width);
    }

    /** The typed answer measured against the model answer, in a few lines. */
    List<AttributedString> feedback(AnswerFeedback feedback, int width) {
        List<AttributedString> out = new ArrayList<>();
        int all = feedback.covered().size() + feedback.missed().size();
        AttributedStringBuilder head = new AttributedStringBuilder().style(styles.bold())
                .append("Your answer covered " + feedback.covered().size() + " of " + all + " key points ("
                        + Math.round(feedback.coverage() * 100) + "%); suggested grade: " + feedback.suggested().key()
                        + " " + feedback.suggested().word() + ".");
        out.addAll(Wrap.lines(head.toAttributedString(), width));
        if (!feedback.covered().isEmpty()) {
            out.addAll(Wrap.lines(new AttributedStringBuilder().style(styles.accent()).append("  covered: ")
                    .style(styles.plain()).append(SafeText.clean(String.join(", ", feedback.covered())))
                    .toAttributedString(), width));
        }
        if (!feedback.missed().isEmpty()) {
            out.addAll(Wrap.lines(new AttributedStringBuilder().style(styles.heading()).append("  missed:  ")
                    .style(styles.plain()).append(SafeText.clean(String.join(", ", feedback.missed())))
                    .toAttributedString(), width));
        }
        return out;
    }

    /** "Saved: good. Box 1 -> 2, due 2026-11-26." */
    String saved(Review review) {
        CardState after = states.apply(review.card());
        LocalDate due = leitner.due(after, today);
        String when = due.equals(today.plusDays(1)) ? "tomorrow" : due.toString();
        return "Saved: " + review.grade().word() + ". Box " + review.boxBefore() + " -> " + review.boxAfter()
                + ", due " + when + ".";
    }

    static List<String> keys(boolean typedMode) {
        if (typedMode) {
            return List.of("Type your answer; an empty line submits it.",
                    ":u undo the last grade   :s skip   :b bury until tomorrow   :e edit   :q quit",
                    "Then grade: 1 again  2 hard  3 good  4 easy (Enter: good)");
        }
        return List.of("Enter/Space  show the answer        a  type an answer first",
                "1 again  2 hard  3 good  4 easy   (Space/Enter on the answer: good)",
                "u  undo the last grade   s  skip (comes back at the end)   b  bury until tomorrow",
                "e  edit the card in $EDITOR   j/k, arrows, PgUp/PgDn  scroll   ?  these keys   q  quit");
    }
}
