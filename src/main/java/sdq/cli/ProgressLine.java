package sdq.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import sdq.imports.ImportProgress;

/**
 * "reading files: 1200/5000" on one line of standard error, redrawn in place, for an import
 * that takes a while: nothing for the first half second (a small import shows none), then at
 * most ten times a second; {@link #clear()} rubs it out before the summary is printed.
 */
final class ProgressLine implements ImportProgress {
    private static final long QUIET_NANOS = 500_000_000L;
    private static final long EVERY_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final LongSupplier nanos;
    private final long start;
    private long drawn;
    private int width;

    ProgressLine(PrintWriter err, LongSupplier nanos) {
        this.err = err;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
    }

    @Override
    public synchronized void filesRead(int done, int total) {
        long now = nanos.getAsLong();
        if (now - start < QUIET_NANOS || width > 0 && now - drawn < EVERY_NANOS && done < total) {
            return;
        }
        drawn = now;
        String line = "reading files: " + done + "/" + total;
        width = Math.max(width, line.length());
        err.print("\r" + line);
        err.flush();
    }

    /** Rubs the line out, if one was drawn. */
    synchronized void clear() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
