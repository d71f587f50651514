package sdq.store;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import sdq.deck.Names;
import sdq.schedule.FsrsParameters;
import sdq.schedule.OnFail;
import sdq.schedule.Scheduler;

/**
 * Reads {@code config.yaml} ({@code $XDG_CONFIG_HOME/sdq/config.yaml}, else
 * {@code ~/.config/sdq/config.yaml}). A malformed config is bad input, named with its place.
 */
public final class ConfigFile {
    private static final List<String> KEYS = List.of("boxes", "on-fail", "reviews-per-day", "new-per-day",
            "topics", "taxonomy", "scheduler", "desired-retention", "fsrs-parameters");

    private ConfigFile() {
    }

    /** Where the config lives, from the environment's {@code XDG_CONFIG_HOME} and {@code HOME}. */
    public static Path location(Optional<String> xdgConfigHome, Optional<String> home) {
        Path base = xdgConfigHome.filter(s -> !s.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(home.orElse(System.getProperty("user.home")), ".config"));
        return base.resolve("sdq").resolve("config.yaml");
    }

    public static Config read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Config.defaults();
        }
        try {
            return parse(file.toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MalformedFileException(file.toString(), 0, 0, "cannot be read: " + e.getMessage());
        }
    }

    static Config parse(String location, String text) {
        Node root = compose(location, text);
        if (root == null) {
            return Config.defaults();
        }
        if (!(root instanceof MappingNode map)) {
            throw problem(location, root, "the config must be a mapping of `key: value` lines");
        }
        Config defaults = Config.defaults();
        Map<String, List<String>> topics = new LinkedHashMap<>();
        boolean replace = false;
        List<Integer> intervals = defaults.intervals();
        OnFail onFail = defaults.onFail();
        int reviewsPerDay = defaults.reviewsPerDay();
        int newPerDay = defaults.newPerDay();
        Scheduler scheduler = defaults.scheduler();
        Node retention = null;
        Node weights = null;
        for (NodeTuple tuple : map.getValue()) {
            String key = scalar(location, tuple.getKeyNode()).getValue();
            Node value = tuple.getValueNode();
            switch (key) {
                case "taxonomy" -> {
                    String mode = scalar(location, value).getValue().strip();
                    if (!mode.equals("extend") && !mode.equals("replace")) {
                        throw problem(location, value, "`taxonomy` must be `extend` or `replace`, found '" + mode + "'");
                    }
                    replace = mode.equals("replace");
                }
                case "topics" -> topics.putAll(topics(location, value));
                case "boxes" -> intervals = intervals(location, value);
                case "on-fail" -> {
                    String mode = scalar(location, value).getValue().strip();
                    if (!mode.equals("first-box") && !mode.equals("previous-box")) {
                        throw problem(location, value, "`on-fail` must be `first-box` or `previous-box`, found '"
                                + mode + "'");
                    }
                    onFail = mode.equals("first-box") ? OnFail.FIRST_BOX : OnFail.PREVIOUS_BOX;
                }
                case "reviews-per-day" -> reviewsPerDay = count(location, value, "reviews-per-day");
                case "new-per-day" -> newPerDay = count(location, value, "new-per-day");
                case "scheduler" -> {
                    String word = scalar(location, value).getValue();
                    scheduler = Scheduler.parse(word).orElseThrow(() -> problem(location, value,
                            "`scheduler` must be `leitner` or `fsrs`, found '" + word.strip() + "'"));
                }
                case "desired-retention" -> retention = value;
                case "fsrs-parameters" -> weights = value;
                default -> {
                    List<String> close = Names.closeTo(key, KEYS, 1);
                    throw problem(location, tuple.getKeyNode(), "unknown setting `" + key + "`"
                            + (close.isEmpty() ? "; the settings are " + String.join(", ", KEYS)
                            : "; did you mean `" + close.get(0) + "`?"));
                }
            }
        }
        return new Config(topics, replace, intervals, onFail, reviewsPerDay, newPerDay, scheduler,
                fsrs(location, retention, weights));
    }

    /** FSRS's settings: a retention between 0.70 and 0.99, and 21 parameters (fitted by an optimizer) or the defaults. */
    private static FsrsParameters fsrs(String location, Node retention, Node weights) {
        double r = FsrsParameters.DEFAULT_RETENTION;
        if (retention != null) {
            String text = scalar(location, retention).getValue().strip();
            try {
                r = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                r = Double.NaN;
            }
            if (!(r >= FsrsParameters.MIN_RETENTION && r <= FsrsParameters.MAX_RETENTION)) {
                throw problem(location, retention, "`desired-retention` must be a number from 0.70 to 0.99 (the chance"
                        + " of recall a card is scheduled for), found '" + text + "'");
            }
        }
        List<Double> w = FsrsParameters.DEFAULT_WEIGHTS;
        if (weights != null) {
            String text;
            if (weights instanceof SequenceNode list) {
                List<String> items = new ArrayList<>();
                for (Node item : list.getValue()) {
                    items.add(scalar(location, item).getValue());
                }
                text = String.join(",", items);
            } else {
                text = scalar(location, weights).getValue();
            }
            try {
                w = FsrsParameters.parseWeights(text);
            } catch (IllegalArgumentException e) {
                throw problem(location, weights, "`fsrs-parameters`: " + e.getMessage() + "; give the 21 numbers an"
                        + " FSRS optimizer prints, e.g. `fsrs-parameters: [0.212, 1.2931, ...]`");
            }
        }
        return new FsrsParameters(w, r, true);
    }

    private static List<Integer> intervals(String location, Node node) {
        if (!(node instanceof SequenceNode list) || list.getValue().isEmpty()) {
            throw problem(location, node, "`boxes` must list each box's interval in days, e.g. `boxes: [1, 3, 7, 14, 30]`");
        }
        List<Integer> out = new ArrayList<>();
        for (Node item : list.getValue()) {
            int days = count(location, item, "a box interval");
            if (days < 1) {
                throw problem(location, item, "a box interval must be at least 1 day, found " + days);
            }
            out.add(days);
        }
        return out;
    }

    private static int count(String location, Node node, String what) {
        String text = scalar(location, node).getValue().strip();
        try {
            int n = Integer.parseInt(text);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw problem(location, node, "`" + what + "` must be a whole number of 0 or more, found '" + text + "'");
        }
    }

    private static Map<String, List<String>> topics(String location, Node node) {
        if (!(node instanceof MappingNode map)) {
            throw problem(location, node, "`topics` must map each topic to its keywords, e.g. `kubernetes: [k8s, pod*]`");
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String topic = scalar(location, tuple.getKeyNode()).getValue();
            Node value = tuple.getValueNode();
            List<String> words = new ArrayList<>();
            if (value instanceof SequenceNode list) {
                for (Node item : list.getValue()) {
                    words.add(keyword(location, item));
                }
            } else {
                for (String w : keyword(location, value).split(",")) {
                    words.add(w.strip());
                }
            }
            out.put(topic, words);
        }
        return out;
    }

    /** A keyword of a topic; an unquoted one starting with ! is read by YAML as a tag, which would lose the !. */
    private static String keyword(String location, Node node) {
        ScalarNode s = scalar(location, node);
        String tag = s.getTag().getValue();
        if (tag.startsWith("!") && !tag.startsWith("!!")) {
            throw problem(location, node, "a keyword that starts with ! must be quoted: write '" + tag
                    + (s.getValue().isEmpty() ? "" : " " + s.getValue()) + "'");
        }
        return s.getValue();
    }

    private static ScalarNode scalar(String location, Node node) {
        if (node instanceof ScalarNode s) {
            return s;
        }
        throw problem(location, node, "expected text here, found " + (node instanceof SequenceNode ? "a list" : "a mapping"));
    }

    private static Node compose(String location, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(1024 * 1024);
        options.setTagInspector(tag -> false);
        try {
            return new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(), options)
                    .getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            throw new MalformedFileException(location, mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new MalformedFileException(location, 0, 0, "not valid YAML: " + e.getMessage());
        }
    }

    private static MalformedFileException problem(String location, Node node, String message) {
        Mark mark = node.getStartMark();
        return new MalformedFileException(location, mark.getLine() + 1, mark.getColumn() + 1, message);
    }
}
