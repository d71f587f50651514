package sdq.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTML {@code <details><summary>question</summary>answer</details>} blocks inside Markdown. */
final class DetailsBlocks implements Extractor {
    private static final Pattern DETAILS = Pattern.compile(
            "(?s)<details[^>]*>\\s*<summary[^>]*>(.*?)</summary>(.*?)</details>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    @Override
    public String name() {
        return "<details> blocks";
    }

    @Override
    public int score(Note note) {
        if (note.lines().stream().noneMatch(l -> l.contains("<details"))) {
            return 0;
        }
        Matcher m = DETAILS.matcher(String.join("\n", note.lines()));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Override
    public Extraction extract(Note note) {
        String text = String.join("\n", note.lines());
        int[] lineStarts = lineStarts(note);
        List<Draft> drafts = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        Matcher m = DETAILS.matcher(text);
        while (m.find()) {
            int first = lineOf(lineStarts, m.start());
            int last = lineOf(lineStarts, m.end() - 1);
            if (note.isUsed(first)) {
                continue;
            }
            String question = Lines.stripEmphasis(TAG.matcher(m.group(1)).replaceAll("").replaceAll("\\s+", " "));
            String answer = Lines.block(List.of(m.group(2).split("\n", -1)));
            if (answer.isBlank() || question.isBlank()) {
                skipped.add(new Skip(first + 1, question, "a question with no answer"));
            } else {
                drafts.add(new Draft(question, answer, "", first + 1, last + 1));
            }
        }
        return new Extraction(drafts, skipped);
    }

    private static int[] lineStarts(Note note) {
        int[] starts = new int[note.size()];
        int offset = 0;
        for (int i = 0; i < note.size(); i++) {
            starts[i] = offset;
            offset += note.line(i).length() + 1;
        }
        return starts;
    }

    private static int lineOf(int[] starts, int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
