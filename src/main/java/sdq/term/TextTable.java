package sdq.term;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * A plain table of one-line cells (like {@code ls -l}) that fits a width: the column marked to
 * give way is cut first, then the others, each cut cell ending in '…'.
 */
public final class TextTable {
    /**
     * A column: its heading, the least and the most it may take, whether it gives way first,
     * and whether it is aligned right (numbers).
     */
    public record Column(String header, int minWidth, int maxWidth, boolean givesWay, boolean alignRight) {
        public static Column of(String header, int maxWidth) {
            return new Column(header, MIN_COLUMN, maxWidth, false, false);
        }

        /** A column that is never cut, such as ids the user must type back. */
        public static Column whole(String header) {
            return new Column(header, Integer.MAX_VALUE, Integer.MAX_VALUE, false, false);
        }

        public static Column flexible(String header) {
            return new Column(header, MIN_COLUMN, Integer.MAX_VALUE, true, false);
        }

        public static Column number(String header) {
            return new Column(header, MIN_COLUMN, 12, false, true);
        }
    }

    private static final String GAP = "  ";
    private static final int MIN_COLUMN = 6;
    private static final int READABLE = 30;

    private TextTable() {
    }

    public static List<String> render(List<Column> columns, List<List<String>> rows, int width, Styles styles) {
        List<String> out = new ArrayList<>();
        print(columns, rows, width, styles, line -> {
            out.add(line);
            return true;
        });
        return out;
    }

    /**
     * The table a line at a time to {@code sink}, which returns false to stop (the reader went
     * away). {@code rows} is read twice, the first time for the widths of the columns: no line
     * and no copy of the rows is kept, so 100,000 rows print in the memory of one.
     */
    public static void print(List<Column> columns, Iterable<List<String>> rows, int width, Styles styles,
            java.util.function.Predicate<String> sink) {
        int n = columns.size();
        int[] widths = new int[n];
        for (int c = 0; c < n; c++) {
            widths[c] = Wrap.width(columns.get(c).header());
        }
        for (List<String> row : rows) {
            List<String> clean = clean(row, n);
            for (int c = 0; c < n; c++) {
                widths[c] = Math.max(widths[c], Wrap.width(clean.get(c)));
            }
        }
        // A column's cap is for a line of limited width (a terminal, $COLUMNS); into a pipe every cell is whole.
        for (int c = 0; c < n && width < Screen.UNLIMITED; c++) {
            widths[c] = Math.min(widths[c], Math.max(columns.get(c).maxWidth(), Wrap.width(columns.get(c).header())));
        }
        shrink(columns, widths, width - GAP.length() * (n - 1));

        List<String> header = columns.stream().map(Column::header).toList();
        if (!sink.test(line(columns, header, widths, styles, true))) {
            return;
        }
        for (List<String> row : rows) {
            if (!sink.test(line(columns, clean(row, n), widths, styles, false))) {
                return;
            }
        }
    }

    private static List<String> clean(List<String> row, int n) {
        List<String> clean = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            String cell = c < row.size() && row.get(c) != null ? row.get(c) : "";
            clean.add(SafeText.clean(cell).replace('\n', ' ').strip());
        }
        return clean;
    }

    /**
     * Cuts the flexible column to a readable width (half the line, at least {@value #READABLE}),
     * then the others, the widest first, so they share the cut; then the flexible one again.
     */
    private static void shrink(List<Column> columns, int[] widths, int available) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        int readable = Math.max(READABLE, available / 2);
        total = cutFlexible(columns, widths, total, available, readable);
        while (total > available) {
            int widest = -1;
            for (int c = 0; c < widths.length; c++) {
                Column column = columns.get(c);
                int floor = Math.max(column.minWidth(), Wrap.width(column.header()));
                if (!column.givesWay() && widths[c] > floor && (widest < 0 || widths[c] > widths[widest])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                break;
            }
            widths[widest]--;
            total--;
        }
        cutFlexible(columns, widths, total, available, MIN_COLUMN);
    }

    /** Cuts the columns that give way down to {@code floor} until the line fits; the total after. */
    private static int cutFlexible(List<Column> columns, int[] widths, int total, int available, int floor) {
        for (int c = widths.length - 1; c >= 0 && total > available; c--) {
            if (columns.get(c).givesWay()) {
                int cut = Math.min(total - available, widths[c] - floor);
                if (cut > 0) {
                    widths[c] -= cut;
                    total -= cut;
                }
            }
        }
        return total;
    }

    private static String line(List<Column> columns, List<String> row, int[] widths, Styles styles, boolean header) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        for (int c = 0; c < widths.length; c++) {
            AttributedString cell = Wrap.truncate(new AttributedString(row.get(c),
                    header ? styles.bold() : styles.plain()), widths[c]);
            boolean last = c == widths.length - 1;
            if (columns.get(c).alignRight()) {
                b.append(" ".repeat(Math.max(0, widths[c] - Wrap.width(cell)))).append(cell);
            } else {
                b.append(last ? cell : Wrap.pad(cell, widths[c]));
            }
            if (!last) {
                b.append(GAP);
            }
        }
        return styles.line(b.toAttributedString());
    }
}
