package sdq.term;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The charts of {@code sdq stats}, drawn as lines of text that fit a width: bars for counts and
 * a heatmap of days. With {@code plain} (no colour wanted, or not a terminal) they use only
 * ASCII characters, so they read the same in a log or a pipe.
 */
public final class Charts {
    private static final String[] BLOCKS = {"·", "░", "▒", "▓", "█"};
    private static final String[] PLAIN = {".", ":", "+", "*", "#"};

    private final int width;
    private final boolean plain;

    public Charts(int width, boolean plain) {
        this.width = Math.max(40, width);
        this.plain = plain;
    }

    /** A labelled bar. */
    public record Bar(String label, int value) {
    }

    /** One line per bar: the label, a bar as long as the value allows in the width, the value. */
    public List<String> bars(List<Bar> bars) {
        int labelWidth = bars.stream().mapToInt(b -> b.label().length()).max().orElse(0);
        int max = bars.stream().mapToInt(Bar::value).max().orElse(0);
        int numberWidth = Integer.toString(Math.max(0, max)).length();
        int room = Math.max(1, width - labelWidth - numberWidth - 6);
        List<String> lines = new ArrayList<>();
        for (Bar bar : bars) {
            int length = max == 0 ? 0 : (int) Math.round((double) bar.value() * room / max);
            if (bar.value() > 0 && length == 0) {
                length = 1;
            }
            lines.add("  " + pad(bar.label(), labelWidth) + "  " + (plain ? "#" : "█").repeat(length)
                    + (length > 0 ? " " : "") + bar.value());
        }
        return lines;
    }

    /**
     * A calendar heatmap of {@code perDay} (oldest first, the last is {@code today}): a row for
     * each weekday, a column for each week, month names above; each cell shaded by its count
     * against the busiest day. As many of the latest weeks as the width holds.
     */
    public List<String> heatmap(List<Integer> perDay, LocalDate today) {
        LocalDate first = today.minusDays(perDay.size() - 1L);
        // Columns start on Mondays: the first column holds the week of the first day.
        LocalDate start = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        int weeks = (int) (java.time.temporal.ChronoUnit.DAYS.between(start, today) / 7) + 1;
        int fit = Math.max(1, (width - 6) / 2);
        int skip = Math.max(0, weeks - fit);
        int max = perDay.stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> lines = new ArrayList<>();
        StringBuilder months = new StringBuilder("      ");
        int lastMonth = -1;
        for (int w = skip; w < weeks; w++) {
            LocalDate sunday = start.plusWeeks(w).plusDays(6);
            int month = sunday.getMonthValue();
            // A month is named over the week that holds its first day (the first column's month too,
            // when it has weeks enough in view before the next one's name).
            boolean holdsFirst = sunday.getDayOfMonth() <= 7;
            boolean roomy = w == skip && sunday.getDayOfMonth() <= sunday.lengthOfMonth() - 14;
            String name = month != lastMonth && (holdsFirst || roomy)
                    ? sunday.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) : "";
            if (!name.isEmpty()) {
                lastMonth = month;
            }
            if (!name.isEmpty() && months.length() <= 6 + 2 * (w - skip)) {
                while (months.length() < 6 + 2 * (w - skip)) {
                    months.append(' ');
                }
                months.append(name);
            }
        }
        lines.add(months.toString().stripTrailing());
        for (DayOfWeek weekday : DayOfWeek.values()) {
            StringBuilder row = new StringBuilder("  ").append(weekday.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                    .append(' ');
            for (int w = skip; w < weeks; w++) {
                LocalDate day = start.plusWeeks(w).plusDays(weekday.getValue() - 1L);
                long index = java.time.temporal.ChronoUnit.DAYS.between(first, day);
                if (day.isAfter(today) || index < 0) {
                    row.append("  ");
                } else {
                    row.append(cell(perDay.get((int) index), max)).append(' ');
                }
            }
            lines.add(row.toString().stripTrailing());
        }
        String[] shades = plain ? PLAIN : BLOCKS;
        lines.add("      less " + String.join(" ", shades) + " more");
        return lines;
    }

    private String cell(int count, int max) {
        String[] shades = plain ? PLAIN : BLOCKS;
        if (count == 0 || max == 0) {
            return shades[0];
        }
        int level = 1 + (int) Math.min(3, Math.floor(4.0 * (count - 1) / Math.max(1, max)));
        return shades[Math.min(4, level)];
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
