package sdq.term;

import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/** Whether standard output is a terminal, and how wide it is. */
public record Screen(boolean isTerminal, int width) {
    /** Width used when output is not a terminal and nobody said otherwise: no wrapping at all. */
    public static final int UNLIMITED = Integer.MAX_VALUE / 4;

    public static Screen notATerminal() {
        return new Screen(false, UNLIMITED);
    }

    /** What standard output of this process is, asked of the operating system through JLine. */
    public static Screen ofStandardOutput() {
        for (String name : new String[] {"jni", "exec"}) {
            try {
                TerminalProvider provider = TerminalProvider.load(name);
                if (!provider.isSystemStream(SystemStream.Output)) {
                    return notATerminal();
                }
                int width = provider.systemStreamWidth(SystemStream.Output);
                return new Screen(true, width > 0 ? width : 80);
            } catch (Throwable e) {
                // This provider is unavailable here (no native library, no stty); try the next.
            }
        }
        return System.console() != null ? new Screen(true, 80) : notATerminal();
    }
}
