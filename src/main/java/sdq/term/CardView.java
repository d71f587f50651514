package sdq.term;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import sdq.deck.Card;
import sdq.deck.DeckCard;

/** One card for reading: where it is from, the question, and the answer rendered. */
public final class CardView {
    private final Styles styles;
    private final MarkdownView markdown;

    public CardView(Styles styles) {
        this.styles = styles;
        this.markdown = new MarkdownView(styles);
    }

    public List<String> render(DeckCard entry, int width) {
        Card card = entry.card();
        List<String> out = new ArrayList<>();
        AttributedStringBuilder head = new AttributedStringBuilder()
                .style(styles.dim()).append(card.id().value()).append("  ·  ").append(SafeText.clean(entry.deck()));
        if (!card.topics().isEmpty()) {
            head.append("  ·  ").append(String.join(", ", card.topics()));
        }
        out.add(styles.line(head.toAttributedString()));
        if (!card.section().isEmpty()) {
            out.add(styles.line(new AttributedString(SafeText.clean(card.section()), styles.dim())));
        }
        out.add("");
        for (AttributedString line : markdown.render(card.question(), width)) {
            out.add(styles.line(new AttributedString(line.toString(), styles.bold())));
        }
        out.add("");
        out.addAll(markdown.renderLines(card.answer(), width));
        return out;
    }
}
