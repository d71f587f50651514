package sdq.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import sdq.deck.Card;
import sdq.deck.CardId;
import sdq.deck.Cloze;
import sdq.deck.Deck;
import sdq.deck.SourceRef;
import sdq.deck.Names;
import sdq.deck.Topics;

/**
 * Reads one deck file. Scalars are taken as the exact strings written, whatever YAML 1.1 would
 * make of them; every problem is reported with its line and column and in words.
 */
final class DeckReader {
    static final int MAX_CODE_POINTS = 64 * 1024 * 1024;
    private static final List<String> TOP_KEYS = List.of("sdq", "deck", "title", "source", "cards");
    private static final List<String> CARD_KEYS =
            List.of("id", "q", "a", "topics", "section", "source", "parent", "cloze");

    private final String location;
    private final String name;

    DeckReader(String location, String name) {
        this.location = location;
        this.name = name;
    }

    /**
     * Reads the deck a node at a time: the top-level entries, then each card composed, read and
     * let go, so a large deck is never a tree of YAML nodes (each holding a piece of the file).
     */
    LoadedDeck read(byte[] bytes, Optional<Path> file) {
        try {
            return read(DeckBytes.of(location, bytes), file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads the deck from bytes checked already; the loaded deck carries their digest. */
    LoadedDeck read(DeckBytes text, Optional<Path> file) throws java.io.IOException {
        LoaderOptions options = options();
        ParserImpl parser = new ParserImpl(new StreamReader(text.reader()), options);
        YamlNodes nodes = new YamlNodes(parser, TEXT_ONLY, options);
        try {
            return read(parser, nodes, file);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            throw new MalformedFileException(location, line, column, yamlProblem(e));
        } catch (YAMLException e) {
            throw new MalformedFileException(location, 0, 0, yamlProblem(e));
        }
    }

    private LoadedDeck read(ParserImpl parser, YamlNodes nodes, Optional<Path> file) {
        parser.getEvent();
        if (parser.checkEvent(Event.ID.StreamEnd)) {
            throw new MalformedFileException(location, 0, 0,
                    "the file holds no deck (only blank lines or comments); add `cards:` or delete the file");
        }
        parser.getEvent();
        if (!parser.checkEvent(Event.ID.MappingStart)) {
            asMapping(nodes.next(), "the deck");
        }
        Mark rootMark = parser.getEvent().getStartMark();
        Expansion expansion = new Expansion();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        String title = name;
        Optional<String> source = Optional.empty();
        List<Card> cards = null;
        Map<CardId, Integer> lines = new LinkedHashMap<>();
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            ScalarNode key = scalar(nodes.next(), "a key");
            String k = key.getValue();
            known(key, TOP_KEYS, "at the top of a deck", keyLines);
            if (k.equals("cards") && parser.checkEvent(Event.ID.SequenceStart)) {
                cards = new ArrayList<>();
                parser.getEvent();
                while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                    Node item = nodes.next();
                    expansion.check(item);
                    Card card = card(item);
                    Integer first = lines.putIfAbsent(card.id(), line(item));
                    if (first != null) {
                        throw problem(item, "card id " + card.id() + " is used twice (first at line " + first
                                + "); give this card a new id");
                    }
                    cards.add(card);
                }
                parser.getEvent();
                continue;
            }
            Node value = nodes.next();
            expansion.check(value);
            switch (k) {
                case "sdq" -> {
                    ScalarNode version = scalar(value, "sdq");
                    if (!version.getValue().trim().equals(Integer.toString(DeckYaml.VERSION))) {
                        throw problem(version, "this deck is in format version '" + version.getValue()
                                + "', but this sdq reads version " + DeckYaml.VERSION + "; upgrade sdq or fix `sdq:`");
                    }
                }
                case "deck" -> {
                    ScalarNode deckName = scalar(value, "deck");
                    if (!deckName.getValue().equals(name)) {
                        throw problem(deckName, "`deck: " + deckName.getValue() + "` does not match the file name ("
                                + name + ".yaml); make them the same");
                    }
                }
                case "title" -> title = text(value, "title");
                case "source" -> source = Optional.of(text(value, "source")).filter(s -> !s.isBlank());
                default -> {
                    // `cards:` that is not a list: nothing, or a mistake.
                    if (!(value instanceof ScalarNode empty && empty.getValue().isEmpty())) {
                        asSequence(value, "`cards`");
                    }
                    cards = new ArrayList<>();
                }
            }
        }
        parser.getEvent();
        nodes.endDocument(location, "the file holds more than one YAML document (`---`); keep one deck per file");
        if (cards == null) {
            throw new MalformedFileException(location, rootMark.getLine() + 1, rootMark.getColumn() + 1,
                    "the deck has no `cards:` list; add one (see the README for the format)");
        }
        try {
            return new LoadedDeck(new Deck(name, title, source, cards), location, file, lines);
        } catch (IllegalArgumentException e) {
            throw new MalformedFileException(location, 0, 0, e.getMessage());
        }
    }


    private Card card(Node node) {
        MappingNode map = asMapping(node, "a card");
        Map<String, NodeTuple> f = fields(map, CARD_KEYS, "in a card");
        String question = required(f, "q", map, "question");
        if (!f.containsKey("id")) {
            throw problem(map, "this card has no `id`; add a line `id: " + suggestId(question)
                    + "` (any unique word of letters, digits and '-')");
        }
        ScalarNode idNode = scalar(f.get("id").getValueNode(), "id");
        if (!CardId.isValid(idNode.getValue())) {
            throw problem(idNode, "'" + idNode.getValue() + "' is not a card id; use letters, digits, '.', '_'"
                    + " or '-' (at most 64), e.g. " + suggestId(question));
        }
        CardId id = new CardId(idNode.getValue());
        String answer = required(f, "a", map, "answer");
        List<String> topics = f.containsKey("topics") ? topics(f.get("topics").getValueNode()) : List.of();
        String section = f.containsKey("section") ? text(f.get("section").getValueNode(), "section") : "";
        if (section.indexOf('\n') >= 0) {
            throw problem(f.get("section").getValueNode(), "`section` must be one line");
        }
        Optional<SourceRef> source = f.containsKey("source")
                ? Optional.of(sourceRef(f.get("source").getValueNode())) : Optional.empty();
        Optional<CardId> parent = Optional.empty();
        if (f.containsKey("parent")) {
            ScalarNode p = scalar(f.get("parent").getValueNode(), "parent");
            if (!CardId.isValid(p.getValue())) {
                throw problem(p, "`parent` must be the id of another card, found '" + p.getValue() + "'");
            }
            parent = Optional.of(new CardId(p.getValue()));
        }
        Optional<Cloze> cloze = Optional.empty();
        if (f.containsKey("cloze")) {
            Node clozeNode = f.get("cloze").getValueNode();
            cloze = Cloze.of(text(clozeNode, "cloze"));
            if (cloze.isEmpty()) {
                throw problem(clozeNode, "`cloze` must be text with a gap written {{c1::...}}");
            }
        }
        return new Card(id, question, answer, topics, section.strip(), source, parent, cloze);
    }

    private String required(Map<String, NodeTuple> f, String key, Node card, String what) {
        if (!f.containsKey(key)) {
            throw problem(card, "this card has no `" + key + "` (its " + what + "); add `" + key + ": ...`");
        }
        Node value = f.get(key).getValueNode();
        String text = text(value, key);
        if (text.isBlank()) {
            throw problem(value, "the " + what + " (`" + key + "`) is empty; write one or delete the card");
        }
        return text;
    }

    private List<String> topics(Node node) {
        List<Node> items = node instanceof ScalarNode ? List.of(node) : asSequence(node, "`topics`").getValue();
        Set<String> topics = new LinkedHashSet<>();
        for (Node item : items) {
            ScalarNode topic = scalar(item, "a topic");
            if (topic.getValue().isBlank() && items.size() == 1 && node instanceof ScalarNode) {
                return List.of();
            }
            String canonical = Topics.canonical(topic.getValue());
            if (canonical.isEmpty()) {
                throw problem(topic, "'" + topic.getValue() + "' is not a topic name; use words such as caching"
                        + " or load-balancing");
            }
            topics.add(canonical);
        }
        return List.copyOf(topics);
    }

    private SourceRef sourceRef(Node node) {
        MappingNode map = asMapping(node, "`source`");
        Map<String, NodeTuple> f = fields(map, List.of("line", "imported"), "in `source`");
        if (!f.containsKey("line")) {
            throw problem(map, "`source` needs a `line`, e.g. `source: {line: 12}`");
        }
        ScalarNode line = scalar(f.get("line").getValueNode(), "line");
        Optional<String> imported = Optional.empty();
        if (f.containsKey("imported")) {
            ScalarNode fingerprint = scalar(f.get("imported").getValueNode(), "imported");
            if (!SourceRef.isFingerprint(fingerprint.getValue().trim())) {
                throw problem(fingerprint, "`imported` is eight hex digits that sdq import writes; found '"
                        + fingerprint.getValue() + "' (delete it and sdq takes the deck's text as the notes')");
            }
            imported = Optional.of(fingerprint.getValue().trim());
        }
        try {
            return new SourceRef(Integer.parseInt(line.getValue().trim()), imported);
        } catch (NumberFormatException e) {
            throw problem(line, "`line` must be a whole number of 1 or more, found '" + line.getValue() + "'");
        } catch (IllegalArgumentException e) {
            throw problem(line, "`line` must be a whole number of 1 or more, found '" + line.getValue() + "'");
        }
    }

    /** The keys of a mapping, each once and each one we know, by name. */
    private Map<String, NodeTuple> fields(MappingNode map, List<String> allowed, String where) {
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            ScalarNode key = scalar(tuple.getKeyNode(), "a key");
            known(key, allowed, where, lines);
            out.put(key.getValue(), tuple);
        }
        return out;
    }

    /** Refuses a key that is not {@code allowed}, or that {@code lines} (where each key came) already holds. */
    private void known(ScalarNode key, List<String> allowed, String where, Map<String, Integer> lines) {
        String k = key.getValue();
        if (!allowed.contains(k)) {
            List<String> close = Names.closeTo(k, allowed, 1);
            String hint = close.isEmpty() ? "the keys allowed " + where + " are " + String.join(", ", allowed)
                    : "did you mean `" + close.get(0) + "`?";
            throw problem(key, "unknown key `" + k + "` " + where + "; " + hint);
        }
        Integer first = lines.putIfAbsent(k, line(key));
        if (first != null) {
            throw problem(key, "the key `" + k + "` appears twice (first at line " + first + "); keep one");
        }
    }

    private String text(Node node, String what) {
        return scalar(node, "`" + what + "`").getValue();
    }

    private ScalarNode scalar(Node node, String what) {
        if (node instanceof ScalarNode s) {
            return s;
        }
        throw problem(node, what + " must be text, found " + kind(node));
    }

    private MappingNode asMapping(Node node, String what) {
        if (node instanceof MappingNode m) {
            return m;
        }
        throw problem(node, what + " must be a mapping of `key: value` lines, found " + kind(node));
    }

    private SequenceNode asSequence(Node node, String what) {
        if (node instanceof SequenceNode s) {
            return s;
        }
        throw problem(node, what + " must be a list, found " + kind(node));
    }

    private static String kind(Node node) {
        if (node instanceof ScalarNode s) {
            return s.getValue().isEmpty() ? "nothing" : "the text '" + abbreviate(s.getValue()) + "'";
        }
        return node instanceof SequenceNode ? "a list" : "a mapping";
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 30 ? one.substring(0, 29) + "…" : one;
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setMergeOnCompose(false);
        options.setTagInspector(tag -> false);
        return options;
    }

    /** The text the deck's nodes expand to, so far: bounded as the file's own size is. */
    private final class Expansion {
        private long total;

        void check(Node node) {
            total = Math.min(Long.MAX_VALUE / 4, total + checkExpansion(node));
            if (total > MAX_CODE_POINTS) {
                throw problem(node, "its aliases (*name) expand to more than " + MAX_CODE_POINTS / (1024 * 1024)
                        + " MB of text; write the text out where it is needed");
            }
        }
    }

    /**
     * Aliases ({@code *name}) repeat the text of their anchor wherever they stand: the text they
     * expand to is counted (each shared node once per use, without expanding it) and bounded as
     * the file's own size is; and a tag a deck does not know ({@code !foo}) is refused.
     */
    private long checkExpansion(Node root) {
        java.util.IdentityHashMap<Node, Long> sizes = new java.util.IdentityHashMap<>();
        java.util.Set<Node> inside = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<Frame> stack = new java.util.ArrayDeque<>();
        stack.push(open(root, inside));
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            List<Node> children = frame.children();
            while (frame.next()[0] < children.size() && sizes.containsKey(children.get(frame.next()[0]))) {
                frame.next()[0]++;
            }
            if (frame.next()[0] < children.size()) {
                Node child = children.get(frame.next()[0]);
                if (inside.contains(child)) {
                    // An alias inside its own anchor: the text would never end.
                    throw problem(child, "a YAML alias (*name) stands inside the anchor (&name) it repeats;"
                            + " write the text out instead");
                }
                stack.push(open(child, inside));
                continue;
            }
            Node node = frame.node();
            inside.remove(node);
            long size = node instanceof ScalarNode scalar ? scalar.getValue().length() : 0;
            for (Node child : children) {
                size = Math.min(Long.MAX_VALUE / 4, size + sizes.get(child));
            }
            if (size > MAX_CODE_POINTS) {
                throw problem(node, "its aliases (*name) expand to more than " + MAX_CODE_POINTS / (1024 * 1024)
                        + " MB of text; write the text out where it is needed");
            }
            sizes.put(node, size);
            stack.pop();
        }
        return sizes.get(root);
    }

    /**
     * A node being sized, its children and the next of them to look at: every child is looked at
     * once, so a list of 100,000 cards is not scanned again after each of them.
     */
    private record Frame(Node node, List<Node> children, int[] next) {
    }

    /** Starts sizing a node: its tag must be one a deck knows. */
    private Frame open(Node node, java.util.Set<Node> inside) {
        if (!node.getTag().startsWith("tag:yaml.org,2002:")) {
            throw problem(node, "the tag " + node.getTag().getValue() + " means nothing in a deck; remove it");
        }
        inside.add(node);
        return new Frame(node, children(node), new int[1]);
    }

    private static List<Node> children(Node node) {
        if (node instanceof MappingNode map) {
            List<Node> out = new ArrayList<>();
            for (NodeTuple t : map.getValue()) {
                out.add(t.getKeyNode());
                out.add(t.getValueNode());
            }
            return out;
        }
        return node instanceof SequenceNode seq ? seq.getValue() : List.of();
    }

    /** SnakeYAML's wording of a problem, turned into what a person editing the deck needs. */
    private static String yamlProblem(YAMLException e) {
        String raw = e instanceof MarkedYAMLException m && m.getProblem() != null ? m.getProblem() : e.getMessage();
        String problem = raw == null ? "unreadable YAML" : raw.strip();
        if (problem.contains("\\t") || problem.contains("TAB")) {
            return "a tab is used for indentation; YAML needs spaces";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "a ': ' where YAML does not allow one; put the text in quotes or in a block (`|`)";
        }
        if (problem.contains("could not find expected ':'")) {
            return "a line that is not `key: value`; check its indentation and colon";
        }
        if (problem.contains("Global tag is not allowed")) {
            return "YAML tags (`!...`) are not allowed in a deck; remove it";
        }
        if (problem.contains("expected ',' or '}'") || problem.contains("expected ',' or ']'")) {
            return "a `{...}` or `[...]` is not closed where expected; put text that holds ',', ':', '?',"
                    + " '[' or '{' in quotes";
        }
        if (problem.contains("Nesting Depth exceeded")) {
            return "lists or mappings nested more than 20 deep; a card is flat `key: value` lines";
        }
        if (problem.contains("Number of aliases")) {
            return "too many YAML aliases (`*name`); write the text out instead";
        }
        if (problem.contains("code points")) {
            return "the file is larger than " + MAX_CODE_POINTS / (1024 * 1024) + " MB; split the deck";
        }
        if (problem.contains("expected a single document") || problem.contains("found another document")) {
            return "the file holds more than one YAML document (`---`); keep one deck per file";
        }
        if (problem.contains("special characters are not allowed")) {
            return "a control character that YAML does not allow; remove it or write it escaped in double quotes";
        }
        return "not valid YAML: " + problem.replace('\n', ' ');
    }

    private MalformedFileException problem(Node node, String message) {
        Mark mark = node.getStartMark();
        return new MalformedFileException(location, mark.getLine() + 1, mark.getColumn() + 1, message);
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /**
     * Every scalar of a deck is read as text (numbers are parsed where a field wants one), so the
     * composer need not run YAML's type-guessing patterns over every question and answer.
     */
    private static final Resolver TEXT_ONLY = new Resolver() {
        @Override
        protected void addImplicitResolvers() {
            // none: no pattern is ever tried
        }

        @Override
        public org.yaml.snakeyaml.nodes.Tag resolve(org.yaml.snakeyaml.nodes.NodeId kind, String value,
                                                    boolean implicit) {
            return switch (kind) {
                case scalar -> org.yaml.snakeyaml.nodes.Tag.STR;
                case sequence -> org.yaml.snakeyaml.nodes.Tag.SEQ;
                default -> org.yaml.snakeyaml.nodes.Tag.MAP;
            };
        }
    };

    /** A fresh id to offer in a message, derived from the question so it is the same each time. */
    static String suggestId(String question) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(question.getBytes(StandardCharsets.UTF_8));
            return "c-" + HexFormat.of().formatHex(hash, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
