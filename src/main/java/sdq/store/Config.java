package sdq.store;

import java.util.List;
import java.util.Map;

/**
 * The user's settings from {@code config.yaml}. Every setting has a default, so a missing file
 * is the same as an empty one.
 *
 * @param topics        topics to add to the built-in taxonomy (or to use instead of it), each
 *                      with its keywords
 * @param replaceTopics whether {@code topics} replaces the built-in taxonomy
 */
public record Config(Map<String, List<String>> topics, boolean replaceTopics) {
    public Config {
        topics = Map.copyOf(topics);
    }

    public static Config defaults() {
        return new Config(Map.of(), false);
    }
}
