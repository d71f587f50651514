package sdq.imports;

import java.util.Locale;
import java.util.Optional;
import sdq.ingest.NoteSyntax;

/**
 * What a file holds: notes (in a syntax detected or named), or cards in a flashcard file format.
 * Each constant is a word {@code sdq import --format} takes.
 */
public enum FileFormat {
    AUTO("detected"), NOTES("notes"), CSV("CSV"), TSV("TSV"), ANKI("Anki text"), QUIZLET("Quizlet export"),
    YAML("YAML cards"), JSON("JSON cards"), MD("sdq study sheet"), APKG("Anki package"),
    MARKDOWN("Markdown notes", NoteSyntax.MARKDOWN), PLAIN("plain-text notes", NoteSyntax.PLAIN),
    HTML("HTML notes", NoteSyntax.HTML), WEB("web page saved as text", NoteSyntax.WEB_PAGE),
    ORG("org notes", NoteSyntax.ORG), ASCIIDOC("AsciiDoc notes", NoteSyntax.ASCIIDOC),
    RST("reStructuredText notes", NoteSyntax.RST), OBSIDIAN("Obsidian SR", NoteSyntax.OBSIDIAN),
    LOGSEQ("Logseq", NoteSyntax.LOGSEQ), REMNOTE("RemNote", NoteSyntax.REMNOTE),
    NEURACACHE("NeuraCache", NoteSyntax.NEURACACHE), HASHCARDS("hashcards", NoteSyntax.MARKDOWN),
    MOCHI("Mochi", NoteSyntax.MARKDOWN);

    private final String shown;
    private final Optional<NoteSyntax> syntax;

    FileFormat(String shown) {
        this(shown, null);
    }

    FileFormat(String shown, NoteSyntax syntax) {
        this.shown = shown;
        this.syntax = Optional.ofNullable(syntax);
    }

    /** The format as a report names it: "Anki text". */
    public String shown() {
        return shown;
    }

    /** Whether the file is notes, read by the note reader (in {@link #syntax()}, when named). */
    public boolean notes() {
        return this == NOTES || syntax.isPresent();
    }

    /** The syntax notes in this format are written in; empty when it is detected. */
    public Optional<NoteSyntax> syntax() {
        return syntax;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
