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

    Judged(boolean chat) {
        this.chat = chat;
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
            boolean withFronts = fronts.computeIfAbsent(list, l -> Candidates.asksWithFronts(l, p -> paragraph(p, true)));
            q = Candidates.item(item, p -> paragraph(p, true), withFronts);
            items.put(item, q);
        }
        return q;
    }

    /** A list most of whose items are questions with answers. */
    boolean cardList(Block.ListBlock list) {
        Boolean known = cardLists.get(list);
        if (known == null) {
            known = Candidates.isCardList(list, it -> item(list, it));
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
