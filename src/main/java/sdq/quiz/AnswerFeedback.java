package sdq.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sdq.schedule.Grade;

/**
 * How much of a model answer a typed answer covers. The key points are taken from the model
 * answer: its bold text, the lead words of its list items, and its technical terms (acronyms,
 * names with capitals or digits, code). A key point counts as covered when most of its words
 * appear in the typed answer, in any form ("caching" covers "cache").
 *
 * @param covered   key points the typed answer has
 * @param missed    key points it lacks
 * @param coverage  covered / all, 0 to 1
 * @param suggested the grade the coverage suggests
 */
public record AnswerFeedback(List<String> covered, List<String> missed, double coverage, Grade suggested) {
    private static final int MAX_POINTS = 12;
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*\\n]{2,80}?)\\*\\*|__([^_\\n]{2,80}?)__");
    private static final Pattern CODE = Pattern.compile("`([^`\\n]{2,40})`");
    private static final Pattern ITEM = Pattern.compile("(?m)^\\s*(?:[-*+•]|\\d{1,3}[.)])\\s+(.+)$");
    private static final Pattern TERM = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:[A-Z]{2,}[A-Za-z0-9]*|[A-Za-z]+[0-9][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]+|[A-Z][a-z]+[A-Z][A-Za-z]+)(?![\\p{L}\\p{N}])");
    /** Lines that describe the question (level, where it was asked) rather than answer it. */
    private static final Pattern METADATA = Pattern.compile(
            "(?im)^.*\\b(asked at|level|difficulty|tags|company context)\\b\\W*:.*$|^#+.*company context.*$");
    private static final Set<String> VERBS = Set.of("is", "are", "was", "were", "be", "has", "have", "does", "do");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** "(a) key replication — ...", "(2) Sharding: ...": the name an enumeration gives each part. */
    private static final Pattern ENUMERATED = Pattern.compile("\\((?:[a-h]|[1-9])\\)\\s+([^—:;,()\\n]{3,60}?)\\s*(?:—|:|;|,|\\()");
    /** "Hot keys — ..." or "Read replicas: ..." at the start of a sentence. */
    private static final Pattern LEAD = Pattern.compile("(?:^|(?<=[.!?]\\s))([A-Z][^—:.!?\\n]{2,50}?)\\s*(?:—|:)\\s");
    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with",
            "is", "are", "be", "by", "it", "its", "as", "at", "from", "that", "this", "when", "not", "no", "you", "your",
            "if", "then", "can", "will", "use", "using", "e", "g", "eg", "ie", "vs", "via", "per", "do", "does");

    public static AnswerFeedback of(String modelAnswer, String typed) {
        List<String> points = keyPoints(modelAnswer);
        Set<String> said = stems(typed);
        List<String> covered = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (String point : points) {
            (isCovered(point, said) ? covered : missed).add(point);
        }
        double coverage = points.isEmpty() ? (typed.isBlank() ? 0 : 1) : (double) covered.size() / points.size();
        return new AnswerFeedback(covered, missed, coverage, suggest(coverage, typed));
    }

    /** The key points of an answer, most telling first, at most twelve. */
    static List<String> keyPoints(String markdown) {
        String answer = METADATA.matcher(markdown).replaceAll("");
        Set<String> points = new LinkedHashSet<>();
        Matcher bold = BOLD.matcher(answer);
        while (bold.find()) {
            add(points, bold.group(1) != null ? bold.group(1) : bold.group(2));
        }
        Matcher item = ITEM.matcher(answer);
        while (item.find()) {
            String text = item.group(1).replace("**", "").replace("__", "");
            int colon = text.indexOf(':');
            String lead = colon > 0 && colon < 50 ? text.substring(0, colon) : firstWords(text, 4);
            add(points, lead);
        }
        Matcher enumerated = ENUMERATED.matcher(answer);
        while (enumerated.find()) {
            add(points, enumerated.group(1));
        }
        Matcher lead = LEAD.matcher(answer);
        while (lead.find()) {
            String phrase = lead.group(1);
            String[] words = phrase.strip().split("\\s+");
            String last = words[words.length - 1].toLowerCase(Locale.ROOT);
            if (words.length <= 5 && !phrase.contains(",") && !VERBS.contains(last)) {
                add(points, phrase);
            }
        }
        Matcher code = CODE.matcher(answer);
        while (code.find()) {
            add(points, code.group(1));
        }
        Matcher term = TERM.matcher(answer);
        while (term.find()) {
            add(points, term.group());
        }
        List<String> out = new ArrayList<>(points);
        return out.size() > MAX_POINTS ? out.subList(0, MAX_POINTS) : out;
    }

    private static void add(Set<String> points, String raw) {
        String point = raw.strip().replaceAll("[:.,;]+$", "").strip();
        if (point.length() < 2 || significant(point).isEmpty()) {
            return;
        }
        String key = point.toLowerCase(Locale.ROOT);
        if (points.stream().noneMatch(p -> p.toLowerCase(Locale.ROOT).equals(key))) {
            points.add(point);
        }
    }

    private static String firstWords(String text, int n) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(n, words.length)));
    }

    /** Covered when at least 60% of the point's words (rounded up) are in what was said. */
    private static boolean isCovered(String point, Set<String> said) {
        List<String> words = significant(point);
        long present = words.stream().filter(said::contains).count();
        return present >= Math.max(1, (long) Math.ceil(words.size() * 0.6));
    }

    private static List<String> significant(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (!STOP.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    private static Set<String> stems(String text) {
        return new HashSet<>(significant(text));
    }

    /** A rough stem so that cache, caches, cached and caching meet. */
    static String stem(String word) {
        String w = word;
        for (String suffix : new String[] {"ing", "ed", "es", "s", "e"}) {
            if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        if (w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static Grade suggest(double coverage, String typed) {
        if (typed.isBlank() || coverage < 0.3) {
            return Grade.AGAIN;
        }
        if (coverage < 0.6) {
            return Grade.HARD;
        }
        return coverage >= 0.9 ? Grade.EASY : Grade.GOOD;
    }
}
