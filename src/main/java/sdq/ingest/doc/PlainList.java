package sdq.ingest.doc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A list of plain text being built, its items nested by their indentation. */
final class PlainList {
    /** An item of the list being built. */
    private static final class Open {
        final int indent;
        final String marker;
        final int line;
        int endLine;
        /** The item's text so far, from {@code textLine}; blocks before it are in {@code done}. */
        final StringBuilder text;
        int textLine;
        final List<Block> done = new ArrayList<>();
        final List<Open> children = new ArrayList<>();

        Open(int indent, String marker, int line, String text) {
            this.indent = indent;
            this.marker = marker;
            this.line = line;
            this.endLine = line;
            this.text = new StringBuilder(text);
            this.textLine = line;
        }

        void flush() {
            if (!text.isEmpty()) {
                done.add(Block.Paragraph.of(textLine, text.toString()));
                text.setLength(0);
            }
        }
    }

    /** The items open at each depth, innermost first. */
    private final Deque<Open> open = new ArrayDeque<>();
    private final List<Open> roots = new ArrayList<>();

    boolean isEmpty() {
        return roots.isEmpty();
    }

    /** The indentation of the list's first item; -1 when there is none. */
    int rootIndent() {
        return roots.isEmpty() ? -1 : roots.get(0).indent;
    }

    /** Whether the list's first item is a bullet (not a number). */
    boolean bulleted() {
        return !roots.isEmpty() && !roots.get(0).marker.endsWith(".");
    }

    /** The indentation of the innermost open item. */
    int indent() {
        return open.isEmpty() ? -1 : open.peek().indent;
    }

    /** An item at this indentation: under the last item indented less, beside one indented the same. */
    void add(int indent, String marker, int line, String markdown) {
        while (!open.isEmpty() && open.peek().indent > indent) {
            open.pop();
        }
        if (!open.isEmpty() && open.peek().indent == indent) {
            open.pop();
        }
        Open item = new Open(indent, marker, line, markdown);
        if (open.isEmpty()) {
            roots.add(item);
        } else {
            open.peek().children.add(item);
        }
        open.push(item);
    }

    /** More text of the innermost item, from a line that runs on. */
    void continueItem(String markdown, int line) {
        Open item = open.peek();
        if (item.text.isEmpty()) {
            item.textLine = line;
        } else {
            item.text.append(' ');
        }
        item.text.append(markdown);
        item.endLine = line;
    }

    /** A block of the innermost item (an example indented under it), after its text so far. */
    void addToItem(Block block, int endLine) {
        Open item = open.peek();
        item.flush();
        item.done.add(block);
        item.endLine = endLine;
    }

    /** The list as a block, if there is one; the builder is empty after. */
    Optional<Block.ListBlock> close() {
        if (roots.isEmpty()) {
            open.clear();
            return Optional.empty();
        }
        List<Block.Item> items = items(roots);
        roots.clear();
        open.clear();
        return Optional.of(new Block.ListBlock(items.get(0).marker().endsWith("."), items, Markdown.list(items),
                items.get(0).line(), items.get(items.size() - 1).endLine()));
    }

    private static List<Block.Item> items(List<Open> opens) {
        List<Block.Item> items = new ArrayList<>();
        for (Open o : opens) {
            o.flush();
            List<Block> children = new ArrayList<>(o.done);
            int end = o.endLine;
            if (!o.children.isEmpty()) {
                List<Block.Item> nested = items(o.children);
                end = Math.max(end, nested.get(nested.size() - 1).endLine());
                children.add(new Block.ListBlock(nested.get(0).marker().endsWith("."), nested, Markdown.list(nested),
                        nested.get(0).line(), end));
            }
            items.add(Block.Item.of(o.marker, Block.Task.NONE, children, o.line, end));
        }
        return items;
    }
}
