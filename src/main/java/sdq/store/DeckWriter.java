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
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.events.StreamStartEvent;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import sdq.deck.Card;
import sdq.deck.Deck;

/**
 * Writes a deck as YAML events, card by card, so that key order and scalar styles are ours to
 * choose and memory does not grow with the deck (a node tree of a 250,000-card deck is most of
 * a gigabyte; the events of one card are a few hundred bytes).
 */
final class DeckWriter {
    private static final TextResolver RESOLVER = new TextResolver();

    private DeckWriter() {
    }

    static String write(Deck deck) {
        StringWriter out = new StringWriter();
        try {
            write(deck, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the deck's text to {@code writer} a card at a time. */
    static void write(Deck deck, java.io.Writer writer) throws IOException {
        DumperOptions options = options();
        Emitter emitter = new Emitter(writer, options);
        emitter.emit(new StreamStartEvent(null, null));
        emitter.emit(new DocumentStartEvent(null, null, false, null, java.util.Map.of()));
        emitter.emit(new MappingStartEvent(null, Tag.MAP.getValue(), true, null, null, FlowStyle.BLOCK));
        List<NodeTuple> top = new ArrayList<>();
        top.add(entry("sdq", integer(DeckYaml.VERSION)));
        top.add(entry("deck", text(deck.name())));
        top.add(entry("title", text(deck.title())));
        deck.source().ifPresent(source -> top.add(entry("source", text(source))));
        for (NodeTuple t : top) {
            emit(emitter, t.getKeyNode());
            emit(emitter, t.getValueNode());
        }
        emit(emitter, new ScalarNode(Tag.STR, "cards", null, null, ScalarStyle.PLAIN));
        emitter.emit(new SequenceStartEvent(null, Tag.SEQ.getValue(), true, null, null, FlowStyle.BLOCK));
        for (Card card : deck.cards()) {
            emit(emitter, card(card));
        }
        emitter.emit(new SequenceEndEvent(null, null));
        emitter.emit(new MappingEndEvent(null, null));
        emitter.emit(new DocumentEndEvent(null, null, false));
        emitter.emit(new StreamEndEvent(null, null));
        writer.flush();
    }

    /** The events of one node, as SnakeYAML's serializer makes them (no anchors: a deck has none). */
    private static void emit(Emitter emitter, Node node) throws IOException {
        if (node instanceof ScalarNode scalar) {
            Tag detected = RESOLVER.resolve(NodeId.scalar, scalar.getValue(), true);
            Tag plain = RESOLVER.resolve(NodeId.scalar, scalar.getValue(), false);
            emitter.emit(new ScalarEvent(null, node.getTag().getValue(), new ImplicitTuple(node.getTag().equals(detected),
                    node.getTag().equals(plain)), scalar.getValue(), null, null, scalar.getScalarStyle()));
        } else if (node instanceof SequenceNode sequence) {
            emitter.emit(new SequenceStartEvent(null, node.getTag().getValue(), true, null, null,
                    sequence.getFlowStyle()));
            for (Node item : sequence.getValue()) {
                emit(emitter, item);
            }
            emitter.emit(new SequenceEndEvent(null, null));
        } else if (node instanceof MappingNode mapping) {
            emitter.emit(new MappingStartEvent(null, node.getTag().getValue(), true, null, null, mapping.getFlowStyle()));
            for (NodeTuple tuple : mapping.getValue()) {
                emit(emitter, tuple.getKeyNode());
                emit(emitter, tuple.getValueNode());
            }
            emitter.emit(new MappingEndEvent(null, null));
        }
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
            if (kind == NodeId.scalar && implicit && (value.length() > 40 || value.indexOf('\n') >= 0
                    || startsAsText(value))) {
                return Tag.STR;
            }
            return super.resolve(kind, value, implicit);
        }
    }

    /**
     * Whether YAML 1.1 reads the plain text as a string whatever follows its first letter: a
     * boolean or null starts with y, n, t, f, o or N/Y/T/F/O; numbers, dates and the rest do not
     * start with a letter (ids, topics and keys do).
     */
    private static boolean startsAsText(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char c = value.charAt(0);
        return (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') && "yYnNtTfFoO".indexOf(c) < 0;
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
