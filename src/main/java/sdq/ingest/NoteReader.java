package sdq.ingest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import sdq.ingest.cards.CardFinder;
import sdq.ingest.cards.Found;
import sdq.ingest.doc.Document;
import sdq.ingest.doc.AsciiDocNotes;
import sdq.ingest.doc.HtmlNotes;
import sdq.ingest.doc.MarkdownNotes;
import sdq.ingest.doc.OrgNotes;
import sdq.ingest.doc.PlainNotes;
import sdq.ingest.doc.RstNotes;
import sdq.ingest.tools.Dialect;
import sdq.ingest.tools.ToolNotes;

/**
 * Reads one notes file into card drafts: decodes and repairs the text, reads it into blocks with
 * the front end of its syntax, and finds the cards on the blocks. What looks like a question
 * but became no card is reported, with its line and why.
 */
public final class NoteReader {
    private NoteReader() {
    }

    /** Reads the bytes of the notes file named {@code name}, in the syntax its name and text say. */
    public static ReadNote read(String name, byte[] bytes) {
        return read(name, bytes, Optional.empty());
    }

    /** Reads the bytes of the notes file named {@code name} in {@code syntax}, when given. */
    public static ReadNote read(String name, byte[] bytes, Optional<NoteSyntax> syntax) {
        return read(name, DecodedText.inParts(name, bytes), syntax);
    }

    /** Reads notes already decoded (the caller can then let go of the bytes before reading them). */
    public static ReadNote read(String name, DecodedText decoded, Optional<NoteSyntax> syntax) {
        return read(name, decoded.text(), decoded.encoding(), decoded.repaired(), syntax);
    }

    /**
     * Reads notes that come in parts ({@link DecodedText#inParts}): a long file in a syntax read
     * line by line is read a part at a time and never held whole.
     */
    public static ReadNote read(String name, TextParts parts, Optional<NoteSyntax> syntax) {
        if (parts.whole() != null) {
            return read(name, parts.whole(), syntax);
        }
        Optional<LongNotes.Reading> reading = LongNotes.reading(name, syntax, () -> cleaned(parts.iterator(), new int[1]));
        if (reading.isEmpty()) {
            StringBuilder whole = new StringBuilder();
            int repaired = 0;
            for (TextParts.Part part : parts) {
                whole.append(part.text());
                repaired += part.repaired();
            }
            return read(name, whole.toString(), parts.encoding(), repaired, syntax);
        }
        int[] repaired = new int[1];
        return LongNotes.read(name, Sections.of(cleaned(parts.iterator(), repaired), reading.get().headings()),
                reading.get(), parts.encoding(), repaired);
    }

    static ReadNote read(String name, String text, String encoding, int repaired) {
        return read(name, text, encoding, repaired, Optional.empty());
    }

    private static ReadNote read(String name, String raw, String encoding, int repaired, Optional<NoteSyntax> syntax) {
        String text = Nesting.capped(visible(raw));
        Optional<LongNotes.Reading> reading = !Sections.readWhole(text)
                ? LongNotes.reading(name, syntax, List.of(text)) : Optional.empty();
        if (reading.isPresent()) {
            return LongNotes.read(name, Sections.of(List.of(text).iterator(), reading.get().headings()), reading.get(),
                    encoding, new int[] {repaired});
        }
        Document document = syntax.map(s -> document(s, text)).orElseGet(() -> document(name, text));
        Found found = CardFinder.find(document);
        Set<String> rules = new LinkedHashSet<>();
        found.drafts().forEach(d -> rules.add(d.rule()));
        String title = Titles.of(name, text, document, firstLine(found.drafts()));
        return new ReadNote(title, found.drafts(), found.skipped(), new ArrayList<>(rules), encoding, repaired,
                document.syntax(), found.inAnswers());
    }

    /** The line of the first of the cards, or -1 when there are none. */
    static int firstLine(List<Draft> drafts) {
        return drafts.stream().mapToInt(Draft::line).min().orElse(-1);
    }

    /** The parts' texts as the reader reads them, their repairs counted into {@code repaired[0]}. */
    private static java.util.Iterator<String> cleaned(java.util.Iterator<TextParts.Part> parts, int[] repaired) {
        return new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return parts.hasNext();
            }

            @Override
            public String next() {
                TextParts.Part part = parts.next();
                repaired[0] += part.repaired();
                return Nesting.capped(visible(part.text()));
            }
        };
    }

    /**
     * The text without the characters that show as nothing (zero-width spaces, word joiners, soft
     * hyphens, a byte-order mark inside the text), and with non-breaking spaces as spaces: text
     * copied from web pages and word processors is full of them, and a card should not be.
     */
    static String visible(String text) {
        boolean any = false;
        for (int i = 0; i < text.length() && !any; i++) {
            char c = text.charAt(i);
            any = c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || c == '\u00A0' || c == '\u202F';
        }
        if (!any) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00A0' || c == '\u202F') {
                out.append(' ');
            } else if (c != '\u200B' && c != '\u2060' && c != '\uFEFF' && c != '\u00AD') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The blocks of a notes file, read as its name (or, for plain text, its content) says it is written. */
    static Document document(String name, String text) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".mdown") || lower.endsWith(".mkd")) {
            return markdown(text);
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return HtmlNotes.read(text);
        }
        if (lower.endsWith(".org")) {
            return OrgNotes.read(text);
        }
        if (lower.endsWith(".adoc") || lower.endsWith(".asciidoc") || lower.endsWith(".asc")) {
            return AsciiDocNotes.read(text);
        }
        if (lower.endsWith(".rst") || lower.endsWith(".rest")) {
            return RstNotes.read(text);
        }
        return document(Syntaxes.ofText(text), text);
    }

    /** The blocks of notes written in {@code syntax}; for another tool's, Markdown with its cards. */
    static Document document(NoteSyntax syntax, String text) {
        if (syntax.dialect().isPresent()) {
            // Named by the user: read as that tool's file alone.
            return ToolNotes.read(text, EnumSet.of(syntax.dialect().get()));
        }
        return switch (syntax) {
            case HTML -> HtmlNotes.read(text);
            case ORG -> OrgNotes.read(text);
            case ASCIIDOC -> AsciiDocNotes.read(text);
            case RST -> RstNotes.read(text);
            case WEB_PAGE -> WebPageNotes.read(text);
            case PLAIN -> PlainNotes.read(text);
            default -> markdown(text);
        };
    }

    /** Markdown notes, with the cards of other tools in them read as those tools write them. */
    private static Document markdown(String text) {
        Set<Dialect> dialects = Dialect.of(text);
        return ToolNotes.holdsCards(text, dialects) ? ToolNotes.read(text, dialects) : MarkdownNotes.read(text);
    }
}
