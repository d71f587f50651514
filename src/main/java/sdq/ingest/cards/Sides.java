package sdq.ingest.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import sdq.ingest.doc.Block;
import sdq.ingest.doc.Document;
import sdq.ingest.doc.Markdown;

/**
 * A deck of sides, as Mochi writes cards: the text between rules ({@code ---}) is a side, each
 * front followed by its back. Read only where nothing else in a document is a question, and only
 * when the sides pair up: an even number of them, at least two cards.
 */
final class Sides {
    private Sides() {
    }

    static Optional<Drafts> of(Document document, Judged judged) {
        List<List<Block>> sides = new ArrayList<>();
        List<Block> side = new ArrayList<>();
        int rules = 0;
        for (Block b : document.blocks()) {
            if (b instanceof Block.Rule) {
                rules++;
                close(side, sides);
                side = new ArrayList<>();
            } else {
                side.add(b);
            }
        }
        close(side, sides);
        // A title or tag lines before the first rule are the deck's, not a side.
        if (!sides.isEmpty() && sides.get(0).stream().allMatch(b -> b instanceof Block.Heading)) {
            sides.remove(0);
        }
        if (rules < 3 || sides.size() < 4 || sides.size() % 2 != 0) {
            return Optional.empty();
        }
        Drafts drafts = new Drafts(document.source(), judged);
        for (int k = 0; k + 1 < sides.size(); k += 2) {
            List<Block> front = sides.get(k);
            drafts.card(Markdown.join(front, document.source()), "Mochi: card between --- lines", front.get(0).line(),
                    sides.get(k + 1), false, (char) 0, "");
        }
        return drafts.isEmpty() ? Optional.empty() : Optional.of(drafts);
    }

    private static void close(List<Block> side, List<List<Block>> sides) {
        if (side.stream().anyMatch(Answers::hasContent)) {
            sides.add(side);
        }
    }
}
