package sdq.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The state directory, where progress lives: {@code --home DIR}, else {@code $SDQ_HOME}, else
 * {@code $XDG_DATA_HOME/sdq}, else {@code ~/.local/share/sdq}.
 */
public final class StateHome {
    private StateHome() {
    }

    public static Path resolve(Optional<Path> option, Optional<String> sdqHome, Optional<String> xdgDataHome,
                               Optional<String> home, Path workingDir) {
        if (option.isPresent()) {
            return workingDir.resolve(option.get()).normalize();
        }
        if (sdqHome.isPresent() && !sdqHome.get().isBlank()) {
            return workingDir.resolve(sdqHome.get()).normalize();
        }
        if (xdgDataHome.isPresent() && !xdgDataHome.get().isBlank()) {
            return Path.of(xdgDataHome.get()).resolve("sdq");
        }
        String user = home.filter(h -> !h.isBlank()).orElse(System.getProperty("user.home"));
        return Path.of(user, ".local", "share", "sdq");
    }

    /**
     * The user's deck library, beside the state: {@code $SDQ_HOME/decks}, else
     * {@code $XDG_DATA_HOME/sdq/decks}, else {@code ~/.local/share/sdq/decks}.
     */
    public static Path library(Optional<String> sdqHome, Optional<String> xdgDataHome, Optional<String> home,
                               Path workingDir) {
        return resolve(Optional.empty(), sdqHome, xdgDataHome, home, workingDir).resolve("decks");
    }
}
