package sdq.store;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
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
        String yaml = frontMatter(text).orElse(text);
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(50);
            options.setCodePointLimit(64 * 1024 * 1024);
            options.setTagInspector(tag -> false);
            root = new Composer(new ParserImpl(new StreamReader(new StringReader(yaml)), options), new Resolver(), options)
                    .getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            throw new MalformedFileException(name, mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new MalformedFileException(name, 0, 0, "not valid YAML: " + e.getMessage());
        }
        Optional<String> title = Optional.empty();
        Node list = root;
        // In an sdq deck file a card without `topics:` has none; elsewhere it leaves them to sdq.
        boolean deckFile = false;
        // The deck the file names (`deck:`), where its cards go unless the import says otherwise.
        Optional<String> deckName = Optional.empty();
        if (root instanceof MappingNode map) {
            list = null;
            for (NodeTuple t : map.getValue()) {
                String key = key(t);
                deckFile |= key.equals("sdq");
                if ((key.equals("cards") || key.equals("flashcards") || key.equals("questions"))) {
                    list = t.getValueNode();
                } else if ((key.equals("title") || key.equals("deck")) && t.getValueNode() instanceof ScalarNode s) {
                    title = key.equals("title") ? Optional.of(s.getValue()) : title.or(() -> Optional.of(s.getValue()));
                    if (key.equals("deck")) {
                        deckName = Optional.of(s.getValue()).filter(v -> !v.isBlank());
                    }
                }
            }
        }
        if (!(list instanceof SequenceNode cards)) {
            throw new MalformedFileException(name, root == null ? 0 : 1, root == null ? 0 : 1,
                    "no list of cards; write `cards:` with entries of `q:` and `a:` (or question/answer)");
        }
        List<CardRow> rows = new ArrayList<>();
        for (Node item : cards.getValue()) {
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
            Optional<List<String>> given = hasTopics || deckFile ? Optional.of(topics) : Optional.empty();
            int line = item.getStartMark().getLine() + 1 + lineOffset(text);
            if (cloze.isPresent() && (q == null || q.isBlank())) {
                // A cloze given without a question: a card for each of its gaps.
                rows.addAll(CardRow.ofCloze(cloze.get(), id, given, deckName, section, line, parent));
                continue;
            }
            if (q == null || a == null || q.isBlank() || a.isBlank()) {
                throw problem(name, item, "this card needs both a question (`q:`) and an answer (`a:`),"
                        + " or a `cloze:` with a gap written {{c1::...}}");
            }
            rows.add(new CardRow(q.strip(), a.strip(), id, given, deckName, section, line, parent, cloze));
        }
        return new Cards(title, rows);
    }

    /** Front matter starts a line below the top of the file. */
    private static int lineOffset(String text) {
        return frontMatter(text).isPresent() ? 1 : 0;
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
