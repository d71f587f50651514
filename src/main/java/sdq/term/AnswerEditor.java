package sdq.term;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

/**
 * The editor a typed answer is written in, under the card: line by line until an empty line.
 * Esc, Ctrl-C and Ctrl-D give the answer up (back to the question), never the session. A resize,
 * or {@code fg} after Ctrl-Z, draws the card again above the lines typed so far.
 */
final class AnswerEditor {
    private static final String CANCEL = "sdq-cancel";

    private final Terminal terminal;
    private final Styles styles;
    private final boolean typedMode;
    private final Runnable redrawCard;

    AnswerEditor(Terminal terminal, Styles styles, boolean typedMode, Runnable redrawCard) {
        this.terminal = terminal;
        this.styles = styles;
        this.typedMode = typedMode;
        this.redrawCard = redrawCard;
    }

    /** The answer typed (lines joined), or empty when it was given up. */
    Optional<String> read() throws IOException {
        List<String> lines = new ArrayList<>();
        boolean[] cancelled = new boolean[1];
        // The variables go in at once: the key maps take their Esc wait when they are made.
        java.util.Map<String, Object> variables = new java.util.HashMap<>();
        variables.put(LineReader.AMBIGUOUS_BINDING, TerminalQuiz.ESCAPE_WAIT_MS);
        variables.put(LineReader.HISTORY_SIZE, 200);
        LineReaderImpl reader = new LineReaderImpl(terminal, "sdq", variables) {
            @Override
            protected synchronized void handleSignal(Terminal.Signal signal) {
                if (signal == Terminal.Signal.WINCH || signal == Terminal.Signal.CONT) {
                    redrawCard.run();
                    instructions();
                    for (int k = 0; k < lines.size(); k++) {
                        terminal.writer().println((k == 0 ? "> " : ". ") + lines.get(k));
                    }
                    terminal.flush();
                }
                super.handleSignal(signal);
            }
        };
        reader.getWidgets().put(CANCEL, () -> {
            cancelled[0] = true;
            reader.getBuffer().clear();
            reader.callWidget(LineReader.ACCEPT_LINE);
            return true;
        });
        KeyMap<org.jline.reader.Binding> emacs = reader.getKeyMaps().get(LineReader.EMACS);
        emacs.bind(new Reference(CANCEL), KeyMap.esc());
        emacs.setAmbiguousTimeout(TerminalQuiz.ESCAPE_WAIT_MS);
        instructions();
        try {
            while (true) {
                String line = reader.readLine(lines.isEmpty() ? "> " : ". ");
                if (cancelled[0]) {
                    return Optional.empty();
                }
                if (line.isBlank()) {
                    break;
                }
                lines.add(line);
                if (typedMode && lines.size() == 1 && line.strip().startsWith(":")) {
                    break;
                }
            }
        } catch (UserInterruptException | EndOfFileException e) {
            return Optional.empty();
        }
        return lines.isEmpty() ? Optional.of("") : Optional.of(String.join("\n", lines));
    }

    private void instructions() {
        terminal.writer().println(styles.line(new AttributedString(
                "Type your answer; an empty line submits it, Esc goes back.", styles.dim())));
        if (typedMode) {
            terminal.writer().println(styles.line(new AttributedString(
                    "Or a command: :u undo · :s skip · :b bury · :e edit · :q quit", styles.dim())));
        }
        terminal.flush();
    }
}
