package sdq.quiz;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import sdq.deck.DeckCard;
import sdq.schedule.Grade;
import sdq.schedule.Review;

/**
 * What the quiz screen shows and what each key does to it, apart from any terminal: the card and
 * its side (from the session), the help over it, the status line, the answer typed, how far a
 * long card is scrolled, and whether the answer editor is to open. After every key the screen
 * shows exactly the state the session is in: a key that means nothing here changes nothing.
 */
public final class QuizScreen {
    /** What a person can press; {@link #OTHER} is any key that means nothing. */
    public enum Key { REVEAL, TYPE, AGAIN, HARD, GOOD, EASY, UNDO, SKIP, BURY, EDIT, HELP, ESCAPE, QUIT, UP, DOWN,
        PAGE_UP, PAGE_DOWN, OTHER }

    /** What the terminal must do after a key, beyond drawing the screen again. */
    public enum Effect { NONE, TYPE_ANSWER, EDIT_CARD, QUIT }

    /** Turns a grade's review into the status line ("Saved: good. Box 1 -> 2, due tomorrow."). */
    public interface Saved {
        String line(Review review);
    }

    private final QuizSession session;
    private final boolean typedMode;
    private final Saved saved;
    private boolean help;
    private String status = "";
    private String typed = "";
    private int scroll;
    /** The card (and side) the screen last showed, to tell when a new one comes up. */
    private DeckCard shown;
    private QuizSession.Side shownSide;
    /** In typed mode, the editor was closed with Esc for the card shown: it stays closed until asked. */
    private boolean editorDismissed;

    public QuizScreen(QuizSession session, boolean typedMode, Saved saved) {
        this.session = Objects.requireNonNull(session, "session");
        this.typedMode = typedMode;
        this.saved = Objects.requireNonNull(saved, "saved");
        settle();
    }

    public QuizSession session() {
        return session;
    }

    public boolean typedMode() {
        return typedMode;
    }

    public boolean help() {
        return help;
    }

    public String status() {
        return status;
    }

    /** The answer typed for the card shown ("" when none). */
    public String typed() {
        return typed;
    }

    public int scroll() {
        return scroll;
    }

    /** The scroll the screen could show: at most so far that the last line is at the bottom. */
    public void fitScroll(int lines, int height) {
        scroll = Math.max(0, Math.min(scroll, lines - height));
    }

    /** Whether the answer editor is to open now: typed mode, a question shown, not closed with Esc. */
    public boolean editorDue() {
        return typedMode && !session.finished() && session.side() == QuizSession.Side.QUESTION && !editorDismissed;
    }

    /** Does what a key asks; {@code pageHeight} is how many lines a page scroll moves. */
    public Effect press(Key key, int pageHeight) throws IOException {
        if (session.finished()) {
            return Effect.QUIT;
        }
        boolean answer = session.side() == QuizSession.Side.ANSWER;
        Effect effect = Effect.NONE;
        switch (key) {
            case HELP -> help = !help;
            case ESCAPE -> help = false;
            case QUIT -> {
                session.quit();
                effect = Effect.QUIT;
            }
            case REVEAL -> {
                if (answer) {
                    grade(Grade.GOOD);
                } else {
                    session.reveal();
                    status = "";
                }
            }
            case TYPE -> effect = answer ? Effect.NONE : Effect.TYPE_ANSWER;
            case AGAIN, HARD, GOOD, EASY -> {
                if (answer) {
                    grade(Grade.values()[key.ordinal() - Key.AGAIN.ordinal()]);
                } else {
                    status = "Show the answer first (Enter or Space), then grade.";
                }
            }
            case UNDO -> status = session.undo() ? "Undone: back to the card before." : "Nothing to undo.";
            case SKIP -> status = session.skip() ? "Skipped; it comes back at the end." : "Nothing to skip to: this is the last card.";
            case BURY -> {
                session.bury();
                status = "Buried until tomorrow.";
            }
            case EDIT -> effect = Effect.EDIT_CARD;
            case UP -> scroll = Math.max(0, scroll - 1);
            case DOWN -> scroll++;
            case PAGE_UP -> scroll = Math.max(0, scroll - pageHeight);
            case PAGE_DOWN -> scroll += pageHeight;
            case OTHER -> { }
        }
        if (key != Key.HELP && key != Key.ESCAPE && key != Key.OTHER && key != Key.UP && key != Key.DOWN
                && key != Key.PAGE_UP && key != Key.PAGE_DOWN) {
            help = false;
        }
        settle();
        return session.finished() ? Effect.QUIT : effect;
    }

    /**
     * What the answer editor gave: the typed answer (then the answer is shown, measured against
     * it), a command line of typed mode (":s", ":u", ":b", ":e", ":q"), or nothing when it was
     * closed with Esc (back to the question, the editor closed until {@code a} opens it).
     */
    public Effect typed(Optional<String> text) throws IOException {
        if (text.isEmpty()) {
            editorDismissed = true;
            status = typedMode ? "Answer not typed; a types it, Enter shows the answer." : "";
            return Effect.NONE;
        }
        String t = text.get();
        if (typedMode && t.strip().startsWith(":") && !t.strip().contains("\n")) {
            return command(t.strip());
        }
        typed = t;
        session.reveal();
        status = "";
        settle();
        return Effect.NONE;
    }

    /** The card shown was edited in its deck file: the card as it is now, if still there. */
    public void edited(Optional<DeckCard> card) {
        if (card.isPresent()) {
            session.replaceCurrent(card.get());
            shown = card.get();
            status = "Reloaded the card from its deck file.";
        } else {
            status = "The card is no longer in its deck file; its progress is kept.";
        }
    }

    /** Says what went wrong with something the screen could not do (open the editor, say). */
    public void problem(String message) {
        status = message;
    }

    private Effect command(String text) throws IOException {
        Key key = switch (text) {
            case ":u" -> Key.UNDO;
            case ":s" -> Key.SKIP;
            case ":b" -> Key.BURY;
            case ":e" -> Key.EDIT;
            case ":q" -> Key.QUIT;
            default -> Key.OTHER;
        };
        if (key == Key.OTHER) {
            status = "Unknown command " + text + "; :u, :s, :b, :e or :q.";
            return Effect.NONE;
        }
        return press(key, 0);
    }

    private void grade(Grade grade) {
        try {
            status = saved.line(session.grade(grade));
        } catch (IOException e) {
            status = "Could not save the grade: " + e.getMessage() + ". Nothing was lost; grade again or quit.";
        }
    }

    /** A new card, or the same card on another side: the typed answer, scroll and editor start afresh. */
    private void settle() {
        DeckCard now = session.current().orElse(null);
        QuizSession.Side side = session.side();
        if (now != shown) {
            typed = "";
            scroll = 0;
            editorDismissed = false;
        } else if (side != shownSide && side == QuizSession.Side.QUESTION) {
            // The same card back on its question (an undo to it): it is asked afresh.
            typed = "";
            scroll = 0;
            editorDismissed = false;
        }
        shown = now;
        shownSide = side;
    }
}
