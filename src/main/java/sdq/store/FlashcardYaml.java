package sdq.store;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
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
import sdq.deck.CardFields;
import sdq.deck.CardRow;
import sdq.deck.Cloze;

/**
 * Flashcards as other tools keep them in YAML: a {@code cards:} list (or a bare list) whose
 * entries have {@code q}/{@code a} or {@code question}/{@code answer}, maybe {@code id},
 * {@code topics} or {@code tags}, {@code section}. A Markdown file that is nothing but YAML
 * front matter reads the same. Lenient where a deck file is strict: other keys are ignored.
 */
public final class FlashcardYaml {
    /** The title the file gives itself (if any) and its cards. */
    public record Cards(Optional<String> title, List<CardRow> rows) {
    }

    private FlashcardYaml() {
    }

    /** Whether a Markdown file is nothing but front matter, and that a list of cards. */
    public static boolean isCardsInFrontMatter(String text) {
        return frontMatter(text).filter(yaml -> yaml.contains("q:") || yaml.contains("question:")
                || yaml.contains("front:")).isPresent();
    }

    /**
     * Whether a text with no telling name is YAML cards: its first line (comments aside) starts a
     * deck ({@code sdq: 1}), a {@code cards:} list, or a list entry with a question.
     */
    public static boolean startsAsCards(String text) {
        for (String line : (Iterable<String>) text.lines()::iterator) {
            if (line.isBlank() || line.startsWith("#") || line.equals("---")) {
                continue;
            }
            return line.matches("(sdq|cards|flashcards):.*") || line.matches("- (q|question|front):.*");
        }
        return false;
    }

    /** The YAML of a file that is only front matter ({@code ---}, YAML, {@code ---}), if it is one. */
    static Optional<String> frontMatter(String text) {
        if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
            return Optional.empty();
        }
        int open = text.startsWith("---\r\n") ? 5 : 4;
        int close = text.indexOf("\n---", open - 1);
        if (close < 0) {
            return Optional.empty();
        }
        String after = text.substring(close + 4).strip();
        return after.isEmpty() ? Optional.of(text.substring(open, close + 1)) : Optional.empty();
    }

    public static Cards read(String name, String text) {
        Optional<String> front = frontMatter(text);
        // Front matter starts a line below the top of the file.
        return read(name, new StringReader(front.orElse(text)), front.isPresent() ? 1 : 0);
    }

    /** As {@link #read(String, String)}, from {@code yaml} a card at a time: a long file is never one tree. */
    public static Cards read(String name, java.io.Reader yaml) {
        return read(name, yaml, 0);
    }

    private static Cards read(String name, java.io.Reader yaml, int lineOffset) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit(64 * 1024 * 1024);
        options.setTagInspector(tag -> false);
        ParserImpl parser = new ParserImpl(new StreamReader(yaml), options);
        YamlNodes nodes = new YamlNodes(parser, new Resolver(), options);
        try {
            return read(name, parser, nodes, lineOffset);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            throw new MalformedFileException(name, mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new MalformedFileException(name, 0, 0, "not valid YAML: " + e.getMessage());
        }
    }

    /** The cards of the file's one document: a list of them, or a mapping holding one under `cards:`. */
    private static Cards read(String name, ParserImpl parser, YamlNodes nodes, int lineOffset) {
        parser.getEvent();
        if (parser.checkEvent(Event.ID.StreamEnd)) {
            throw new MalformedFileException(name, 0, 0,
                    "no list of cards; write `cards:` with entries of `q:` and `a:` (or question/answer)");
        }
        parser.getEvent();
        Optional<String> title = Optional.empty();
        // In an sdq deck file a card without `topics:` has none; elsewhere it leaves them to sdq.
        boolean deckFile = false;
        // The deck the file names (`deck:`), where its cards go unless the import says otherwise.
        Optional<String> deckName = Optional.empty();
        List<Item> items = null;
        if (parser.checkEvent(Event.ID.SequenceStart)) {
            items = items(name, parser, nodes, lineOffset);
        } else if (parser.checkEvent(Event.ID.MappingStart)) {
            parser.getEvent();
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (!parser.checkEvent(Event.ID.MappingEnd)) {
                Node keyNode = nodes.next();
                String key = keyNode instanceof ScalarNode k ? k.getValue().strip().toLowerCase(java.util.Locale.ROOT) : "";
                if (keyNode instanceof ScalarNode k && !seen.add(k.getValue())) {
                    throw problem(name, keyNode, "not valid YAML: found duplicate key " + k.getValue());
                }
                deckFile |= key.equals("sdq");
                if (key.equals("cards") || key.equals("flashcards") || key.equals("questions")) {
                    if (parser.checkEvent(Event.ID.SequenceStart)) {
                        items = items(name, parser, nodes, lineOffset);
                    } else {
                        nodes.next();
                        items = null;
                    }
                    continue;
                }
                Node value = nodes.next();
                if ((key.equals("title") || key.equals("deck")) && value instanceof ScalarNode s) {
                    title = key.equals("title") ? Optional.of(s.getValue()) : title.or(() -> Optional.of(s.getValue()));
                    if (key.equals("deck")) {
                        deckName = Optional.of(s.getValue()).filter(v -> !v.isBlank());
                    }
                }
            }
            parser.getEvent();
        } else {
            nodes.next();
        }
        nodes.endDocument(name, "not valid YAML: expected a single document in the stream, but found another document");
        if (items == null) {
            throw new MalformedFileException(name, 1, 1,
                    "no list of cards; write `cards:` with entries of `q:` and `a:` (or question/answer)");
        }
        // The file's `sdq:` and `deck:` count for every card, wherever in the file they stand.
        List<CardRow> rows = new ArrayList<>();
        for (Item item : items) {
            for (CardRow r : item.rows()) {
                Optional<List<String>> topics = item.hasTopics() || deckFile ? Optional.of(r.topics().orElse(List.of()))
                        : Optional.empty();
                rows.add(new CardRow(r.question(), r.answer(), r.id(), topics, deckName, r.section(), r.line(), r.parent(),
                        r.cloze()));
            }
        }
        return new Cards(title, rows);
    }

    /** The rows one entry of the list gives, and whether it named its topics. */
    private record Item(List<CardRow> rows, boolean hasTopics) {
    }

    /** The entries of the list that starts at the parser, each composed, read and let go. */
    private static List<Item> items(String name, ParserImpl parser, YamlNodes nodes, int lineOffset) {
        List<Item> items = new ArrayList<>();
        parser.getEvent();
        while (!parser.checkEvent(Event.ID.SequenceEnd)) {
            items.add(item(name, nodes.next(), lineOffset));
        }
        parser.getEvent();
        return items;
    }

    /** One entry's rows: a card, or a card for each gap of a cloze; topics as written (all of them kept). */
    private static Item item(String name, Node item, int lineOffset) {
        if (!(item instanceof MappingNode entry)) {
            throw problem(name, item, "each card must be a mapping of `q:` and `a:`");
        }
        String q = null;
        String a = null;
        Optional<String> id = Optional.empty();
        List<String> topics = new ArrayList<>();
        boolean hasTopics = false;
        String section = "";
        Optional<String> parent = Optional.empty();
        Optional<Cloze> cloze = Optional.empty();
        for (NodeTuple t : entry.getValue()) {
            String key = key(t);
            Node value = t.getValueNode();
            Optional<CardFields.Field> field = CardFields.of(key);
            if (field.isEmpty()) {
                continue;
            }
            switch (field.get()) {
                case QUESTION -> q = text(name, value, key);
                case ANSWER -> a = text(name, value, key);
                case ID -> id = Optional.of(text(name, value, key));
                case SECTION -> section = text(name, value, key);
                case PARENT -> parent = Optional.of(text(name, value, key)).filter(s -> !s.isBlank());
                case CLOZE -> cloze = Cloze.of(text(name, value, key));
                case TOPICS -> {
                    hasTopics = true;
                    if (value instanceof SequenceNode seq) {
                        seq.getValue().forEach(v -> topics.add(text(name, v, key)));
                    } else {
                        topics.addAll(CardFields.topics(text(name, value, key)));
                    }
                }
                // The deck of a YAML file's cards is the file's own `deck:`.
                case DECK -> { }
            }
        }
        int line = item.getStartMark().getLine() + 1 + lineOffset;
        if (cloze.isPresent() && (q == null || q.isBlank())) {
            // A cloze given without a question: a card for each of its gaps.
            return new Item(CardRow.ofCloze(cloze.get(), id, Optional.of(topics), Optional.empty(), section, line, parent),
                    hasTopics);
        }
        if (q == null || a == null || q.isBlank() || a.isBlank()) {
            throw problem(name, item, "this card needs both a question (`q:`) and an answer (`a:`),"
                    + " or a `cloze:` with a gap written {{c1::...}}");
        }
        return new Item(List.of(new CardRow(q.strip(), a.strip(), id, Optional.of(topics), Optional.empty(), section, line,
                parent, cloze)), hasTopics);
    }

    private static String key(NodeTuple t) {
        return t.getKeyNode() instanceof ScalarNode s ? s.getValue().strip().toLowerCase(java.util.Locale.ROOT) : "";
    }

    private static String text(String name, Node node, String key) {
        if (!node.getTag().startsWith("tag:yaml.org,2002:")) {
            // A local tag (`q: !foo text`) means nothing here: refused, as in a deck, rather than dropped.
            throw problem(name, node, "the tag " + node.getTag().getValue() + " means nothing in a card file; remove it");
        }
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        throw problem(name, node, "`" + key + "` must be text");
    }

    private static MalformedFileException problem(String name, Node node, String message) {
        Mark mark = node.getStartMark();
        return new MalformedFileException(name, mark.getLine() + 1, mark.getColumn() + 1, message);
    }
}
