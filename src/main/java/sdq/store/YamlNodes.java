package sdq.store;

import java.util.ArrayList;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's composer, asked for one node at a time while the caller walks the events around
 * them: a card is composed, read and let go, so a large file is never one tree of nodes (each
 * of which holds a piece of the file through its marks).
 */
final class YamlNodes extends Composer {
    private final MappingNode holder = new MappingNode(Tag.MAP, new ArrayList<>(), DumperOptions.FlowStyle.BLOCK);

    YamlNodes(Parser parser, Resolver resolver, LoaderOptions options) {
        super(parser, resolver, options);
    }

    /** The node the next events make. */
    Node next() {
        return composeValueNode(holder);
    }

    /**
     * Ends the file's one document (its end event read); another document after it is refused
     * with its place in the words {@code another} gives.
     */
    void endDocument(String location, String another) {
        parser.getEvent();
        if (!parser.checkEvent(org.yaml.snakeyaml.events.Event.ID.StreamEnd)) {
            org.yaml.snakeyaml.error.Mark next = parser.peekEvent().getStartMark();
            throw new MalformedFileException(location, next.getLine() + 1, next.getColumn() + 1, another);
        }
    }
}
