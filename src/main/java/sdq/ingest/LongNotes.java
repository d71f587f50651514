package sdq.ingest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import sdq.ingest.cards.CardFinder;
import sdq.ingest.cards.Found;
import sdq.ingest.doc.Document;
import sdq.ingest.doc.MarkdownNotes;
import sdq.ingest.tools.Dialect;
import sdq.ingest.tools.ToolNotes;

/**
 * A notes file too long to read as one document ({@link Sections#READ_WHOLE} and more), read a
 * piece at a time when its syntax is one whose structure is lines (Markdown, with or without
 * other tools' cards, plain text, org, AsciiDoc, reStructuredText), and HTML cut before its
 * top headings, each piece a page of its own: each piece's document is let go before the next,
 * so memory grows with the cards, not with the file; a web page saved as text is cut before a
 * line that asks.
 */
final class LongNotes {
    private LongNotes() {
    }

    /**
     * How each piece of a long file is read: in {@code syntax}; for Markdown, with the cards of
     * the tools whose syntax the file shows anywhere ({@code dialects}).
     */
    record Reading(NoteSyntax syntax, Set<Dialect> dialects) {
        Document document(String piece) {
            if (syntax == NoteSyntax.MARKDOWN) {
                return dialects.isEmpty() && !ToolNotes.holdsCards(piece, dialects) ? MarkdownNotes.read(piece)
                        : ToolNotes.read(piece, dialects);
            }
            return NoteReader.document(syntax, piece);
        }

        /** The headings a piece starts before, when one comes. */
        Sections.Headings headings() {
            return switch (syntax) {
                case ORG -> Sections.Headings.ORG;
                case ASCIIDOC -> Sections.Headings.ASCIIDOC;
                case RST -> Sections.Headings.NONE;
                case HTML -> Sections.Headings.HTML;
                case WEB_PAGE -> Sections.Headings.WEB_PAGE;
                default -> Sections.Headings.MARKDOWN;
            };
        }
    }

    /**
     * How a long file is read piece by piece, or nothing when it is to be read whole; {@code
     * texts} go through the file (more than once), the first of them its start.
     */
    static Optional<Reading> reading(String name, Optional<NoteSyntax> named, Iterable<String> texts) {
        NoteSyntax syntax = named.orElseGet(() -> byName(name).orElseGet(() -> Syntaxes.ofText(texts.iterator().next())));
        if (syntax != NoteSyntax.MARKDOWN) {
            return Optional.of(new Reading(syntax, Set.of()));
        }
        Set<Dialect> dialects = EnumSet.noneOf(Dialect.class);
        for (String text : texts) {
            dialects.addAll(Dialect.of(text));
        }
        return Optional.of(new Reading(syntax, dialects));
    }

    /** The syntax a file's name says, when it says one. */
    private static Optional<NoteSyntax> byName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".mdown") || lower.endsWith(".mkd")) {
            return Optional.of(NoteSyntax.MARKDOWN);
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return Optional.of(NoteSyntax.HTML);
        }
        if (lower.endsWith(".org")) {
            return Optional.of(NoteSyntax.ORG);
        }
        if (lower.endsWith(".adoc") || lower.endsWith(".asciidoc") || lower.endsWith(".asc")) {
            return Optional.of(NoteSyntax.ASCIIDOC);
        }
        if (lower.endsWith(".rst") || lower.endsWith(".rest")) {
            return Optional.of(NoteSyntax.RST);
        }
        return Optional.empty();
    }

    /**
     * Reads the pieces one after another, each card's lines counted from the file's start;
     * {@code repaired[0]} is read once the pieces are, as the parts count into it.
     */
    static ReadNote read(String name, Iterator<Sections.Piece> pieces, Reading reading, String encoding,
                         int[] repaired) {
        List<Draft> drafts = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        List<Skip> inAnswers = new ArrayList<>();
        Set<String> rules = new LinkedHashSet<>();
        String title = null;
        String syntaxName = null;
        while (pieces.hasNext()) {
            Sections.Piece piece = pieces.next();
            String pieceText = piece.text();
            Document document = reading.document(pieceText);
            Found found = CardFinder.find(document);
            if (title == null) {
                title = Titles.of(name, pieceText, document, NoteReader.firstLine(found.drafts()));
                syntaxName = document.syntax();
            }
            int base = drafts.size();
            int off = piece.firstLine();
            for (Draft d : found.drafts()) {
                drafts.add(new Draft(d.question(), d.answer(), d.section(), d.line() + off, d.endLine() + off,
                        d.parent().isPresent() ? OptionalInt.of(d.parent().getAsInt() + base) : d.parent(),
                        d.id(), d.topics(), d.rule(), d.cloze()));
                rules.add(d.rule());
            }
            found.skipped().forEach(k -> skipped.add(new Skip(k.line() + off, k.text(), k.reason())));
            found.inAnswers().forEach(k -> inAnswers.add(new Skip(k.line() + off, k.text(), k.reason())));
        }
        return new ReadNote(title, drafts, skipped, new ArrayList<>(rules), encoding, repaired[0], syntaxName, inAnswers);
    }
}
