package sdq.term;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;
import sdq.deck.DeckCard;
import sdq.quiz.AnswerFeedback;
import sdq.quiz.QuizScreen;
import sdq.quiz.QuizScreen.Effect;
import sdq.quiz.QuizScreen.Key;
import sdq.quiz.QuizSession;

/**
 * The quiz in a real terminal: one card at a time on its own screen, single keys to reveal,
 * grade, undo, skip, bury, edit and quit, a line editor for typed answers, long answers that
 * scroll. What a key does is {@link QuizScreen}'s; this draws it and reads the keys. The screen
 * is drawn again on a resize and after Ctrl-Z and {@code fg}; the terminal is restored however
 * the session ends, and while it is suspended.
 */
public final class TerminalQuiz {
    /** Opens the card's deck file in the user's editor; the card as it is after, if still there. */
    public interface Editor {
        Optional<DeckCard> edit(DeckCard card) throws IOException;
    }

    /** How long a lone Esc waits to be sure it starts no arrow key: split sequences are read whole. */
    static final long ESCAPE_WAIT_MS = 150;

    private final Terminal terminal;
    private final QuizView view;
    private final BiFunction<DeckCard, String, AnswerFeedback> feedback;
    private final Editor editor;
    private final boolean typedMode;
    private volatile boolean redraw;
    private volatile boolean interrupted;
    /** The answer editor is open: it redraws itself (and the card) when continued or resized. */
    private volatile boolean typing;
    private Attributes original;
    private QuizScreen screen;

    public TerminalQuiz(Screen screen, QuizView view, BiFunction<DeckCard, String, AnswerFeedback> feedback,
                        Editor editor, boolean typedMode) {
        this.terminal = screen.terminal;
        this.view = view;
        this.feedback = feedback;
        this.editor = editor;
        this.typedMode = typedMode;
    }

    /** The terminal this process runs in, opened; what it is stays inside this package. */
    public static final class Screen {
        private final Terminal terminal;

        Screen(Terminal terminal) {
            this.terminal = terminal;
        }

        Terminal terminal() {
            return terminal;
        }
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
        screen = new QuizScreen(session, typedMode, view::saved);
        original = terminal.enterRawMode();
        Terminal.SignalHandler winch = terminal.handle(Terminal.Signal.WINCH, s -> redraw = true);
        Terminal.SignalHandler intr = terminal.handle(Terminal.Signal.INT, s -> interrupted = true);
        Terminal.SignalHandler tstp = terminal.handle(Terminal.Signal.TSTP, s -> suspend());
        Terminal.SignalHandler cont = terminal.handle(Terminal.Signal.CONT, s -> resume());
        openScreen(terminal);
        try {
            KeyMap<Key> keys = keys();
            KeyReader bindings = new KeyReader(terminal.reader());
            Effect effect = Effect.NONE;
            while (effect != Effect.QUIT && !session.finished() && !interrupted) {
                if (screen.editorDue()) {
                    effect = type();
                    continue;
                }
                draw(false);
                Key key = read(bindings, keys);
                if (key == null) {
                    continue;
                }
                effect = screen.press(key, pageHeight());
                if (effect == Effect.TYPE_ANSWER) {
                    effect = type();
                } else if (effect == Effect.EDIT_CARD) {
                    edit();
                    effect = Effect.NONE;
                }
            }
            if (interrupted) {
                session.quit();
            }
        } finally {
            synchronized (this) {
                closeScreen(terminal);
                terminal.setAttributes(original);
                terminal.handle(Terminal.Signal.WINCH, winch);
                terminal.handle(Terminal.Signal.INT, intr);
                terminal.handle(Terminal.Signal.TSTP, tstp);
                terminal.handle(Terminal.Signal.CONT, cont);
                terminal.flush();
            }
        }
    }

    private static void openScreen(Terminal terminal) {
        terminal.puts(Capability.enter_ca_mode);
        terminal.puts(Capability.keypad_xmit);
        terminal.flush();
    }

    private static void closeScreen(Terminal terminal) {
        terminal.puts(Capability.keypad_local);
        terminal.puts(Capability.exit_ca_mode);
        terminal.flush();
    }

    /**
     * Ctrl-Z: the terminal back as the shell had it, then the process stops; when it goes on
     * ({@code fg}), the terminal is set as it was (single keys, or the line editor's mode) and the
     * screen drawn anew.
     */
    private synchronized void suspend() {
        Attributes now = terminal.getAttributes();
        closeScreen(terminal);
        terminal.setAttributes(original);
        try {
            // Stopped here; kill returns once the shell has continued the process.
            new ProcessBuilder("kill", "-STOP", Long.toString(ProcessHandle.current().pid())).inheritIO().start().waitFor();
        } catch (IOException e) {
            // No kill command: stay running rather than leave the terminal half set.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        terminal.setAttributes(now);
        openScreen(terminal);
        if (!typing) {
            // Drawn here: the quiz may be waiting on a read begun while the terminal was the shell's.
            draw(false);
        }
    }

    /** Continued after a stop sdq did not ask for (kill -STOP, then -CONT): single keys again, drawn anew. */
    private synchronized void resume() {
        if (!typing) {
            terminal.enterRawMode();
            openScreen(terminal);
            draw(false);
        }
    }

    /** Opens the answer editor; what it gave goes to the screen. */
    private Effect type() throws IOException {
        draw(true);
        Attributes raw = terminal.getAttributes();
        terminal.setAttributes(original);
        Optional<String> text;
        typing = true;
        try {
            text = new AnswerEditor(terminal, view.styles(), typedMode, () -> draw(true)).read();
        } finally {
            typing = false;
            terminal.setAttributes(raw);
        }
        Effect effect = screen.typed(text);
        if (effect == Effect.EDIT_CARD) {
            edit();
            return Effect.NONE;
        }
        return effect;
    }

    private void edit() {
        Attributes raw = terminal.getAttributes();
        closeScreen(terminal);
        terminal.setAttributes(original);
        try {
            screen.edited(editor.edit(screen.session().current().orElseThrow()));
        } catch (IOException | RuntimeException e) {
            screen.problem("Could not edit: " + e.getMessage());
        } finally {
            terminal.setAttributes(raw);
            openScreen(terminal);
        }
    }

    /** The next key; null when the screen must be drawn again first (a resize, a resume). */
    private Key read(KeyReader bindings, KeyMap<Key> keys) throws IOException {
        while (true) {
            if (redraw) {
                redraw = false;
                return null;
            }
            if (interrupted) {
                return Key.QUIT;
            }
            // The binding reader's own buffer first: a key read ahead (after Esc) is not lost.
            int c = bindings.peekCharacter(200);
            if (c == NonBlockingReader.EOF) {
                return Key.QUIT;
            }
            if (c >= 0) {
                // Blocking: an Esc waits (a little) to be sure no sequence follows it.
                Key key = bindings.readBinding(keys, null, true);
                if ((key == Key.ESCAPE || key == Key.OTHER || key == null) && bindings.dropSequence()) {
                    // An escape sequence of a key sdq has no use for (F5 is "\033[15~"): all of it is ignored.
                    return Key.OTHER;
                }
                return key == null ? Key.OTHER : key;
            }
        }
    }

    /**
     * JLine's binding reader, which can also drop the rest of an escape sequence that no key of
     * sdq's starts: what it read past the Esc waits in its buffer to be read again as keys, and
     * none of it may count as one ("\033[15~" is F5, not 1).
     */
    private static final class KeyReader extends BindingReader {
        KeyReader(NonBlockingReader reader) {
            super(reader);
        }

        /** After a key that began with Esc: drops the rest of its sequence; false for a lone Esc. */
        boolean dropSequence() {
            String read = getLastBinding() == null ? "" : getLastBinding();
            StringBuilder rest = new StringBuilder(opBuffer);
            if (!read.startsWith("\033")) {
                return false;
            }
            if (read.length() == 1 && rest.length() == 0) {
                int next = peekCharacter(1);
                if (next != '[' && next != 'O') {
                    return false;
                }
                rest.append((char) readCharacter());
            }
            String sequence = read.substring(1) + rest;
            boolean complete = sequence.startsWith("O") ? sequence.length() >= 2
                    : sequence.length() >= 2 && finalByte(sequence.charAt(sequence.length() - 1));
            for (int k = 0; k < 16 && !complete; k++) {
                int c = peekCharacter(5);
                if (c < 0) {
                    break;
                }
                readCharacter();
                complete = sequence.startsWith("O") || finalByte((char) c);
            }
            opBuffer.setLength(0);
            pushBackChar.clear();
            return true;
        }

        private static boolean finalByte(char c) {
            return c >= 0x40 && c <= 0x7E && c != '[';
        }
    }

    private int pageHeight() {
        return Math.max(3, terminal.getHeight() - 5);
    }

    /** Draws the screen; {@code typing}: the card without footer or padding, the editor goes below it. */
    private synchronized void draw(boolean typing) {
        int width = width();
        int textWidth = Math.min(width, 100);
        DeckCard card = screen.session().current().orElseThrow();
        List<AttributedString> body = new ArrayList<>();
        if (screen.help() && !typing) {
            for (String k : QuizView.keys(typedMode, textWidth)) {
                body.addAll(Wrap.lines(new AttributedString(k, view.styles().accent()), textWidth));
            }
            body.add(AttributedString.EMPTY);
        }
        body.addAll(view.question(card, textWidth));
        if (screen.session().side() == QuizSession.Side.ANSWER) {
            body.add(AttributedString.EMPTY);
            body.add(new AttributedString("─".repeat(Math.min(textWidth, 40)), view.styles().dim()));
            if (screen.typed().isBlank()) {
                body.addAll(view.answer(card, textWidth));
            } else {
                // The typed answer first, then the model answer, the key points marked in both.
                AnswerFeedback measured = feedback.apply(card, screen.typed());
                body.addAll(view.feedback(measured, screen.typed(), textWidth));
                body.add(AttributedString.EMPTY);
                body.add(new AttributedString("Model answer:", view.styles().bold()));
                body.addAll(view.answer(card, measured, textWidth));
            }
        }
        PrintWriter out = terminal.writer();
        terminal.puts(Capability.clear_screen);
        out.println(view.styles().line(view.header(screen.session(), card, width)));
        out.println();
        if (typing) {
            // Room for the editor below: the top of a long question gives way, never the header.
            int room = Math.max(3, terminal.getHeight() - 2 - 4);
            List<AttributedString> shown = body.size() > room ? body.subList(0, room) : body;
            shown.forEach(line -> out.println(view.styles().line(Wrap.truncate(line, width))));
            out.flush();
            return;
        }
        List<AttributedString> status = screen.status().isEmpty() ? List.of()
                : Wrap.lines(new AttributedString(SafeText.clean(screen.status()), view.styles().bold()), width);
        int height = Math.max(3, terminal.getHeight() - 3 - Math.max(1, status.size()));
        screen.fitScroll(body.size(), height);
        List<AttributedString> visible = body.subList(screen.scroll(), Math.min(body.size(), screen.scroll() + height));
        for (AttributedString line : visible) {
            out.println(view.styles().line(Wrap.truncate(line, width)));
        }
        for (int i = visible.size(); i < height; i++) {
            out.println();
        }
        boolean more = screen.scroll() + height < body.size();
        out.println(view.styles().line(view.footer(screen.session().side(), screen.session().current(), more, width)));
        for (int i = 0; i < status.size(); i++) {
            String line = view.styles().line(status.get(i));
            if (i < status.size() - 1) {
                out.println(line);
            } else {
                out.print(line);
            }
        }
        out.flush();
    }

    private KeyMap<Key> keys() {
        KeyMap<Key> keys = new KeyMap<>();
        keys.bind(Key.REVEAL, "\r", "\n", " ");
        keys.bind(Key.TYPE, "a");
        keys.bind(Key.AGAIN, "1");
        keys.bind(Key.HARD, "2");
        keys.bind(Key.GOOD, "3");
        keys.bind(Key.EASY, "4");
        keys.bind(Key.UNDO, "u");
        keys.bind(Key.SKIP, "s");
        keys.bind(Key.BURY, "b");
        keys.bind(Key.EDIT, "e");
        keys.bind(Key.HELP, "?", "h");
        keys.bind(Key.ESCAPE, "\033");
        keys.bind(Key.QUIT, "q", KeyMap.ctrl('C'), KeyMap.ctrl('D'));
        keys.bind(Key.UP, "k", "\033[A", "\033OA");
        keys.bind(Key.DOWN, "j", "\033[B", "\033OB");
        keys.bind(Key.PAGE_UP, "\033[5~");
        keys.bind(Key.PAGE_DOWN, "f", "\033[6~");
        bindCapability(keys, Key.UP, Capability.key_up);
        bindCapability(keys, Key.DOWN, Capability.key_down);
        bindCapability(keys, Key.PAGE_UP, Capability.key_ppage);
        bindCapability(keys, Key.PAGE_DOWN, Capability.key_npage);
        keys.setNomatch(Key.OTHER);
        keys.setUnicode(Key.OTHER);
        keys.setAmbiguousTimeout(ESCAPE_WAIT_MS);
        return keys;
    }

    /** Binds the key the terminal sends for a capability, when it has one. */
    private void bindCapability(KeyMap<Key> keys, Key key, Capability capability) {
        String sequence = KeyMap.key(terminal, capability);
        if (sequence != null && !sequence.isEmpty()) {
            keys.bind(key, sequence);
        }
    }
}
