package sdq.term;

import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * Whether standard output is a terminal, how wide it is, whether standard input is a terminal
 * too (so the quiz can read single keys), and whether standard error is one (so a progress line
 * can be drawn there).
 */
public record Screen(boolean isTerminal, int width, boolean inputIsTerminal, boolean errorIsTerminal) {
    /** Width used when output is not a terminal and nobody said otherwise: no wrapping at all. */
    public static final int UNLIMITED = Integer.MAX_VALUE / 4;

    /** A screen whose standard error is not a terminal. */
    public Screen(boolean isTerminal, int width, boolean inputIsTerminal) {
        this(isTerminal, width, inputIsTerminal, false);
    }

    public static Screen notATerminal() {
        return new Screen(false, UNLIMITED, false);
    }

    /** Both standard input and output are terminals: the quiz can take over the screen. */
    public boolean interactive() {
        return isTerminal && inputIsTerminal;
    }

    /** What standard output of this process is, asked of the operating system through JLine. */
    public static Screen ofStandardOutput() {
        for (String name : new String[] {"jni", "exec"}) {
            try {
                TerminalProvider provider = TerminalProvider.load(name);
                boolean input = provider.isSystemStream(SystemStream.Input);
                boolean error = provider.isSystemStream(SystemStream.Error);
                if (!provider.isSystemStream(SystemStream.Output)) {
                    return new Screen(false, UNLIMITED, input, error);
                }
                int width = provider.systemStreamWidth(SystemStream.Output);
                return new Screen(true, width > 0 ? width : 80, input, error);
            } catch (Throwable e) {
                // This provider is unavailable here (no native library, no stty); try the next.
            }
        }
        return System.console() != null ? new Screen(true, 80, true) : notATerminal();
    }
}
