package sdq.ingest.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import sdq.ingest.doc.Block;
import sdq.ingest.doc.Markdown;

/**
 * Logseq's cards: a block tagged {@code #card} (or {@code #[[card]]}, or with {@code card} in
 * its {@code tags::}) is a question, its text without the tag; the blocks under it are its
 * answer (one block as its text, several as a list). Block properties ({@code id::},
 * {@code card-last-score::}...) are left out everywhere.
 */
final class LogseqCards {
    private static final Pattern TAG = Pattern.compile("\\s*#(?:card|\\[\\[card\\]\\])(?=\\s|$)");
    private static final Pattern TAGS_PROPERTY = Pattern.compile("^tags::.*\\bcard\\b.*$");
    private static final Pattern PROPERTY = Pattern.compile("^[A-Za-z][\\w-]*::(?:\\s.*)?$");

    private LogseqCards() {
    }

    static List<Block> of(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.ListBlock l) {
                out.addAll(items(l));
            } else {
                withoutProperties(b).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The items of a list: cards where they are tagged, the others kept as a list, nested cards found too. */
    private static List<Block> items(Block.ListBlock list) {
        List<Block> out = new ArrayList<>();
        List<Block.Item> plain = new ArrayList<>();
        for (Block.Item item : list.items()) {
            Optional<Block.Declared> card = card(item);
            if (card.isPresent()) {
                flush(plain, out);
                out.add(card.get());
                continue;
            }
            List<Block> inside = new ArrayList<>();
            boolean cards = false;
            for (Block child : item.children()) {
                if (child instanceof Block.ListBlock nested) {
                    List<Block> found = items(nested);
                    cards |= found.stream().anyMatch(b -> b instanceof Block.Declared);
                    inside.addAll(found);
                } else {
                    withoutProperties(child).ifPresent(inside::add);
                }
            }
            if (cards) {
                // A block over cards: its own text, then its cards.
                flush(plain, out);
                out.addAll(inside);
            } else if (!inside.isEmpty()) {
                plain.add(Block.Item.of(item.marker(), item.task(), inside, item.line(), item.endLine()));
            }
        }
        flush(plain, out);
        return out;
    }

    private static void flush(List<Block.Item> plain, List<Block> out) {
        if (!plain.isEmpty()) {
            out.add(new Block.ListBlock(false, plain, Markdown.list(plain), plain.get(0).line(),
                    plain.get(plain.size() - 1).endLine()));
            plain.clear();
        }
    }

    private static Optional<Block.Declared> card(Block.Item item) {
        if (item.children().isEmpty()) {
            return Optional.empty();
        }
        Block first = item.children().get(0);
        String text;
        boolean tagged;
        if (first instanceof Block.Heading h) {
            text = h.text();
            tagged = TAG.matcher(text).find();
        } else if (first instanceof Block.Paragraph p) {
            List<String> question = new ArrayList<>();
            tagged = false;
            for (Block.Line line : p.lines()) {
                String l = line.text().strip();
                tagged |= TAGS_PROPERTY.matcher(l).matches() || TAG.matcher(l).find();
                if (!PROPERTY.matcher(l).matches()) {
                    question.add(l);
                }
            }
            text = String.join("\n", question);
        } else {
            return Optional.empty();
        }
        if (!tagged) {
            return Optional.empty();
        }
        String question = TAG.matcher(text).replaceAll("").strip();
        List<Block> answer = new ArrayList<>();
        for (Block child : item.children().subList(1, item.children().size())) {
            if (child instanceof Block.ListBlock l && l.items().size() == 1) {
                // One block under the question: its text is the answer, not a list of one.
                for (Block inner : l.items().get(0).children()) {
                    withoutProperties(inner).ifPresent(answer::add);
                }
            } else {
                withoutProperties(child).ifPresent(answer::add);
            }
        }
        return Optional.of(new Block.Declared(question, answer, List.of(), "Logseq: #card block", Optional.empty(),
                item.line(), item.endLine()));
    }

    /** A block without the property lines in it (or nothing, when it was only properties). */
    private static Optional<Block> withoutProperties(Block b) {
        if (b instanceof Block.Paragraph p) {
            List<Block.Line> kept = p.lines().stream().filter(l -> !PROPERTY.matcher(l.text().strip()).matches()).toList();
            return kept.isEmpty() ? Optional.empty() : Optional.of(kept.size() == p.lines().size() ? p : new Block.Paragraph(kept));
        }
        if (b instanceof Block.ListBlock l) {
            List<Block.Item> items = new ArrayList<>();
            for (Block.Item item : l.items()) {
                List<Block> children = new ArrayList<>();
                item.children().forEach(c -> withoutProperties(c).ifPresent(children::add));
                if (!children.isEmpty()) {
                    items.add(Block.Item.of(item.marker(), item.task(), children, item.line(), item.endLine()));
                }
            }
            return items.isEmpty() ? Optional.empty()
                    : Optional.of(new Block.ListBlock(l.ordered(), items, Markdown.list(items), l.line(), l.endLine()));
        }
        return Optional.of(b);
    }
}
