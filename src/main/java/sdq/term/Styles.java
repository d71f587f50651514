package sdq.term;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** The few styles sdq uses, or none at all when colour is off. */
public final class Styles {
    private final boolean color;

    public Styles(boolean color) {
        this.color = color;
    }

    public boolean color() {
        return color;
    }

    AttributedStyle plain() {
        return AttributedStyle.DEFAULT;
    }

    AttributedStyle bold() {
        return color ? AttributedStyle.BOLD : AttributedStyle.DEFAULT;
    }

    AttributedStyle italic() {
        return color ? AttributedStyle.DEFAULT.italic() : AttributedStyle.DEFAULT;
    }

    AttributedStyle code() {
        return color ? AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN) : AttributedStyle.DEFAULT;
    }

    AttributedStyle heading() {
        return color ? AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW) : AttributedStyle.DEFAULT;
    }

    AttributedStyle dim() {
        return color ? AttributedStyle.DEFAULT.faint() : AttributedStyle.DEFAULT;
    }

    AttributedStyle link() {
        return color ? AttributedStyle.DEFAULT.underline().foreground(AttributedStyle.BLUE) : AttributedStyle.DEFAULT;
    }

    AttributedStyle accent() {
        return color ? AttributedStyle.BOLD.foreground(AttributedStyle.GREEN) : AttributedStyle.DEFAULT;
    }

    /**
     * The line as the terminal should receive it: its text made safe (nothing from a card reaches
     * the terminal as a control sequence), with escape sequences of sdq's own only when colour is on.
     */
    String line(AttributedString line) {
        AttributedString safe = SafeText.clean(line);
        return color ? safe.toAnsi() : safe.toString();
    }
}
