package sdq.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import sdq.ingest.cards.CardFinder;
import sdq.ingest.cards.Found;
import sdq.ingest.doc.Document;
import sdq.ingest.doc.Furniture;
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

    /** Reads the bytes of the notes file named {@code name}. */
    public static ReadNote read(String name, byte[] bytes) {
        DecodedText decoded = DecodedText.of(name, bytes);
        return read(name, decoded.text(), decoded.encoding(), decoded.repaired());
    }

    static ReadNote read(String name, String text, String encoding, int repaired) {
        Document document = document(name, text);
        Found found = CardFinder.find(document);
        Set<String> rules = new LinkedHashSet<>();
        found.drafts().forEach(d -> rules.add(d.rule()));
        String title = document.title().filter(t -> !t.isBlank()).orElseGet(() -> title(name, text));
        return new ReadNote(title, found.drafts(), found.skipped(), new ArrayList<>(rules), encoding, repaired,
                document.syntax(), found.inAnswers());
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
        return switch (Syntaxes.ofText(text)) {
            case HTML -> HtmlNotes.read(text);
            case ORG -> OrgNotes.read(text);
            case ASCIIDOC -> AsciiDocNotes.read(text);
            case RST -> RstNotes.read(text);
            case WEB_PAGE -> WebPageNotes.read(text);
            case MARKDOWN -> markdown(text);
            case PLAIN -> PlainNotes.read(text);
        };
    }

    /** Markdown notes, with the cards of other tools in them read as those tools write them. */
    private static Document markdown(String text) {
        java.util.Set<Dialect> dialects = Dialect.of(text);
        return ToolNotes.holdsCards(text, dialects) ? ToolNotes.read(text, dialects) : MarkdownNotes.read(text);
    }

    /** The notes' title: their first line that is not page furniture, without markup or emoji. */
    static String title(String name, String text) {
        for (String line : text.split("\n")) {
            if (line.isBlank() || Furniture.isNoise(line) || line.strip().equals("---")) {
                continue;
            }
            String t = Lines.stripEmphasis(line.strip().replaceFirst("^#{1,6}\\s+", "").replaceFirst("\\s+#+$", ""));
            t = t.replaceAll("[^\\p{L}\\p{N}\\p{P}\\p{Zs}+=<>|~^$]", "").replaceAll("\\s+", " ").strip();
            if (!t.isEmpty()) {
                return t.length() > 120 ? t.substring(0, 120).strip() : t;
            }
        }
        return name;
    }
}
