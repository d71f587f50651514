package sdq.term;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Node;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * A Markdown table drawn with box lines, its columns shrunk and their cells wrapped when the
 * table is wider than the terminal; when even that cannot fit, each row becomes a short list.
 */
final class TableView {
    private final Styles styles;
    private final Inlines inlines;

    TableView(Styles styles, Inlines inlines) {
        this.styles = styles;
        this.inlines = inlines;
    }

    List<AttributedString> render(TableBlock table, int width) {
        List<List<AttributedString>> rows = new ArrayList<>();
        List<Boolean> header = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<AttributedString> cells = new ArrayList<>();
                boolean isHeader = false;
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    isHeader |= cell instanceof TableCell c && c.isHeader();
                    cells.add(inlines.of(cell));
                }
                rows.add(cells);
                header.add(isHeader);
            }
        }
        return grid(rows, header, width);
    }

    /** Rows of cells as a boxed grid of at most {@code width} columns. */
    List<AttributedString> grid(List<List<AttributedString>> rows, List<Boolean> header, int width) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        if (columns == 0) {
            return List.of();
        }
        int[] natural = new int[columns];
        int[] longestWord = new int[columns];
        for (List<AttributedString> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                natural[c] = Math.max(natural[c], Wrap.width(row.get(c)));
                for (String word : row.get(c).toString().split("\\s+")) {
                    longestWord[c] = Math.max(longestWord[c], Math.min(Wrap.width(word), 16));
                }
            }
        }
        int available = width - (3 * columns + 1);
        if (available < columns * 4) {
            return asList(rows, header, width);
        }
        int[] widths = fit(natural, longestWord, available);
        AttributedString rule = styled(line("├", "┼", "┤", widths));
        List<AttributedString> out = new ArrayList<>();
        out.add(styled(line("┌", "┬", "┐", widths)));
        for (int r = 0; r < rows.size(); r++) {
            List<List<AttributedString>> wrapped = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < columns; c++) {
                AttributedString cell = c < rows.get(r).size() ? rows.get(r).get(c) : AttributedString.EMPTY;
                if (header.get(r)) {
                    cell = new AttributedString(cell.toString(), styles.bold());
                }
                List<AttributedString> lines = Wrap.lines(cell, widths[c]);
                wrapped.add(lines);
                height = Math.max(height, lines.size());
            }
            for (int l = 0; l < height; l++) {
                AttributedStringBuilder b = new AttributedStringBuilder();
                b.append(styled("│"));
                for (int c = 0; c < columns; c++) {
                    List<AttributedString> lines = wrapped.get(c);
                    AttributedString text = l < lines.size() ? lines.get(l) : AttributedString.EMPTY;
                    b.append(" ").append(Wrap.pad(Wrap.truncate(text, widths[c]), widths[c])).append(" ");
                    b.append(styled("│"));
                }
                out.add(b.toAttributedString());
            }
            if (header.get(r) && r + 1 < rows.size()) {
                out.add(rule);
            }
        }
        out.add(styled(line("└", "┴", "┘", widths)));
        return out;
    }

    /**
     * Column widths that sum to at most {@code available}: the widest column gives way first,
     * and no column is cut below its longest word while another can still give.
     */
    static int[] fit(int[] natural, int[] longestWord, int available) {
        int n = natural.length;
        int[] widths = new int[n];
        int total = 0;
        for (int c = 0; c < n; c++) {
            widths[c] = Math.max(1, natural[c]);
            total += widths[c];
        }
        while (total > available) {
            int pick = -1;
            for (int c = 0; c < n; c++) {
                if (widths[c] > Math.max(3, longestWord[c]) && (pick < 0 || widths[c] > widths[pick])) {
                    pick = c;
                }
            }
            if (pick < 0) {
                for (int c = 0; c < n; c++) {
                    if (widths[c] > 3 && (pick < 0 || widths[c] > widths[pick])) {
                        pick = c;
                    }
                }
            }
            if (pick < 0) {
                break;
            }
            widths[pick]--;
            total--;
        }
        return widths;
    }

    private List<AttributedString> asList(List<List<AttributedString>> rows, List<Boolean> header, int width) {
        List<AttributedString> names = rows.isEmpty() || !header.get(0) ? List.of() : rows.get(0);
        List<AttributedString> out = new ArrayList<>();
        for (int r = names.isEmpty() ? 0 : 1; r < rows.size(); r++) {
            List<AttributedString> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                AttributedStringBuilder b = new AttributedStringBuilder().append(c == 0 ? "• " : "  ");
                if (c < names.size() && !names.get(c).toString().isBlank()) {
                    b.style(styles.bold()).append(names.get(c).toString()).style(styles.plain()).append(": ");
                }
                b.append(row.get(c));
                out.addAll(Wrap.lines(b.toAttributedString(), width));
            }
        }
        return out;
    }

    private static String line(String left, String middle, String right, int[] widths) {
        StringBuilder b = new StringBuilder(left);
        for (int c = 0; c < widths.length; c++) {
            b.append("─".repeat(widths[c] + 2)).append(c + 1 < widths.length ? middle : right);
        }
        return b.toString();
    }

    private AttributedString styled(String text) {
        return new AttributedString(text, styles.dim());
    }
}
