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
    /** The document is a chat with an assistant: "User:" and "You:" ask there. */
    private final boolean chat;
    private final Map<Block.Paragraph, Optional<Candidates.Question>> own = new IdentityHashMap<>();
    private final Map<Block.Paragraph, Optional<Candidates.Question>> plain = new IdentityHashMap<>();
    private final Map<Block.Item, Optional<Candidates.Question>> items = new IdentityHashMap<>();
    private final Map<Block.ListBlock, Boolean> cardLists = new IdentityHashMap<>();

    /** The document's blocks, where its lists of one numbered item are looked for. */
    private final java.util.List<Block> blocks;
    /** Whether one of the document's lists of one numbered item asks in words: found when first needed. */
    private Boolean numberedQuestions;

    Judged(boolean chat, java.util.List<Block> blocks) {
        this.chat = chat;
        this.blocks = blocks;
    }

    /** Whether the document is a chat with an assistant ("Assistant:", "ChatGPT said:" start some of its turns). */
    boolean chat() {
        return chat;
    }

    /** The question a paragraph asks ({@code plainWords}: also one that is only a paragraph that asks). */
    Optional<Candidates.Question> paragraph(Block.Paragraph p, boolean plainWords) {
        Map<Block.Paragraph, Optional<Candidates.Question>> memo = plainWords ? plain : own;
        Optional<Candidates.Question> q = memo.get(p);
        if (q == null) {
            q = Candidates.paragraph(p, plainWords, chat);
            memo.put(p, q);
        }
        return q;
    }

    private final Map<Block.ListBlock, Boolean> fronts = new IdentityHashMap<>();

    /** The question an item of {@code list} asks. */
    Optional<Candidates.Question> item(Block.ListBlock list, Block.Item item) {
        Optional<Candidates.Question> q = items.get(item);
        if (q == null) {
            ListItems.Fronts withFronts = list.ordered() && list.items().size() == 1
                    ? numberedQuestions() ? ListItems.Fronts.NUMBER : ListItems.Fronts.NONE
                    : fronts.computeIfAbsent(list, l -> ListItems.asksWithFronts(l, p -> paragraph(p, true)))
                    ? ListItems.Fronts.NESTED : ListItems.Fronts.NONE;
            q = ListItems.item(item, p -> paragraph(p, true), withFronts);
            items.put(item, q);
        }
        return q;
    }

    /**
     * Whether the document numbers its questions one list at a time ("1) What is a quorum?", its
     * answer, "2) ..."), half of them or more asking in words: then a numbered task among them
     * ("2) Name three ...") is a question too;
     * elsewhere ("1. Build the image", code, "2. Push it") a numbered line that does not ask is a step.
     */
    private boolean numberedQuestions() {
        if (numberedQuestions == null) {
            int lists = 0;
            int asking = 0;
            for (Block b : blocks) {
                if (b instanceof Block.ListBlock l && l.ordered() && l.items().size() == 1) {
                    lists++;
                    asking += ListItems.item(l.items().get(0), p -> paragraph(p, true), ListItems.Fronts.NONE)
                            .isPresent() ? 1 : 0;
                }
            }
            numberedQuestions = asking > 0 && asking * 2 >= lists;
        }
        return numberedQuestions;
    }

    /** A list most of whose items are questions with answers. */
    boolean cardList(Block.ListBlock list) {
        Boolean known = cardLists.get(list);
        if (known == null) {
            known = ListItems.isCardList(list, it -> item(list, it));
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
