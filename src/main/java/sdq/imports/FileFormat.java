package sdq.imports;

import java.util.Locale;

/** What a file holds: notes, or cards from another tool. */
public enum FileFormat {
    AUTO("detected"), NOTES("notes"), CSV("CSV"), TSV("TSV"), ANKI("Anki text"), YAML("YAML cards"),
    JSON("JSON cards"), MD("sdq study sheet");

    private final String shown;

    FileFormat(String shown) {
        this.shown = shown;
    }

    /** The format as a report names it: "Anki text". */
    public String shown() {
        return shown;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
