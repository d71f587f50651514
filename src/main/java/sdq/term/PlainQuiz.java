package sdq.term;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jline.utils.AttributedString;
import sdq.deck.DeckCard;
import sdq.quiz.AnswerFeedback;
import sdq.quiz.QuizSession;
import sdq.schedule.Grade;

/**
 * The quiz as plain lines, for when standard input is not a terminal (scripts, tests): the
 * question, a line read as the typed answer (empty to just see the answer), the answer, then a
 * line read as the grade. The end of input ends the session; what was graded is saved.
 */
public final class PlainQuiz {
    private final QuizView view;
    private final BufferedReader in;
    private final PrintWriter out;
    private final int width;
    private final BiFunction<DeckCard, String, AnswerFeedback> feedback;

    public PlainQuiz(QuizView view, BufferedReader in, PrintWriter out, int width,
                     BiFunction<DeckCard, String, AnswerFeedback> feedback) {
        this.view = view;
        this.in = in;
        this.out = out;
        this.width = width;
        this.feedback = feedback;
    }

    /** Runs the session to its end, or to the end of input. */
    public void run(QuizSession session) throws IOException {
        while (!session.finished()) {
            DeckCard card = session.current().orElseThrow();
            out.println(line(view.header(session, card, width)));
            view.question(card, width).forEach(l -> out.println(line(l)));
            out.println("Your answer (empty line: show the answer; :s skip, :b bury, :u undo, :q quit):");
            out.flush();
            String typed = in.readLine();
            if (typed == null) {
                break;
            }
            Optional<Boolean> handled = command(typed.strip(), session);
            if (handled.isPresent()) {
                if (!handled.get()) {
                    break;
                }
                out.println();
                continue;
            }
            session.reveal();
            if (typed.isBlank()) {
                out.println("Answer:");
                view.answer(card, width).forEach(l -> out.println(line(l)));
            } else {
                AnswerFeedback measured = feedback.apply(card, typed);
                view.feedback(measured, typed, width).forEach(l -> out.println(line(l)));
                out.println("Model answer:");
                view.answer(card, measured, width).forEach(l -> out.println(line(l)));
            }
            if (!gradeLoop(session)) {
                break;
            }
            out.println();
        }
        out.flush();
    }

    /** Reads grades until one is valid; false at the end of input or on quit. */
    private boolean gradeLoop(QuizSession session) throws IOException {
        while (true) {
            out.println(view.gradePrompt(session.current().orElseThrow()));
            out.flush();
            String answer = in.readLine();
            if (answer == null) {
                return false;
            }
            String t = answer.strip();
            Optional<Grade> grade = Grade.parse(t);
            if (grade.isPresent()) {
                try {
                    out.println(view.saved(session.grade(grade.get())));
                    return true;
                } catch (IOException e) {
                    // Not saved: the card stays, and the session can go on or end (q).
                    out.println("Could not save the grade: " + e.getMessage());
                    continue;
                }
            }
            Optional<Boolean> handled = command(t.startsWith(":") ? t : ":" + t, session);
            if (handled.isPresent()) {
                return handled.get();
            }
            out.println("Please answer 1-4 or again/hard/good/easy (or u, s, b, q).");
        }
    }

    /** A ":x" command: empty when the text is not one; else whether the session goes on. */
    private Optional<Boolean> command(String text, QuizSession session) throws IOException {
        switch (text) {
            case ":q", ":quit" -> {
                session.quit();
                return Optional.of(false);
            }
            case ":s", ":skip" -> {
                out.println(session.skip() ? "Skipped; it comes back at the end." : "Nothing to skip to: this is the last card.");
                return Optional.of(true);
            }
            case ":b", ":bury" -> {
                session.bury();
                out.println("Buried until tomorrow.");
                return Optional.of(true);
            }
            case ":u", ":undo" -> {
                out.println(session.undo() ? "Undone; back to the previous card." : "Nothing to undo.");
                return Optional.of(true);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private String line(AttributedString s) {
        return view.styles().line(s);
    }
}
