package sdq.store;

import java.io.IOException;
import java.nio.file.Path;

/** Another sdq session holds the state directory's lock. */
public final class StateBusyException extends IOException {
    private final String pid;

    public StateBusyException(Path home, String pid) {
        super("Another sdq session (pid " + pid + ") is using " + home + "; finish or quit it, then try again."
                + " Commands that only read (list, show, topics, stats) still work.");
        this.pid = pid;
    }

    public String pid() {
        return pid;
    }
}
