package sdq.store;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.emitter.Emitter;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.serializer.Serializer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import sdq.deck.Card;
import sdq.deck.Deck;

/** Writes a deck as a node tree, so that key order and scalar styles are ours to choose. */
final class DeckWriter {
    private DeckWriter() {
    }

    static String write(Deck deck) {
        List<NodeTuple> top = new ArrayList<>();
        top.add(entry("sdq", integer(DeckYaml.VERSION)));
        top.add(entry("deck", text(deck.name())));
        top.add(entry("title", text(deck.title())));
        deck.source().ifPresent(source -> top.add(entry("source", text(source))));
        List<Node> cards = new ArrayList<>();
        for (Card card : deck.cards()) {
            cards.add(card(card));
        }
        top.add(entry("cards", new SequenceNode(Tag.SEQ, cards, FlowStyle.BLOCK)));

        StringWriter out = new StringWriter();
        DumperOptions options = options();
        Serializer serializer = new Serializer(new Emitter(out, options), new TextResolver(), options, null);
        try {
            serializer.open();
            serializer.serialize(new MappingNode(Tag.MAP, top, FlowStyle.BLOCK));
            serializer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Node card(Card card) {
        List<NodeTuple> fields = new ArrayList<>();
        fields.add(entry("id", text(card.id().value())));
        fields.add(entry("q", text(card.question())));
        fields.add(entry("a", text(card.answer())));
        if (!card.topics().isEmpty()) {
            List<Node> topics = card.topics().stream().map(DeckWriter::text).toList();
            fields.add(entry("topics", new SequenceNode(Tag.SEQ, topics, FlowStyle.FLOW)));
        }
        if (!card.section().isEmpty()) {
            fields.add(entry("section", text(card.section())));
        }
        card.source().ifPresent(source -> {
            List<NodeTuple> where = new ArrayList<>(List.of(entry("line", integer(source.line()))));
            source.imported().ifPresent(f -> where.add(entry("imported", text(f))));
            fields.add(entry("source", new MappingNode(Tag.MAP, where, FlowStyle.FLOW)));
        });
        card.parent().ifPresent(parent -> fields.add(entry("parent", text(parent.value()))));
        card.cloze().ifPresent(cloze -> fields.add(entry("cloze", text(cloze.text()))));
        return new MappingNode(Tag.MAP, fields, FlowStyle.BLOCK);
    }

    private static NodeTuple entry(String key, Node value) {
        return new NodeTuple(new ScalarNode(Tag.STR, key, null, null, ScalarStyle.PLAIN), value);
    }

    private static Node integer(int value) {
        return new ScalarNode(Tag.INT, Integer.toString(value), null, null, ScalarStyle.PLAIN);
    }

    /**
     * A string node. Multi-line text asks for a literal block; the emitter falls back to quotes
     * by itself when a block cannot hold the text exactly (trailing spaces, say), and quotes
     * plain text that YAML would otherwise read as a number, a boolean or null.
     */
    private static Node text(String value) {
        boolean oddBreaks = value.indexOf('\r') >= 0 || value.indexOf('\u0085') >= 0
                || value.indexOf('\u2028') >= 0 || value.indexOf('\u2029') >= 0;
        ScalarStyle style;
        if (oddBreaks) {
            style = ScalarStyle.DOUBLE_QUOTED; // only escapes keep these exactly
        } else if (value.indexOf('\n') >= 0) {
            style = ScalarStyle.LITERAL;
        } else {
            style = ScalarStyle.PLAIN;
        }
        return new ScalarNode(Tag.STR, value, null, null, style);
    }

    /**
     * YAML's implicit typing, skipped for text that cannot be a number, a date or a boolean:
     * running its patterns over every long answer is most of the cost of writing a deck.
     */
    private static final class TextResolver extends Resolver {
        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            if (kind == NodeId.scalar && implicit && (value.length() > 40 || value.indexOf('\n') >= 0)) {
                return Tag.STR;
            }
            return super.resolve(kind, value, implicit);
        }
    }

    private static DumperOptions options() {
        DumperOptions options = new DumperOptions();
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        options.setDefaultFlowStyle(FlowStyle.BLOCK);
        options.setNonPrintableStyle(DumperOptions.NonPrintableStyle.ESCAPE);
        return options;
    }
}
