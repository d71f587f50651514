package sdq.ingest;

import java.util.Arrays;
import java.util.List;

/**
 * A notes file as numbered lines, and which lines an extractor has already made into cards, so
 * that the next extractor looks only at the rest.
 */
final class Note {
    private final String name;
    private final List<String> lines;
    private final boolean[] used;

    Note(String name, String text) {
        this.name = name;
        this.lines = List.of(text.split("\n", -1));
        this.used = new boolean[lines.size()];
    }

    String name() {
        return name;
    }

    int size() {
        return lines.size();
    }

    /** The line at a 0-based index. */
    String line(int index) {
        return lines.get(index);
    }

    List<String> lines() {
        return lines;
    }

    boolean isUsed(int index) {
        return used[index];
    }

    void use(int from, int toExclusive) {
        Arrays.fill(used, Math.max(0, from), Math.min(used.length, toExclusive), true);
    }

    /** Marks the lines of the drafts (0-based question line to answer end) as used. */
    void use(Extraction extraction) {
        for (Draft d : extraction.drafts()) {
            use(d.line() - 1, d.endLine());
        }
    }
}
