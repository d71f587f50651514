package sdq.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sdq.deck.InvalidInputException;
import sdq.deck.Topics;

/**
 * The topics cards can have, each with the keywords that point to it. Built in from a resource
 * file, and extended or replaced from the user's config.
 */
public final class Taxonomy {
    private static final String RESOURCE = "/sdq/ingest/taxonomy.txt";
    private static final Taxonomy BUILT_IN = load();

    private final Map<String, List<String>> keywords;
    private final List<String> topics;
    private final KeywordIndex index;

    private Taxonomy(Map<String, List<String>> keywords) {
        this.keywords = Map.copyOf(keywords);
        this.topics = List.copyOf(keywords.keySet());
        this.index = new KeywordIndex(topics.stream().map(keywords::get).toList());
    }

    public static Taxonomy builtIn() {
        return BUILT_IN;
    }

    /**
     * This taxonomy with the user's topics: each replaces the keywords of a topic of the same
     * name (one given only {@code !} words keeps its keywords and adds those) or adds a topic;
     * with {@code replace}, only the user's topics remain.
     */
    public Taxonomy with(Map<String, List<String>> userTopics, boolean replace) {
        Map<String, List<String>> merged = new LinkedHashMap<>(replace ? Map.of() : ordered());
        userTopics.forEach((raw, words) -> {
            String topic = Topics.canonical(raw);
            if (topic.isEmpty()) {
                throw new InvalidInputException("'" + raw + "' in the config's topics is not a topic name;"
                        + " use words such as caching or load-balancing.");
            }
            List<String> clean = words.stream().map(String::strip).filter(w -> !w.isEmpty()).toList();
            List<String> known = merged.get(topic);
            if (!clean.isEmpty() && known != null && clean.stream().allMatch(w -> w.startsWith("!"))) {
                // Only words where the topic does not count ("!mock interview*"): added to its keywords, not instead.
                List<String> more = new java.util.ArrayList<>(known);
                more.addAll(clean);
                merged.put(topic, List.copyOf(more));
                return;
            }
            merged.put(topic, clean.isEmpty() ? List.of(topic) : clean);
        });
        if (merged.isEmpty()) {
            throw new InvalidInputException("The config replaces the topic list but names no topics.");
        }
        return new Taxonomy(merged);
    }

    /** The topics, in the order of the taxonomy. */
    public List<String> topics() {
        return topics;
    }

    public List<String> keywords(String topic) {
        return keywords.getOrDefault(topic, List.of());
    }

    /** How often each topic's keywords occur in the text, by the order of {@link #topics()}. */
    int[] counts(String text) {
        return index.counts(text);
    }

    private Map<String, List<String>> ordered() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String topic : topics) {
            out.put(topic, keywords.get(topic));
        }
        return out;
    }

    private static Taxonomy load() {
        Map<String, List<String>> topics = new LinkedHashMap<>();
        try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                int colon = t.indexOf(':');
                String topic = t.substring(0, colon).strip();
                List<String> words = List.of(t.substring(colon + 1).split(",")).stream()
                        .map(String::strip).filter(w -> !w.isEmpty()).toList();
                topics.put(topic, words);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Taxonomy(topics);
    }
}
