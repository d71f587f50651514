package sdq.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import sdq.deck.CardFields;
import sdq.deck.CardRow;
import sdq.deck.Cloze;
import sdq.deck.InvalidInputException;

/**
 * Anki's plain-text notes format (Anki 2.1.55 and later): header lines ({@code #separator:tab},
 * {@code #html:true}, {@code #notetype:Basic}, the guid, deck and tags columns), then one note
 * per line, fields separated by tabs and quoted (with doubled quotes inside) when they hold a
 * tab, a quote or a line break. The guid column carries the card id, so importing the file into
 * Anki again updates notes instead of duplicating them.
 */
public final class AnkiText {
    /** Columns: guid, front, back, deck, tags. */
    static final String HEADER = "#separator:tab\n#html:true\n#notetype:Basic\n#guid column:1\n#deck column:4\n"
            + "#tags column:5\n";
    /** With cloze notes among them: guid, note type (Basic or Cloze), front (or the cloze text), back, deck, tags. */
    static final String HEADER_WITH_CLOZES = "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n"
            + "#deck column:5\n#tags column:6\n";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter('\t').setQuote('"')
            .setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator("\n").get();

    private AnkiText() {
    }

    /**
     * A note to write: the card id, question and answer as HTML (for a cloze, the cloze text and
     * nothing), Anki deck and tags.
     */
    public record Note(String guid, String frontHtml, String backHtml, String deck, List<String> tags, boolean cloze) {
        public Note(String guid, String frontHtml, String backHtml, String deck, List<String> tags) {
            this(guid, frontHtml, backHtml, deck, tags, false);
        }
    }

    public static String write(List<Note> notes) {
        return Collected.text(out -> write(notes, notes.stream().anyMatch(Note::cloze), out));
    }

    /**
     * The notes to {@code out} as they come ({@code clozes}: whether any is a cloze, which needs
     * a note type column): 100,000 notes never make one string.
     */
    public static void write(Iterable<Note> notes, boolean clozes, java.io.Writer out) throws IOException {
        out.write(clozes ? HEADER_WITH_CLOZES : HEADER);
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        for (Note n : notes) {
            if (clozes) {
                printer.printRecord(n.guid(), n.cloze() ? "Cloze" : "Basic", n.frontHtml(), n.backHtml(), n.deck(),
                        String.join(" ", n.tags()));
            } else {
                printer.printRecord(n.guid(), n.frontHtml(), n.backHtml(), n.deck(), String.join(" ", n.tags()));
            }
        }
        printer.flush();
    }

    /** Whether a file starts as Anki's text export does. */
    public static boolean looksLike(String text) {
        return text.startsWith("#separator:") || text.startsWith("#html:") || text.startsWith("#notetype:")
                || text.startsWith("#tags column:") || text.startsWith("#deck:");
    }

    /**
     * Whether a file is an Anki export from before the header lines (Anki 2.1.54 and older):
     * every line (of the first twenty) has fields separated by tabs, and HTML in them.
     */
    public static boolean looksLikeHeaderless(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(20).toList();
        return !lines.isEmpty() && lines.stream().allMatch(l -> l.indexOf('\t') > 0 && !Character.isWhitespace(l.charAt(0)))
                && HTML.matcher(text).find();
    }

    /**
     * Whether a file is rows of notes with no header and no HTML, as Quizlet and older Anki export
     * them: every line (of the first twenty) holds its fields apart with the same one separator
     * (a tab, a semicolon or a pipe), text on both sides, and none reads as Markdown.
     */
    public static boolean looksLikeRows(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(20).toList();
        if (lines.size() < 3) {
            return false;
        }
        for (char separator : new char[] {'\t', ';', '|'}) {
            boolean all = true;
            for (String line : lines) {
                int at = line.indexOf(separator);
                all &= at > 0 && at < line.strip().length() - 1 && !line.startsWith("#") && !line.startsWith("- ")
                        && !line.startsWith("> ") && !line.startsWith("|") && (separator == '\t'
                        || line.indexOf(separator, at + 1) < 0);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The separator of rows with no header: the first of Anki's separators that every line (of twenty) holds. */
    private static char sniff(String body) {
        List<String> lines = body.lines().filter(l -> !l.isBlank()).limit(20).toList();
        // Anki's separators, each tried on every line: tab, pipe, semicolon, comma, colon, space.
        for (char separator : new char[] {'\t', '|', ';', ',', ':', ' '}) {
            if (!lines.isEmpty() && lines.stream().allMatch(l -> l.indexOf(separator) > 0)) {
                return separator;
            }
        }
        return '\t';
    }

    private static final java.util.regex.Pattern HTML = java.util.regex.Pattern.compile(
            "<(?:div|br|b|i|u|p|ul|ol|li|span|img|a|strong|em|code|pre|table|sub|sup|font)\\b[^>]*>",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The notes of an Anki text file. Its special columns (guid, note type, deck, tags) are
     * taken by the header's word; of the other columns, the first is the question and the
     * second the answer. HTML fields become Markdown. Tags are the cards' topics, unless no note
     * in the file has a tag: then the rows say nothing of topics, and the importer finds them.
     */
    public static List<CardRow> read(String name, String text) {
        return read(name, () -> new StringReader(text));
    }

    /**
     * As {@link #read(String, String)}, the text read through {@code text} (each call starts it
     * afresh), a buffer at a time: a long export is never one string.
     */
    public static List<CardRow> read(String name, java.util.function.Supplier<java.io.Reader> text) {
        String body = Heads.of(text, 64 * 1024);
        Map<String, String> header = new HashMap<>();
        int offset = 0;
        int headerLines = 0;
        while (offset < body.length() && body.charAt(offset) == '#') {
            int end = body.indexOf('\n', offset);
            String line = body.substring(offset, end < 0 ? body.length() : end).strip();
            int colon = line.indexOf(':');
            if (colon > 1) {
                header.put(line.substring(1, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
            offset = end < 0 ? body.length() : end + 1;
            headerLines++;
        }
        char separator = header.containsKey("separator") ? separator(name, header.get("separator")) : sniff(body.substring(offset));
        // Without an #html header (older exports), the fields are HTML when they hold tags.
        boolean html = header.containsKey("html") ? !"false".equalsIgnoreCase(header.get("html"))
                : Heads.anyLine(text, l -> HTML.matcher(l).find());
        int guid = column(name, header, "guid column");
        int notetype = column(name, header, "notetype column");
        int deck = column(name, header, "deck column");
        int tags = column(name, header, "tags column");
        List<CardRow> rows = new ArrayList<>();
        // Anki reads quotes leniently: text after a closing quote stays in the field, and a quote
        // never closed runs to the end of the file.
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setQuote('"')
                .setIgnoreEmptyLines(true).setTrailingData(true).setLenientEof(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(Heads.skip(text.get(), offset)).setFormat(format).get()) {
            long line = headerLines + 1;
            boolean firstRow = true;
            for (CSVRecord record : parser) {
                if (firstRow && header.isEmpty() && isColumnNames(record)) {
                    // A first row of column names ("Front<tab>Back"), not a note.
                    firstRow = false;
                    line = headerLines + parser.getCurrentLineNumber() + 1;
                    continue;
                }
                firstRow = false;
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < record.size(); i++) {
                    int column = i + 1;
                    if (column != guid && column != notetype && column != deck && column != tags) {
                        fields.add(record.get(i));
                    }
                }
                String first = fields.isEmpty() ? "" : html ? HtmlMarkdown.toMarkdown(fields.get(0)) : fields.get(0).strip();
                Optional<Cloze> cloze = Cloze.of(first);
                if (fields.size() < 2 && cloze.isEmpty()) {
                    // A note of one field is a question without an answer: skipped, with its line.
                    rows.add(new CardRow(first, "", Optional.empty(), Optional.empty(), Optional.empty(), "", (int) line));
                    line = headerLines + parser.getCurrentLineNumber() + 1;
                    continue;
                }
                Optional<String> id = guid > 0 && guid <= record.size() ? Optional.of(record.get(guid - 1)) : Optional.empty();
                Optional<List<String>> topics = tags > 0 && tags <= record.size()
                        ? Optional.of(CardFields.topics(record.get(tags - 1))) : Optional.empty();
                Optional<String> deckName = deck > 0 && deck <= record.size()
                        ? Optional.of(record.get(deck - 1).replaceFirst(".*::", "")) : Optional.empty();
                if (cloze.isPresent()) {
                    // A cloze note: a card for each gap number, the first keeping the note's guid.
                    rows.addAll(CardRow.ofCloze(cloze.get(), id.filter(s -> !s.isBlank()), topics, deckName, "", (int) line,
                            Optional.empty()));
                } else {
                    String q = first;
                    String a = html ? HtmlMarkdown.toMarkdown(fields.get(1)) : fields.get(1).strip();
                    if (!q.isBlank() || !a.isBlank()) {
                        rows.add(new CardRow(q, a, id.filter(s -> !s.isBlank()), topics, deckName, "", (int) line));
                    }
                }
                line = headerLines + parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException(CsvCards.quoteProblem(name, shifted(e, headerLines)), e);
        }
        // Anki notes are often not tagged at all: then sdq finds topics from the text.
        if (rows.stream().allMatch(r -> r.topics().orElse(List.of()).isEmpty())) {
            return rows.stream().map(CardRow::withoutTopics).toList();
        }
        return rows;
    }

    /** A row whose first two fields name a question and an answer column. */
    private static boolean isColumnNames(CSVRecord record) {
        return record.size() >= 2 && CardFields.of(record.get(0)).filter(f -> f == CardFields.Field.QUESTION).isPresent()
                && CardFields.of(record.get(1)).filter(f -> f == CardFields.Field.ANSWER).isPresent();
    }

    /** A parse error whose line numbers count from the top of the file, header lines included. */
    private static Exception shifted(Exception e, int headerLines) {
        String message = String.valueOf(e.getMessage());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line:? (\\d+)").matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "line: " + (Long.parseLong(m.group(1)) + headerLines));
        }
        m.appendTail(out);
        return new IllegalStateException(out.toString());
    }

    private static int column(String name, Map<String, String> header, String key) {
        String value = header.get(key);
        if (value == null) {
            return 0;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name + ": the header '#" + key + ":" + value + "' needs a column number.");
        }
    }

    private static char separator(String name, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "tab" -> '\t';
            case "comma" -> ',';
            case "semicolon" -> ';';
            case "pipe" -> '|';
            case "space" -> ' ';
            case "colon" -> ':';
            default -> {
                if (value.length() == 1) {
                    yield value.charAt(0);
                }
                throw new InvalidInputException(name + ": the separator '" + value + "' is not one Anki knows"
                        + " (tab, comma, semicolon, pipe, space, colon).");
            }
        };
    }
}
