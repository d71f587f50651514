package sdq.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ideas a model answer turns on, as short phrases, most telling first: its bold terms, the
 * names an enumeration or a sentence leads with ("(a) key replication — ...", "Hot keys — ..."),
 * the terms its list items lead with, its code, its technical terms (acronyms, names with
 * capitals or digits), and, where those are few, the words it keeps coming back to. Not
 * sentence fragments ("For each customer, we"), labels ("Fixes:"), numbers, or what the
 * question already says. A parenthesis gives the point another name: "LRU (Least Recently Used)".
 */
final class KeyPoints {
    /** A key point: the phrase shown, its stems and words, and those of its other name. */
    record Point(String phrase, List<String> stems, List<String> words, List<String> otherStems) {
    }

    static final int MAX = 8;
    private static final int MAX_WORDS = 5;
    /** Bold may set apart a longer phrase ("operational for a very high percentage of time"). */
    private static final int BOLD_WORDS = 8;
    private static final Set<String> VERBS = Set.of("is", "are", "was", "were", "has", "have", "can", "will", "should",
            "must", "does", "do", "gets", "get", "means");
    private static final Pattern LEAD = Pattern.compile("^(.{2,60}?)\\s*(?::|—|–|\\s-\\s|=|→)\\s*");
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\(([^()]{1,60})\\)?\\s*$|\\s*\\(([^()]{1,60})\\)");
    /** "(a) key replication — ...", "(2) Sharding: ...": the name an enumeration gives each part. */
    private static final Pattern ENUMERATED = Pattern.compile(
            "\\((?:[a-h]|[1-9]|i{1,3}|iv|v)\\)\\s+([^—–:;,()\\n]{3,60}?)\\s*(?:—|–|:|;|,|\\()");
    /** "Hot keys — ..." or "Read replicas: ..." at the start of a sentence. */
    private static final Pattern SENTENCE_LEAD = Pattern.compile("(?:^|(?<=[.!?]\\s))([A-Z][^—–:.!?\\n]{2,50}?)\\s*(?:—|–|:)\\s");
    private static final Pattern TERM = Pattern.compile("(?<![\\p{L}\\p{N}])(?:[A-Z]{2,}[A-Za-z0-9]*|[A-Za-z]+[0-9][A-Za-z0-9]*"
            + "|[A-Z][a-z]+[A-Z][A-Za-z]+)(?![\\p{L}\\p{N}])");
    /** Words a fragment starts or ends with, not the start or end of an idea. */
    private static final Set<String> FUNCTION = Set.of("for", "instead", "if", "when", "each", "we", "you", "it", "this",
            "that", "these", "those", "so", "because", "but", "and", "or", "then", "to", "of", "in", "on", "at", "with",
            "by", "a", "an", "the", "is", "are", "was", "be", "as", "from", "into", "than", "not", "no", "also", "eg",
            "ie", "use", "they", "there", "here", "which", "what", "how", "why", "where", "who", "can", "will", "do",
            "does", "my", "our", "your", "their", "its", "i");
    /** Labels that head what follows rather than name an idea. */
    private static final Set<String> LABELS = Set.of("fix", "fixes", "example", "examples", "note", "notes", "answer",
            "summary", "tip", "tips", "pros", "cons", "why", "how", "what", "downside", "downsides", "upside", "upsides",
            "benefit", "benefits", "requirements", "core concepts", "key insight", "problem", "solution", "approach",
            "level", "result", "results", "step", "steps", "used by", "best for", "infrastructure", "tradeoff",
            "tradeoffs", "trade-off", "trade-offs", "implementation", "idea", "key idea", "in practice", "overview",
            "definition", "goal", "goals", "context", "scenario", "question", "the after", "the before");

    private KeyPoints() {
    }

    /** The key points of an answer to a question, most telling first, at most {@link #MAX}. */
    static List<Point> of(String question, AnswerText answer) {
        Set<String> asked = new HashSet<>(Stems.stems(question));
        Map<String, Point> points = new LinkedHashMap<>();
        answer.bold().forEach(b -> add(points, b, asked, BOLD_WORDS));
        Matcher enumerated = ENUMERATED.matcher(answer.plain());
        while (enumerated.find()) {
            add(points, enumerated.group(1), asked);
        }
        Matcher sentence = SENTENCE_LEAD.matcher(answer.plain());
        while (sentence.find()) {
            if (!sentence.group(1).contains(",")) {
                add(points, sentence.group(1), asked);
            }
        }
        for (String item : answer.leads()) {
            Matcher lead = LEAD.matcher(item);
            int parenthesis = item.indexOf('(');
            if (lead.find()) {
                String term = lead.group(1);
                if (asked.containsAll(Stems.stems(term))) {
                    // "Fault: A component deviating from its spec" in answer to "fault or failure?": the definition is the point.
                    definition(item.substring(lead.end())).ifPresent(d -> add(points, d, asked, BOLD_WORDS));
                } else {
                    add(points, term, asked);
                }
            } else if (parenthesis > 1 && parenthesis <= 40) {
                add(points, item.substring(0, parenthesis), asked);
            } else if (item.split("\\s+").length <= 3) {
                add(points, item, asked);
            }
        }
        answer.code().forEach(c -> add(points, c, asked));
        if (points.size() < 3) {
            recurring(answer.plain(), asked).forEach(w -> add(points, w, asked));
        }
        Matcher term = TERM.matcher(answer.plain());
        while (term.find()) {
            add(points, term.group(), asked);
        }
        List<Point> out = new ArrayList<>(points.values());
        return out.size() > MAX ? List.copyOf(out.subList(0, MAX)) : out;
    }

    /** The first clause of a definition, from its first word that is not an article, in at most six words. */
    private static java.util.Optional<String> definition(String text) {
        Matcher clause = Pattern.compile("^([^,;:()—–.!?]{3,80})").matcher(text.strip());
        if (!clause.find()) {
            return java.util.Optional.empty();
        }
        List<String> words = new ArrayList<>(List.of(clause.group(1).strip().split("\\s+")));
        while (!words.isEmpty() && FUNCTION.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            words.remove(0);
        }
        if (words.size() > 6) {
            words = new ArrayList<>(words.subList(0, 6));
        }
        while (!words.isEmpty() && FUNCTION.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        return words.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(" ", words));
    }

    /** The words an answer keeps coming back to (or, in a short answer, its longest ones), most first. */
    private static List<String> recurring(String text, Set<String> asked) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> shown = new HashMap<>();
        for (Stems.Word w : Stems.of(text)) {
            if (w.stem().length() >= 5 && !asked.contains(w.stem()) && w.stem().chars().allMatch(Character::isLetter)) {
                counts.merge(w.stem(), 1, Integer::sum);
                shown.putIfAbsent(w.stem(), w.text());
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2 || counts.size() <= 12)
                .sorted((a, b) -> !b.getValue().equals(a.getValue()) ? b.getValue() - a.getValue()
                        : shown.get(b.getKey()).length() - shown.get(a.getKey()).length())
                .limit(4).map(e -> shown.get(e.getKey())).toList();
    }

    private static void add(Map<String, Point> points, String raw, Set<String> asked) {
        add(points, raw, asked, MAX_WORDS);
    }

    private static void add(Map<String, Point> points, String raw, Set<String> asked, int maxWords) {
        String text = raw.strip();
        String other = "";
        Matcher parenthesis = PARENTHESIS.matcher(text);
        if (parenthesis.find()) {
            other = parenthesis.group(1) != null ? parenthesis.group(1) : parenthesis.group(2);
            text = (text.substring(0, parenthesis.start()) + " " + text.substring(parenthesis.end())).strip();
        }
        String phrase = text.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "").strip();
        if (phrase.length() < 2 || LABELS.contains(phrase.toLowerCase(Locale.ROOT))) {
            return;
        }
        String[] words = phrase.split("\\s+");
        String first = words[0].toLowerCase(Locale.ROOT);
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (words.length > maxWords || FUNCTION.contains(first) || FUNCTION.contains(last)
                || maxWords == MAX_WORDS && java.util.Arrays.stream(words).anyMatch(w -> VERBS.contains(w.toLowerCase(Locale.ROOT)))) {
            // A lead with a verb in it is a sentence, not the name of an idea.
            return;
        }
        List<Stems.Word> parts = Stems.of(phrase).stream().filter(w -> w.stem().chars().anyMatch(Character::isLetter))
                .toList();
        List<String> stems = parts.stream().map(Stems.Word::stem).toList();
        List<String> otherStems = Stems.stems(other).stream().filter(t -> t.chars().anyMatch(Character::isLetter)).toList();
        String otherName = other.replaceAll("[^\\p{L}\\p{N}\\s-]", "").strip().toLowerCase(Locale.ROOT);
        if (!stems.isEmpty() && asked.containsAll(stems) && !otherStems.isEmpty() && !asked.containsAll(otherStems)
                && !LABELS.contains(otherName)) {
            // "LRU (Least Recently Used)" in answer to a question about LRU: the other name is the point.
            List<Stems.Word> named = Stems.of(other);
            stems = otherStems;
            parts = named;
            phrase = phrase + " (" + other.strip() + ")";
            otherStems = List.of();
        }
        if (stems.isEmpty() || asked.containsAll(stems)) {
            return;
        }
        List<String> finalStems = stems;
        String key = String.join(" ", stems);
        if (!points.containsKey(key) && points.values().stream().noneMatch(p -> p.stems().containsAll(finalStems))) {
            points.put(key, new Point(phrase, stems, parts.stream().map(w -> w.text().toLowerCase(Locale.ROOT)).toList(),
                    otherStems));
        }
    }
}
