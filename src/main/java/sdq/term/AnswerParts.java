package sdq.term;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import sdq.deck.DeckCard;
import sdq.quiz.AnswerFeedback;
import sdq.quiz.AnswerText;

/** A model answer's Markdown read for typed-answer feedback: its bold, its list items' text, its code, its plain text. */
public final class AnswerParts {
    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private AnswerParts() {
    }

    /** How a typed answer measures against the card's own answer. */
    public static AnswerFeedback feedback(DeckCard card, String typed) {
        return AnswerFeedback.of(card.card().question(), of(card.card().answer()), typed);
    }

    public static AnswerText of(String markdown) {
        try {
            return parts(markdown);
        } catch (StackOverflowError e) {
            return AnswerText.plain(markdown);
        }
    }

    private static AnswerText parts(String markdown) {
        Node document = PARSER.parse(markdown);
        List<String> bold = new ArrayList<>();
        List<String> items = new ArrayList<>();
        List<String> code = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(StrongEmphasis strong) {
                // Bold alone in its paragraph ("**Core concepts:**" over a list) labels what follows; no idea of its own.
                boolean alone = strong.getParent() instanceof Paragraph p && p.getFirstChild() == strong
                        && (strong.getNext() == null || strong.getNext() instanceof org.commonmark.node.SoftLineBreak
                        || strong.getNext() instanceof org.commonmark.node.HardLineBreak);
                String text = TEXT.render(strong).strip();
                if (!(alone && text.endsWith(":"))) {
                    bold.add(text);
                }
                visitChildren(strong);
            }

            @Override
            public void visit(ListItem item) {
                if (item.getFirstChild() instanceof Paragraph p) {
                    items.add(TEXT.render(p).strip());
                }
                visitChildren(item);
            }

            @Override
            public void visit(Code span) {
                code.add(span.getLiteral().strip());
            }
        });
        return new AnswerText(bold, items, code, TEXT.render(document));
    }
}
