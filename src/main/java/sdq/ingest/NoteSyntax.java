package sdq.ingest;

import java.util.Optional;
import sdq.ingest.tools.Dialect;

/**
 * The syntax notes are written in: a document syntax, or Markdown with another tool's cards in
 * it. Detected from a file's name and text, or named by the user ({@code --format obsidian}).
 */
public enum NoteSyntax {
    MARKDOWN, PLAIN, HTML, ORG, ASCIIDOC, RST, WEB_PAGE,
    OBSIDIAN(Dialect.OBSIDIAN_SR), LOGSEQ(Dialect.LOGSEQ), REMNOTE(Dialect.REMNOTE), NEURACACHE(Dialect.NEURACACHE);

    private final Optional<Dialect> dialect;

    NoteSyntax() {
        this.dialect = Optional.empty();
    }

    NoteSyntax(Dialect dialect) {
        this.dialect = Optional.of(dialect);
    }

    /** The tool whose cards a Markdown file in this syntax holds, if it is one. */
    public Optional<Dialect> dialect() {
        return dialect;
    }
}
