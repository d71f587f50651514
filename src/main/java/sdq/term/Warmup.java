package sdq.term;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Work that a command will need and that does not depend on its arguments, started on another
 * core while the command line is still being parsed: finding out what standard output is
 * (which loads JLine's native library), opening the terminal for the quiz, and the Markdown
 * parser's set-up. Start-up time is most of what a user waits for in {@code sdq quiz}.
 */
public final class Warmup {
    private final CompletableFuture<Screen> screen;
    private final CompletableFuture<Optional<TerminalQuiz.Screen>> terminal;

    private Warmup(boolean quiz) {
        this.screen = CompletableFuture.supplyAsync(Screen::ofStandardOutput);
        this.terminal = screen.thenApplyAsync(s -> {
            if (!quiz || !s.interactive()) {
                return Optional.empty();
            }
            MarkdownView.warmUp();
            return Optional.of(TerminalQuiz.openScreen());
        });
    }

    /** Starts the work; {@code quiz} when the command is the quiz, which needs the terminal. */
    public static Warmup start(boolean quiz) {
        return new Warmup(quiz);
    }

    public Screen screen() {
        return screen.join();
    }

    /** The terminal being opened ahead: present when the command is the quiz in a terminal. */
    public CompletableFuture<Optional<TerminalQuiz.Screen>> terminal() {
        return terminal;
    }
}
