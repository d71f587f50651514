package sdq.ingest.doc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A notes file read into blocks.
 *
 * @param syntax what it was read as ("Markdown", "org", ...)
 * @param title  the title the document gives itself, if it does (front matter, {@code #+TITLE:}, ...)
 * @param blocks its blocks, in order
 * @param source the blocks' Markdown is the source itself: blocks on adjacent lines were written so
 */
public record Document(String syntax, Optional<String> title, List<Block> blocks, boolean source) {
    public Document {
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    /** A document whose blocks' Markdown a front end wrote. */
    public Document(String syntax, Optional<String> title, List<Block> blocks) {
        this(syntax, title, blocks, false);
    }
}
