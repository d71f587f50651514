package sdq.cli;

/** The exit codes of DESIGN.md. */
final class ExitCode {
    static final int OK = 0;
    /** Something failed while running: I/O, a corrupt state. */
    static final int FAILURE = 1;
    /** Bad input from the user: an unknown option, topic or deck, a malformed file. */
    static final int BAD_INPUT = 2;

    private ExitCode() {
    }
}
