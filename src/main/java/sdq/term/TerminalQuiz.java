package sdq.term;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;
import sdq.deck.DeckCard;
import sdq.quiz.AnswerFeedback;
import sdq.quiz.QuizSession;
import sdq.schedule.Grade;

/**
 * The quiz in a real terminal: one card at a time on its own screen, single keys to reveal,
 * grade, undo, skip, bury, edit and quit, a line editor for typed answers, long answers that
 * scroll, and a redraw when the terminal is resized. The terminal is restored however the
 * session ends.
 */
public final class TerminalQuiz {
    /** Opens the card's deck file in the user's editor; the card as it is after, if still there. */
    public interface Editor {
        Optional<DeckCard> edit(DeckCard card) throws IOException;
    }

    private enum Action { REVEAL, TYPE, AGAIN, HARD, GOOD, EASY, UNDO, SKIP, BURY, EDIT, HELP, QUIT, UP, DOWN,
        PAGE_UP, PAGE_DOWN, IGNORE }

    private final Terminal terminal;
    private final QuizView view;
    private final BiFunction<String, String, AnswerFeedback> feedback;
    private final Editor editor;
    private final boolean typedMode;
    private volatile boolean resized;
    private volatile boolean interrupted;
    private String status = "";
    private String typed = "";
    private int scroll;
    private boolean help;

    public TerminalQuiz(Terminal terminal, QuizView view, BiFunction<String, String, AnswerFeedback> feedback,
                        Editor editor, boolean typedMode) {
        this.terminal = terminal;
        this.view = view;
        this.feedback = feedback;
        this.editor = editor;
        this.typedMode = typedMode;
    }

    /** The terminal this process runs in, or why it could not be opened. */
    public record Screen(Terminal terminal) {
    }

    /** Opens the terminal this process runs in; failures surface when the terminal is used. */
    public static Screen openScreen() {
        try {
            return new Screen(TerminalBuilder.builder().system(true).build());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot open the terminal: " + e.getMessage(), e);
        }
    }

    /** The terminal's width now. */
    public int width() {
        return Math.max(20, terminal.getWidth());
    }

    public void run(QuizSession session) throws IOException {
        Attributes original = terminal.enterRawMode();
        Terminal.SignalHandler winch = terminal.handle(Terminal.Signal.WINCH, s -> resized = true);
        Terminal.SignalHandler intr = terminal.handle(Terminal.Signal.INT, s -> interrupted = true);
        terminal.puts(Capability.enter_ca_mode);
        terminal.puts(Capability.keypad_xmit);
        try {
            KeyMap<Action> keys = keys();
            BindingReader bindings = new BindingReader(terminal.reader());
            DeckCard shown = null;
            while (!session.finished() && !interrupted) {
                DeckCard card = session.current().orElseThrow();
                if (card != shown) {
                    typed = "";
                    scroll = 0;
                    shown = card;
                    if (typedMode && session.side() == QuizSession.Side.QUESTION) {
                        draw(session);
                        if (!type(session, original)) {
                            break;
                        }
                        shown = session.current().orElse(null);
                        continue;
                    }
                }
                draw(session);
                Action action = read(bindings, keys, session);
                if (action == null) {
                    continue;
                }
                if (!act(action, session, original)) {
                    break;
                }
            }
        } finally {
            terminal.puts(Capability.keypad_local);
            terminal.puts(Capability.exit_ca_mode);
            terminal.setAttributes(original);
            terminal.handle(Terminal.Signal.WINCH, winch);
            terminal.handle(Terminal.Signal.INT, intr);
            terminal.flush();
        }
    }

    /** Does what a key asks; false when the session should end. */
    private boolean act(Action action, QuizSession session, Attributes original) throws IOException {
        boolean answer = session.side() == QuizSession.Side.ANSWER;
        help = action == Action.HELP && !help;
        switch (action) {
            case QUIT -> {
                session.quit();
                return false;
            }
            case REVEAL -> {
                if (answer) {
                    grade(session, Grade.GOOD);
                } else {
                    session.reveal();
                    status = "";
                }
            }
            case TYPE -> {
                if (!answer) {
                    return type(session, original);
                }
            }
            case AGAIN, HARD, GOOD, EASY -> {
                if (answer) {
                    grade(session, Grade.values()[action.ordinal() - Action.AGAIN.ordinal()]);
                } else {
                    status = "Show the answer first (Enter or Space), then grade.";
                }
            }
            case UNDO -> status = session.undo() ? "Undone: back to the card before." : "Nothing to undo.";
            case SKIP -> {
                session.skip();
                status = "Skipped; it comes back at the end.";
            }
            case BURY -> {
                session.bury();
                status = "Buried until tomorrow.";
            }
            case EDIT -> edit(session, original);
            case UP -> scroll = Math.max(0, scroll - 1);
            case DOWN -> scroll++;
            case PAGE_UP -> scroll = Math.max(0, scroll - pageHeight());
            case PAGE_DOWN -> scroll += pageHeight();
            default -> { }
        }
        return true;
    }

    private void grade(QuizSession session, Grade grade) {
        try {
            status = view.saved(session.grade(grade));
        } catch (IOException e) {
            status = "Could not save the grade: " + e.getMessage() + ". Nothing was lost; grade again or quit.";
        }
    }

    /**
     * Reads a typed answer with the line editor, line by line until an empty line. In typed mode
     * a line ":u", ":s", ":b", ":e" or ":q" is a command instead. False when the session ends.
     */
    private boolean type(QuizSession session, Attributes original) throws IOException {
        Attributes raw = terminal.getAttributes();
        terminal.setAttributes(original);
        List<String> lines = new ArrayList<>();
        try {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("sdq")
                    .variable(LineReader.HISTORY_SIZE, 200).build();
            terminal.writer().println();
            terminal.writer().println(view.styles().line(new AttributedString(
                    "Type your answer; an empty line submits it" + (typedMode ? " (:u undo, :s skip, :b bury, :e edit, :q quit)"
                            : "") + ".", view.styles().dim())));
            while (true) {
                String line = reader.readLine(lines.isEmpty() ? "> " : ". ");
                if (typedMode && lines.isEmpty() && line.strip().startsWith(":")) {
                    terminal.setAttributes(raw);
                    return command(line.strip(), session, original);
                }
                if (line.isBlank()) {
                    break;
                }
                lines.add(line);
            }
        } catch (UserInterruptException | EndOfFileException e) {
            session.quit();
            return false;
        } finally {
            terminal.setAttributes(raw);
        }
        typed = String.join("\n", lines);
        session.reveal();
        status = "";
        return true;
    }

    private boolean command(String text, QuizSession session, Attributes original) throws IOException {
        Action action = switch (text) {
            case ":u" -> Action.UNDO;
            case ":s" -> Action.SKIP;
            case ":b" -> Action.BURY;
            case ":e" -> Action.EDIT;
            case ":q" -> Action.QUIT;
            default -> Action.IGNORE;
        };
        if (action == Action.IGNORE) {
            status = "Unknown command " + text + "; :u, :s, :b, :e or :q.";
            return true;
        }
        return act(action, session, original);
    }

    private void edit(QuizSession session, Attributes original) throws IOException {
        Attributes raw = terminal.getAttributes();
        terminal.puts(Capability.exit_ca_mode);
        terminal.setAttributes(original);
        terminal.flush();
        try {
            Optional<DeckCard> edited = editor.edit(session.current().orElseThrow());
            if (edited.isPresent()) {
                session.replaceCurrent(edited.get());
                status = "Reloaded the card from its deck file.";
            } else {
                status = "The card is no longer in its deck file; its progress is kept.";
            }
        } catch (IOException | RuntimeException e) {
            status = "Could not edit: " + e.getMessage();
        } finally {
            terminal.setAttributes(raw);
            terminal.puts(Capability.enter_ca_mode);
            terminal.puts(Capability.keypad_xmit);
        }
    }

    private Action read(BindingReader bindings, KeyMap<Action> keys, QuizSession session) throws IOException {
        NonBlockingReader reader = terminal.reader();
        while (true) {
            if (resized) {
                resized = false;
                return null;
            }
            if (interrupted) {
                return Action.QUIT;
            }
            int c = reader.peek(200);
            if (c == NonBlockingReader.EOF) {
                return Action.QUIT;
            }
            if (c >= 0) {
                Action action = bindings.readBinding(keys, null, false);
                return action == null ? Action.IGNORE : action;
            }
        }
    }

    private int pageHeight() {
        return Math.max(3, terminal.getHeight() - 5);
    }

    private void draw(QuizSession session) {
        int width = Math.min(width(), 100);
        DeckCard card = session.current().orElseThrow();
        List<AttributedString> body = new ArrayList<>();
        if (help) {
            QuizView.keys(typedMode).forEach(k -> body.add(new AttributedString(k, view.styles().accent())));
            body.add(AttributedString.EMPTY);
        }
        body.addAll(view.question(card, width));
        if (session.side() == QuizSession.Side.ANSWER) {
            body.add(AttributedString.EMPTY);
            body.add(new AttributedString("─".repeat(Math.min(width, 40)), view.styles().dim()));
            if (!typed.isBlank()) {
                body.addAll(view.feedback(feedback.apply(card.card().answer(), typed), width));
                body.add(AttributedString.EMPTY);
            }
            body.addAll(view.answer(card, width));
        }
        int height = pageHeight();
        scroll = Math.max(0, Math.min(scroll, body.size() - height));
        PrintWriter out = terminal.writer();
        terminal.puts(Capability.clear_screen);
        out.println(view.styles().line(Wrap.truncate(view.header(session, card), width())));
        out.println();
        List<AttributedString> visible = body.subList(scroll, Math.min(body.size(), scroll + height));
        for (AttributedString line : visible) {
            out.println(view.styles().line(Wrap.truncate(line, width())));
        }
        for (int i = visible.size(); i < height; i++) {
            out.println();
        }
        boolean more = scroll + height < body.size();
        String keys = session.side() == QuizSession.Side.QUESTION
                ? "Enter show answer · a type answer · s skip · b bury · u undo · e edit · ? keys · q quit"
                : "1 again · 2 hard · 3 good · 4 easy (Space/Enter good) · u undo · s skip · ? keys · q quit";
        AttributedStringBuilder footer = new AttributedStringBuilder();
        if (more) {
            footer.style(view.styles().accent()).append("↓ more (j, PgDn)  ");
        }
        footer.style(view.styles().dim()).append(keys);
        out.println(view.styles().line(Wrap.truncate(footer.toAttributedString(), width())));
        out.print(view.styles().line(Wrap.truncate(new AttributedString(SafeText.clean(status), view.styles().bold()), width())));
        out.flush();
    }

    private KeyMap<Action> keys() {
        KeyMap<Action> keys = new KeyMap<>();
        keys.bind(Action.REVEAL, "\r", "\n", " ");
        keys.bind(Action.TYPE, "a");
        keys.bind(Action.AGAIN, "1");
        keys.bind(Action.HARD, "2");
        keys.bind(Action.GOOD, "3");
        keys.bind(Action.EASY, "4");
        keys.bind(Action.UNDO, "u");
        keys.bind(Action.SKIP, "s");
        keys.bind(Action.BURY, "b");
        keys.bind(Action.EDIT, "e");
        keys.bind(Action.HELP, "?", "h");
        keys.bind(Action.QUIT, "q", KeyMap.ctrl('C'), KeyMap.ctrl('D'));
        keys.bind(Action.UP, "k", "\033[A", "\033OA");
        keys.bind(Action.DOWN, "j", "\033[B", "\033OB");
        keys.bind(Action.PAGE_UP, "\033[5~");
        keys.bind(Action.PAGE_DOWN, "f", "\033[6~");
        bindCapability(keys, Action.UP, Capability.key_up);
        bindCapability(keys, Action.DOWN, Capability.key_down);
        bindCapability(keys, Action.PAGE_UP, Capability.key_ppage);
        bindCapability(keys, Action.PAGE_DOWN, Capability.key_npage);
        keys.setNomatch(Action.IGNORE);
        keys.setUnicode(Action.IGNORE);
        keys.setAmbiguousTimeout(50);
        return keys;
    }

    /** Binds the key the terminal sends for a capability, when it has one. */
    private void bindCapability(KeyMap<Action> keys, Action action, Capability capability) {
        String sequence = KeyMap.key(terminal, capability);
        if (sequence != null && !sequence.isEmpty()) {
            keys.bind(action, sequence);
        }
    }
}
