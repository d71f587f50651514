package sdq.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import sdq.ingest.Draft;

/**
 * How well the cards read from one document match the cards a person keyed for it: a keyed
 * card is found when a card's question is its question once markup, case and spacing are
 * set aside (or the card's first paragraph is: a multiple-choice front holds its options too; or,
 * for a cloze, the text it hides a part of);
 * its answer starts right when the card's answer holds the keyed first words.
 */
record CorpusScore(String file, int items, int cards, int found, int rightStarts, List<String> missed,
                   List<String> extra, List<String> wrongStarts) {
    /** A keyed card: the question, the first words of its answer, its line. */
    record Key(String q, String aStart, int line) {
    }

    private static final Pattern TAG = Pattern.compile("<[^>]{0,200}>");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    /** A Sphinx role, {@code :meth:`~a.b() <target>`}: its text is what it shows. */
    private static final Pattern ROLE = Pattern.compile(":[\\w.:-]+:`[~!]?([^`<]*?)\\s*(?:<[^>]*>)?`");
    private static final Pattern MARKS = Pattern.compile("\\*\\*|__|`|==|~~|(?<![\\p{L}\\p{N}])[*_]|[*_](?![\\p{L}\\p{N}])");
    private static final Pattern LINE_LEAD = Pattern.compile("(?m)^\\s*(?:#{1,6}\\s+|>\\s?|[-*+•]\\s+|\\d{1,3}[.)]\\s+)+");
    private static final Pattern FENCE = Pattern.compile("(?m)^\\s*(?:```.*|~~~.*|-{4,}|\\.\\. code-block::.*)$");

    static CorpusScore of(String file, List<Key> keys, List<Draft> drafts) {
        boolean[] used = new boolean[drafts.size()];
        int found = 0;
        int right = 0;
        List<String> missed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Key key : keys) {
            String q = text(key.q());
            int match = -1;
            for (int i = 0; i < drafts.size() && match < 0; i++) {
                if (!used[i] && (asks(drafts.get(i).question(), q)
                        || drafts.get(i).cloze().filter(c -> text(c.filled()).equals(q)).isPresent())) {
                    match = i;
                }
            }
            if (match < 0) {
                missed.add(key.line() + ": " + key.q());
                continue;
            }
            used[match] = true;
            found++;
            if (answer(drafts.get(match).answer()).contains(text(key.aStart()))) {
                right++;
            } else {
                wrong.add(key.line() + ": " + key.q() + " | expected '" + key.aStart() + "', got '"
                        + firstLine(drafts.get(match).answer()) + "'");
            }
        }
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (!used[i]) {
                extra.add(drafts.get(i).line() + ": " + firstLine(drafts.get(i).question()));
            }
        }
        return new CorpusScore(file, keys.size(), drafts.size(), found, right, missed, extra, wrong);
    }

    private static boolean asks(String question, String key) {
        if (text(question).equals(key)) {
            return true;
        }
        int paragraph = question.indexOf("\n\n");
        return paragraph > 0 && text(question.substring(0, paragraph)).equals(key);
    }

    /** Text without markup, in lower case, its spacing made single spaces. */
    static String text(String markdown) {
        String t = ROLE.matcher(markdown).replaceAll("$1");
        t = TAG.matcher(t).replaceAll(" ");
        t = LINK.matcher(t).replaceAll("$1");
        t = MARKS.matcher(t).replaceAll("");
        return t.replace('\u00a0', ' ').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** An answer as the keyed first words are written: no fence lines and no markup at the start of lines. */
    private static String answer(String markdown) {
        String t = FENCE.matcher(markdown).replaceAll("");
        return text(LINE_LEAD.matcher(t).replaceAll(""));
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }

    double recall() {
        return items == 0 ? 1 : (double) found / items;
    }

    double precision() {
        return cards == 0 ? (items == 0 ? 1 : 0) : (double) found / cards;
    }

    double answerStarts() {
        return found == 0 ? (items == 0 ? 1 : 0) : (double) rightStarts / found;
    }
}
