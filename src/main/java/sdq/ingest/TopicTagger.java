package sdq.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Gives a card one to three topics, scored from its question (weighted most), the heading it
 * was found under, and its answer, so that a card is a caching card when it asks about caching,
 * not when its answer mentions a cache once in passing.
 */
public final class TopicTagger {
    static final String FALLBACK = "architecture";
    private static final double QUESTION = 4.0;
    private static final double SECTION = 3.0;
    private static final double ANSWER = 0.5;
    private static final int ANSWER_CAP = 8;
    private static final double THRESHOLD = 2.5;
    /** A topic the question and heading do not name needs many mentions in the answer. */
    private static final double ANSWER_ONLY_THRESHOLD = 3.5;
    private static final double NEAR_BEST = 0.3;
    private static final int MAX_TOPICS = 3;

    private final Taxonomy taxonomy;
    /** The topics given to each text so far; null when this tagger does not remember. */
    private final Map<Text, List<String>> remembered;

    private record Text(String question, String section, String answer) {
    }

    public TopicTagger(Taxonomy taxonomy) {
        this(taxonomy, null);
    }

    private TopicTagger(Taxonomy taxonomy, Map<Text, List<String>> remembered) {
        this.taxonomy = taxonomy;
        this.remembered = remembered;
    }

    /**
     * This tagger, remembering the topics it gives each text (safely across threads): an import
     * tags cards as each file is read, on every core, and its merge then looks them up.
     */
    public TopicTagger remembering() {
        return new TopicTagger(taxonomy, new ConcurrentHashMap<>());
    }

    private static final Pattern CONTEXT = Pattern.compile(
            "(?is)^\\s*\\**(scenario|situation|context|background)\\b.*");

    /**
     * The topics of a card. Paragraphs of the question that set a scenario weigh like the
     * heading: the question asked is what the card is about.
     */
    public List<String> topics(String question, String section, String answer) {
        if (remembered == null) {
            return tag(question, section, answer);
        }
        Text text = new Text(question, section, answer);
        List<String> topics = remembered.get(text);
        if (topics == null) {
            topics = tag(question, section, answer);
            remembered.putIfAbsent(text, topics);
        }
        return topics;
    }

    private List<String> tag(String question, String section, String answer) {
        StringBuilder asked = new StringBuilder();
        StringBuilder context = new StringBuilder(section);
        for (String paragraph : question.split("\n\\s*\n")) {
            (CONTEXT.matcher(paragraph).matches() ? context : asked).append('\n').append(paragraph);
        }
        return score(asked.toString(), context.toString(), answer);
    }

    private List<String> score(String question, String section, String answer) {
        record Scored(String topic, double score, boolean answerOnly) {
        }
        int[] q = taxonomy.counts(question);
        int[] h = taxonomy.counts(section);
        int[] a = taxonomy.counts(answer);
        List<String> names = taxonomy.topics();
        List<Scored> scored = new ArrayList<>();
        for (int t = 0; t < names.size(); t++) {
            double named = QUESTION * Math.min(q[t], 3) + SECTION * Math.min(h[t], 3);
            double score = named + ANSWER * Math.min(a[t], ANSWER_CAP);
            if (score > 0) {
                scored.add(new Scored(names.get(t), score, named == 0));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::topic));
        List<String> out = new ArrayList<>();
        double best = scored.isEmpty() ? 0 : scored.get(0).score();
        for (Scored s : scored) {
            if (out.size() == MAX_TOPICS || s.score() < THRESHOLD || s.score() < best * NEAR_BEST) {
                break;
            }
            if (!s.answerOnly() || s.score() >= ANSWER_ONLY_THRESHOLD) {
                out.add(s.topic());
            }
        }
        if (out.isEmpty()) {
            out.add(scored.isEmpty() ? fallback() : scored.get(0).topic());
        }
        return List.copyOf(out);
    }

    private String fallback() {
        List<String> topics = taxonomy.topics();
        return topics.contains(FALLBACK) ? FALLBACK : topics.get(0);
    }
}
