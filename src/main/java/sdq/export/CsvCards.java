package sdq.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import sdq.deck.CardFields;
import sdq.deck.Cloze;
import sdq.deck.CardRow;
import sdq.deck.InvalidInputException;

/**
 * Cards as CSV (RFC 4180: comma-separated, fields quoted when they hold commas, quotes or line
 * breaks, CRLF line ends, UTF-8 with a byte-order mark so spreadsheets read it as UTF-8), and
 * CSV or TSV files of cards back, their question and answer columns found by name.
 */
public final class CsvCards {
    public static final List<String> HEADER = List.of("id", "deck", "question", "answer", "topics", "box", "due");
    public static final List<String> PROGRESS = List.of("reviews", "lapses", "last_grade", "last_reviewed", "history");

    /** As the delimiter: take the one the header row uses. */
    public static final char SNIFF = 0;

    private CsvCards() {
    }

    /** The CSV text of the rows, header first; a byte-order mark leads so spreadsheets see UTF-8. */
    public static String write(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        write(header, rows, out);
        return out.toString();
    }

    /** As {@link #write(List, List)}, to {@code out}, each row made only when it is written. */
    public static void write(List<String> header, Iterable<List<String>> rows, Appendable out) {
        try {
            out.append('\ufeff');
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get());
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The cards of a CSV or TSV file with a header row, fields separated by {@code delimiter}
     * or, given {@link #SNIFF}, by the one the header uses most (comma, tab or semicolon). A missing column, a ragged row or an unclosed quote is bad
     * input, named with its line. Rows with no question or no answer are returned (the caller
     * reports them as skipped); blank rows are not.
     */
    public static List<CardRow> read(String name, String text, char delimiter) {
        return read(name, () -> new StringReader(text), delimiter);
    }

    /**
     * As {@link #read(String, String, char)}, the text read through {@code text} (each call
     * starts it afresh), a buffer at a time: a long file is never one string.
     */
    public static List<CardRow> read(String name, java.util.function.Supplier<java.io.Reader> text, char delimiter) {
        String head = Heads.of(text, 64 * 1024);
        boolean bom = head.startsWith("\ufeff");
        if (delimiter == SNIFF) {
            delimiter = delimiter(bom ? head.substring(1) : head);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(false)
                .setIgnoreEmptyLines(true).get();
        List<CardRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(Heads.skip(text.get(), bom ? 1 : 0)).setFormat(format).get()) {
            List<String> header = null;
            int question = -1;
            int answer = -1;
            Optional<Integer> id = Optional.empty();
            Optional<Integer> topics = Optional.empty();
            Optional<Integer> deck = Optional.empty();
            Optional<Integer> section = Optional.empty();
            Optional<Integer> parent = Optional.empty();
            Optional<Integer> cloze = Optional.empty();
            long line = 1;
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = record.toList();
                    question = CardFields.find(header, CardFields.Field.QUESTION).orElseThrow(() -> new InvalidInputException(
                            name + ":1: no question column; name one in the header (question, q or front).")) ;
                    answer = CardFields.find(header, CardFields.Field.ANSWER).orElseThrow(() -> new InvalidInputException(
                            name + ":1: no answer column; name one in the header (answer, a or back)."));
                    id = CardFields.find(header, CardFields.Field.ID);
                    topics = CardFields.find(header, CardFields.Field.TOPICS);
                    deck = CardFields.find(header, CardFields.Field.DECK);
                    section = CardFields.find(header, CardFields.Field.SECTION);
                    parent = CardFields.find(header, CardFields.Field.PARENT);
                    cloze = CardFields.find(header, CardFields.Field.CLOZE);
                    line = parser.getCurrentLineNumber() + 1;
                    continue;
                }
                if (record.size() != header.size()) {
                    throw new InvalidInputException(name + ":" + line + ": this row has " + record.size()
                            + (record.size() == 1 ? " field" : " fields") + " but the header has " + header.size()
                            + "; check its commas and quotes.");
                }
                String q = record.get(question).strip();
                String a = record.get(answer).strip();
                Optional<String> rowId = id.map(record::get).filter(s -> !s.isBlank());
                Optional<List<String>> rowTopics = topics.map(record::get).map(CardFields::topics);
                Optional<String> rowDeck = deck.map(record::get).filter(s -> !s.isBlank());
                String rowSection = section.map(record::get).orElse("");
                Optional<String> rowParent = parent.map(record::get).filter(s -> !s.isBlank());
                Optional<Cloze> rowCloze = cloze.map(record::get).flatMap(Cloze::of);
                if (rowCloze.isPresent() && q.isEmpty()) {
                    // Only the cloze text: a card for each gap, as Anki makes them.
                    rows.addAll(CardRow.ofCloze(rowCloze.get(), rowId, rowTopics, rowDeck, rowSection, (int) line,
                            rowParent));
                } else if (!q.isEmpty() || !a.isEmpty()) {
                    rows.add(new CardRow(q, a, rowId, rowTopics, rowDeck, rowSection, (int) line, rowParent, rowCloze));
                }
                line = parser.getCurrentLineNumber() + 1;
            }
            if (header == null) {
                throw new InvalidInputException(name + ": the file is empty; a header row (question,answer) is needed.");
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException(quoteProblem(name, e), e);
        }
        return rows;
    }

    /**
     * Commons CSV's account of a broken quote as one line naming where: the line the quoted
     * field opens on when the file ends inside it.
     */
    static String quoteProblem(String name, Exception e) {
        String message = String.valueOf(e.getMessage());
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("line:? (\\d+)").matcher(message);
        String where = line.find() ? ":" + line.group(1) : "";
        if (message.contains("EOF reached before encapsulated token finished")) {
            return name + where + ": a quoted field is never closed; add the closing \" (or double a \" inside"
                    + " a quoted field).";
        }
        if (message.toLowerCase(java.util.Locale.ROOT).contains("between encapsulated token and delimiter")) {
            return name + where + ": text after a closing quote; a \" inside a quoted field is written twice (\"\").";
        }
        return name + where + ": not valid CSV (" + message.replaceAll("\\s+", " ") + "); check its quotes.";
    }

    /** Whether a text starts with a header row that names a question and an answer column. */
    public static boolean looksLike(String text) {
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).strip();
        String delimiter = String.valueOf(delimiter(first));
        List<String> header = List.of(first.split(java.util.regex.Pattern.quote(delimiter), -1)).stream()
                .map(h -> h.replace("\"", "")).toList();
        return header.size() >= 2 && CardFields.find(header, CardFields.Field.QUESTION).isPresent()
                && CardFields.find(header, CardFields.Field.ANSWER).isPresent();
    }

    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = -1;
        for (char c : new char[] {',', '\t', ';'}) {
            long n = first.chars().filter(ch -> ch == c).count();
            if (n > most) {
                most = n;
                best = c;
            }
        }
        return best;
    }
}
