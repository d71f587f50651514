package sdq.ingest.cards;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import sdq.ingest.doc.Block;

/**
 * What each paragraph, list item and list of a document asks, judged once: the card finder
 * looks at a block many times (as a question, as the end of an answer, under a heading), and
 * the judgement is the same each time.
 */
final class Judged {
    private final Map<Block.Paragraph, Optional<Candidates.Question>> own = new IdentityHashMap<>();
    private final Map<Block.Paragraph, Optional<Candidates.Question>> plain = new IdentityHashMap<>();
    private final Map<Block.Item, Optional<Candidates.Question>> items = new IdentityHashMap<>();
    private final Map<Block.ListBlock, Boolean> cardLists = new IdentityHashMap<>();

    /** The question a paragraph asks ({@code plainWords}: also one that is only a paragraph that asks). */
    Optional<Candidates.Question> paragraph(Block.Paragraph p, boolean plainWords) {
        Map<Block.Paragraph, Optional<Candidates.Question>> memo = plainWords ? plain : own;
        Optional<Candidates.Question> q = memo.get(p);
        if (q == null) {
            q = Candidates.paragraph(p, plainWords);
            memo.put(p, q);
        }
        return q;
    }

    Optional<Candidates.Question> item(Block.Item item) {
        return items.computeIfAbsent(item, i -> Candidates.item(i, p -> paragraph(p, true)));
    }

    /** A list most of whose items are questions with answers. */
    boolean cardList(Block.ListBlock list) {
        Boolean known = cardLists.get(list);
        if (known == null) {
            known = Candidates.isCardList(list, this::item);
            cardLists.put(list, known);
        }
        return known;
    }

    /** A block that is a card by its syntax, a question paragraph, or a list of questions. */
    boolean card(Block b, boolean asking) {
        return Candidates.isCard(b) || b instanceof Block.Paragraph p && paragraph(p, asking).isPresent()
                || b instanceof Block.ListBlock l && cardList(l);
    }
}
