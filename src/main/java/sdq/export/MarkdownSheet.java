package sdq.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sdq.deck.CardRow;

/**
 * Cards as one Markdown study sheet: a heading per card, its answer below, and a comment with the
 * card's id and topics that {@code sdq import} reads back. A question longer than one line is the
 * heading's first line and, in full, a quotation under it.
 */
public final class MarkdownSheet {
    static final String MARKER = "<!-- sdq study sheet, version 1: `sdq import` reads it back -->";
    private static final Pattern CARD = Pattern.compile("^<!-- sdq-card id=(\\S*) topics=(\\S*)( question=full)? -->$");

    private MarkdownSheet() {
    }

    /** A card to write: id, deck, question, answer and topics. */
    public record Entry(String id, String question, String answer, List<String> topics) {
    }

    /**
     * The sheet. Each card: {@code ## heading}, the comment, a blank line, the full question
     * quoted when the heading cannot hold it, the answer, then a blank line, {@code ---} and a
     * blank line.
     */
    public static String write(String title, List<Entry> entries) {
        StringBuilder out = new StringBuilder();
        out.append(MARKER).append("\n\n# ").append(title.replace('\n', ' ')).append("\n");
        for (Entry e : entries) {
            String[] lines = e.question().split("\n", -1);
            boolean full = lines.length > 1 || !lines[0].equals(lines[0].strip()) || lines[0].isBlank();
            out.append("\n## ").append(full ? lines[0].strip() : lines[0]).append('\n');
            out.append("<!-- sdq-card id=").append(e.id()).append(" topics=").append(String.join(",", e.topics()))
                    .append(full ? " question=full" : "").append(" -->\n\n");
            if (full) {
                for (String line : lines) {
                    out.append(line.isEmpty() ? ">" : "> " + line).append('\n');
                }
                out.append('\n');
            }
            out.append(e.answer()).append("\n\n---\n");
        }
        return out.toString();
    }

    public static boolean looksLike(String text) {
        String t = text.startsWith("\ufeff") ? text.substring(1) : text;
        return t.startsWith(MARKER);
    }

    /** The cards of a study sheet, as written by {@link #write}. */
    public static List<CardRow> read(String text) {
        String[] lines = (text.startsWith("\ufeff") ? text.substring(1) : text).split("\n", -1);
        List<CardRow> rows = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            if (!startsCard(lines, i)) {
                i++;
                continue;
            }
            int start = i;
            Matcher card = CARD.matcher(lines[i + 1]);
            card.matches();
            String question = lines[i].substring(3);
            i += 3;
            if (card.group(3) != null) {
                List<String> quoted = new ArrayList<>();
                while (i < lines.length && lines[i].startsWith(">")) {
                    quoted.add(lines[i].equals(">") ? "" : lines[i].substring(2));
                    i++;
                }
                question = String.join("\n", quoted);
                i++;
            }
            int from = Math.min(i, lines.length);
            int end = from;
            while (end < lines.length && !startsCard(lines, end)) {
                end++;
            }
            int to = end;
            if (to - 3 >= from && lines[to - 1].isEmpty() && lines[to - 2].equals("---") && lines[to - 3].isEmpty()) {
                to -= 3;
            } else {
                while (to > from && (lines[to - 1].isBlank() || lines[to - 1].equals("---"))) {
                    to--;
                }
            }
            String answer = String.join("\n", java.util.Arrays.asList(lines).subList(from, to));
            String topics = card.group(2);
            rows.add(new CardRow(question, answer, Optional.of(card.group(1)).filter(s -> !s.isEmpty()),
                    Optional.of(topics.isEmpty() ? List.of() : List.of(topics.split(","))), Optional.empty(), "", start + 1));
            i = end;
        }
        return rows;
    }

    private static boolean startsCard(String[] lines, int i) {
        return lines[i].startsWith("## ") && i + 1 < lines.length && CARD.matcher(lines[i + 1]).matches();
    }
}
