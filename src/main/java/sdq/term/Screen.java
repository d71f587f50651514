package sdq.term;

import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * Whether standard output is a terminal, how wide it is, and whether standard input is a
 * terminal too (so the quiz can read single keys).
 */
public record Screen(boolean isTerminal, int width, boolean inputIsTerminal) {
    /** Width used when output is not a terminal and nobody said otherwise: no wrapping at all. */
    public static final int UNLIMITED = Integer.MAX_VALUE / 4;

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
                if (!provider.isSystemStream(SystemStream.Output)) {
                    return new Screen(false, UNLIMITED, input);
                }
                int width = provider.systemStreamWidth(SystemStream.Output);
                return new Screen(true, width > 0 ? width : 80, input);
            } catch (Throwable e) {
                // This provider is unavailable here (no native library, no stty); try the next.
            }
        }
        return System.console() != null ? new Screen(true, 80, true) : notATerminal();
    }
}
