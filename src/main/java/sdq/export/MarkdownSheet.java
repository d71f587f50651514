package sdq.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sdq.deck.CardRow;

/**
 * Cards as one Markdown study sheet: a heading per card, its answer below, {@code ---} between
 * cards, and a comment under each heading with the card's id, deck and topics that
 * {@code sdq import} reads back. A question longer than one line is the heading's first line
 * and, in full, a quotation under it. A card added by hand needs no comment: a {@code ## }
 * heading after a {@code ---} rule starts a card, of the deck of the card above it.
 */
public final class MarkdownSheet {
    static final String MARKER = "<!-- sdq study sheet, version 1: `sdq import` reads it back -->";
    private static final Pattern COMMENT = Pattern.compile("^<!-- sdq-card((?: [a-z]+=\\S*)*) -->$");
    private static final Pattern ATTRIBUTE = Pattern.compile(" ([a-z]+)=(\\S*)");

    private MarkdownSheet() {
    }

    /** A card to write. */
    public record Entry(String id, String deck, String question, String answer, List<String> topics,
                        Optional<String> parent) {
    }

    /**
     * The sheet. Each card: {@code ## heading}, the comment, a blank line, the full question
     * quoted when the heading cannot hold it, the answer (quoted when a line of it would read as
     * the start of a card), then a blank line, {@code ---} and a blank line.
     */
    public static String write(String title, List<Entry> entries) {
        return Collected.text(out -> write(title, entries, out));
    }

    /** The sheet to {@code out}, an entry at a time. */
    public static void write(String title, Iterable<Entry> entries, Appendable sink) throws java.io.IOException {
        sink.append(MARKER).append("\n\n# ").append(title.replace('\n', ' ')).append("\n");
        StringBuilder out = new StringBuilder();
        for (Entry e : entries) {
            out.setLength(0);
            String[] lines = e.question().split("\n", -1);
            boolean fullQuestion = lines.length > 1 || !lines[0].equals(lines[0].strip()) || lines[0].isBlank();
            List<String> answer = Arrays.asList(e.answer().split("\n", -1));
            boolean quoteAnswer = wouldStartACard(answer);
            out.append("\n## ").append(fullQuestion ? lines[0].strip() : lines[0]).append('\n');
            out.append("<!-- sdq-card id=").append(e.id()).append(" deck=").append(e.deck())
                    .append(" topics=").append(String.join(",", e.topics()));
            e.parent().ifPresent(p -> out.append(" parent=").append(p));
            out.append(fullQuestion ? " question=full" : "").append(quoteAnswer ? " answer=quoted" : "").append(" -->\n\n");
            if (fullQuestion) {
                quote(out, Arrays.asList(lines));
                out.append('\n');
            }
            if (quoteAnswer) {
                quote(out, answer);
            } else {
                out.append(e.answer()).append('\n');
            }
            out.append("\n---\n");
            sink.append(out);
        }
    }

    private static void quote(StringBuilder out, List<String> lines) {
        for (String line : lines) {
            out.append(line.isEmpty() ? ">" : "> " + line).append('\n');
        }
    }

    /** Whether some line of an answer, written as it is, would be read as the start of a card. */
    private static boolean wouldStartACard(List<String> answer) {
        List<String> lines = new ArrayList<>();
        lines.add(MARKER);
        lines.addAll(answer);
        for (int i = 1; i < lines.size(); i++) {
            if (startsCard(lines, i)) {
                return true;
            }
        }
        return false;
    }

    public static boolean looksLike(String text) {
        return text.startsWith(MARKER);
    }

    /** The cards of a study sheet. */
    public static List<CardRow> read(String text) {
        return read(() -> new java.io.StringReader(text));
    }

    /** The size a run of lines grows to before it is read, cut before a card sdq wrote. */
    private static final int CHUNK = 1024 * 1024;

    /**
     * As {@link #read(String)}, from {@code text} a run of lines at a time (each cut before a
     * card sdq wrote, its heading and comment): a long sheet is never one string.
     */
    public static List<CardRow> read(java.util.function.Supplier<java.io.Reader> text) {
        List<CardRow> rows = new ArrayList<>();
        Optional<String> deck = Optional.empty();
        List<String> chunk = new ArrayList<>();
        int chunkLine = 0;
        long size = 0;
        try (java.io.Reader in = text.get()) {
            StringBuilder line = new StringBuilder();
            char[] buffer = new char[1 << 16];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                for (int k = 0; k < n; k++) {
                    if (buffer[k] != '\n') {
                        line.append(buffer[k]);
                        continue;
                    }
                    String current = line.toString();
                    line.setLength(0);
                    if (size >= CHUNK && COMMENT.matcher(current).matches() && chunk.size() > 1
                            && chunk.get(chunk.size() - 1).startsWith("## ")) {
                        String heading = chunk.remove(chunk.size() - 1);
                        deck = read(chunk, chunkLine, deck, rows);
                        chunkLine += chunk.size();
                        chunk = new ArrayList<>();
                        chunk.add(heading);
                        size = heading.length();
                    }
                    chunk.add(current);
                    size += current.length() + 1;
                }
            }
            // As split("\n", -1): the text after the last line break is a line, if empty.
            chunk.add(line.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        read(chunk, chunkLine, deck, rows);
        return rows;
    }

    /**
     * Reads the cards of a run of lines, the first of them line {@code offset} (0-based) of the
     * sheet, into {@code rows}; {@code deck} is the deck of the card above, and the deck of the
     * last card is returned.
     */
    private static Optional<String> read(List<String> lines, int offset, Optional<String> deck, List<CardRow> rows) {
        // A card added by hand joins the deck of the card above it.
        int i = 0;
        while (i < lines.size()) {
            if (!startsCard(lines, i)) {
                i++;
                continue;
            }
            int start = i;
            String question = lines.get(i).substring(3).strip();
            Map<String, String> attributes = new HashMap<>();
            i++;
            if (i < lines.size() && COMMENT.matcher(lines.get(i)).matches()) {
                Matcher comment = COMMENT.matcher(lines.get(i));
                comment.matches();
                Matcher a = ATTRIBUTE.matcher(comment.group(1));
                while (a.find()) {
                    attributes.put(a.group(1), a.group(2));
                }
                question = lines.get(start).substring(3);
                i = skipBlank(lines, i + 1);
            }
            if (attributes.containsKey("question")) {
                int from = i;
                i = quoted(lines, i);
                question = unquote(lines.subList(from, i));
                i = skipBlank(lines, i);
            }
            String answer;
            int end;
            if (attributes.containsKey("answer")) {
                int from = Math.min(i, lines.size());
                i = quoted(lines, from);
                answer = unquote(lines.subList(from, i));
                end = i;
                while (end < lines.size() && !startsCard(lines, end)) {
                    end++;
                }
            } else {
                int from = Math.min(i, lines.size());
                end = from;
                while (end < lines.size() && !startsCard(lines, end)) {
                    end++;
                }
                int to = end;
                if (to - 3 >= from && lines.get(to - 1).isEmpty() && lines.get(to - 2).equals("---")
                        && lines.get(to - 3).isEmpty()) {
                    to -= 3;
                } else {
                    while (to > from && (lines.get(to - 1).isBlank() || lines.get(to - 1).strip().equals("---"))) {
                        to--;
                    }
                }
                answer = String.join("\n", lines.subList(from, to));
                if (!attributes.containsKey("id")) {
                    answer = answer.strip();
                }
            }
            String topics = attributes.get("topics");
            Optional<String> above = deck;
            deck = Optional.ofNullable(attributes.get("deck")).filter(s -> !s.isEmpty()).or(() -> above);
            rows.add(new CardRow(question, answer, Optional.ofNullable(attributes.get("id")).filter(s -> !s.isEmpty()),
                    topics == null ? Optional.empty() : Optional.of(topics.isEmpty() ? List.of() : List.of(topics.split(","))),
                    deck, "", offset + start + 1,
                    Optional.ofNullable(attributes.get("parent")).filter(s -> !s.isEmpty())));
            i = end;
        }
        return deck;
    }

    /** Past the one blank line sdq writes at {@code i}, if it is there. */
    private static int skipBlank(List<String> lines, int i) {
        return i < lines.size() && lines.get(i).isEmpty() ? i + 1 : i;
    }

    /** The end of a run of quoted lines starting at {@code from}. */
    private static int quoted(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).startsWith(">")) {
            i++;
        }
        return i;
    }

    private static String unquote(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(line.equals(">") ? "" : line.substring(line.startsWith("> ") ? 2 : 1));
        }
        return String.join("\n", out);
    }

    /**
     * A card starts at a {@code ## } heading with sdq's comment under it, or at one that follows a
     * {@code ---} rule or the sheet's title (a card added by hand).
     */
    private static boolean startsCard(List<String> lines, int i) {
        if (!lines.get(i).startsWith("## ")) {
            return false;
        }
        if (i + 1 < lines.size() && COMMENT.matcher(lines.get(i + 1)).matches()) {
            return true;
        }
        for (int k = i - 1; k >= 0; k--) {
            String before = lines.get(k);
            if (!before.isBlank()) {
                return before.strip().equals("---") || before.startsWith("# ") || before.equals(MARKER);
            }
        }
        return false;
    }
}
