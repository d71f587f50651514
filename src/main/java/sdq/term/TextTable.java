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
    /** A column: its heading, the most it may take, and whether it gives way first. */
    public record Column(String header, int maxWidth, boolean givesWay, boolean alignRight) {
        public static Column of(String header, int maxWidth) {
            return new Column(header, maxWidth, false, false);
        }

        public static Column flexible(String header) {
            return new Column(header, Integer.MAX_VALUE, true, false);
        }

        public static Column number(String header) {
            return new Column(header, 12, false, true);
        }
    }

    private static final String GAP = "  ";
    private static final int MIN_COLUMN = 6;

    private TextTable() {
    }

    public static List<String> render(List<Column> columns, List<List<String>> rows, int width, Styles styles) {
        int n = columns.size();
        List<List<String>> cells = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> clean = new ArrayList<>(n);
            for (int c = 0; c < n; c++) {
                String cell = c < row.size() && row.get(c) != null ? row.get(c) : "";
                clean.add(SafeText.clean(cell).replace('\n', ' ').strip());
            }
            cells.add(clean);
        }
        int[] widths = new int[n];
        for (int c = 0; c < n; c++) {
            widths[c] = Wrap.width(columns.get(c).header());
            for (List<String> row : cells) {
                widths[c] = Math.max(widths[c], Wrap.width(row.get(c)));
            }
            widths[c] = Math.min(widths[c], Math.max(columns.get(c).maxWidth(), Wrap.width(columns.get(c).header())));
        }
        shrink(columns, widths, width - GAP.length() * (n - 1));

        List<String> out = new ArrayList<>();
        List<String> header = columns.stream().map(Column::header).toList();
        out.add(line(columns, header, widths, styles, true));
        for (List<String> row : cells) {
            out.add(line(columns, row, widths, styles, false));
        }
        return out;
    }

    private static void shrink(List<Column> columns, int[] widths, int available) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        for (int pass = 0; pass < 2 && total > available; pass++) {
            for (int c = 0; c < widths.length && total > available; c++) {
                if (columns.get(c).givesWay() == (pass == 0)) {
                    int cut = Math.min(total - available, widths[c] - MIN_COLUMN);
                    if (cut > 0) {
                        widths[c] -= cut;
                        total -= cut;
                    }
                }
            }
        }
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
