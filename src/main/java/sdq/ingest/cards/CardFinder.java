package sdq.ingest.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import sdq.ingest.Skip;
import sdq.ingest.doc.Block;
import sdq.ingest.doc.Document;
import sdq.ingest.doc.Furniture;
import sdq.ingest.doc.Inline;
import sdq.ingest.doc.Markdown;

/**
 * Finds the cards of a document on its blocks, the same way whatever syntax it was written in.
 * A question's answer is the extent that follows it: for a heading, the blocks up to the next
 * heading of its level or above (its sub-headings are part of it, unless every one of them asks
 * and it has an answer of its own); for a paragraph, the blocks up to the next question of its
 * rank or above, a heading or a rule; for a list item, what is nested under it. Questions inside
 * an answer stay in it, except cards that their syntax sets apart (a labelled {@code Q:}, a
 * {@code <details>}, a definition). An answer label ({@code Answer:}, {@code ### Solution})
 * marks where the answer starts: what comes before it belongs to the question.
 */
public final class CardFinder {
    /** What a document is searched for, as {@code --explain} and the "no cards" message name it. */
    public static final List<String> LOOKS_FOR = List.of("headings that ask (and, where a document uses its headings as"
            + " its cards, the other headings)", "Q:/A: labels", "bold questions", "numbered questions",
            "list items that ask", "definition lists", "glossary lines (a term — its meaning)", "<details> summaries",
            "question/answer tables");

    private final HeadingPlan plan;
    private final boolean asking;
    /** The blocks' Markdown is the notes' own, spacing and all. */
    private final boolean source;
    /** Most of the document's bold paragraphs ask: those that do not are questions put as terms. */
    private final boolean boldTerms;
    private final Drafts drafts;
    /** The headings the blocks being read are under that are not questions, innermost first. */
    private final java.util.Deque<Block.Heading> sections = new java.util.ArrayDeque<>();
    private final Judged judged;
    /** The title the notes give, or their first line when it stands alone: what a section-less part is under. */
    private final String title;

    private CardFinder(Document document, boolean asking, Judged judged) {
        this.judged = judged;
        this.drafts = new Drafts(document.source(), judged);
        this.asking = asking;
        this.source = document.source();
        this.boldTerms = boldTerms(document.blocks());
        this.title = document.title().orElseGet(() -> !document.blocks().isEmpty()
                && document.blocks().get(0) instanceof Block.Paragraph p && p.lines().size() == 1
                && !Furniture.isLinkRow(Inline.plain(p.markdown())) ? p.markdown() : "");
        java.util.Set<Block> answered = answered(document.blocks());
        // Glossary lines and tables of named things are cards of their own where most sections hold them
        // ("## Ordering" over "Partition - the unit of ordering ...", "Rebalance - ...").
        this.plan = HeadingPlan.of(document.blocks(), b -> judged.card(b, asking) || answered.contains(b),
                b -> b instanceof Block.Paragraph p && Glossary.of(p).isPresent()
                        || b instanceof Block.Table t && Candidates.isNamedThingsTable(t));
    }

    /** The cards of a document; a plain paragraph that asks is a question only where nothing else is. */
    public static Found find(Document notes) {
        Document document = Chats.asTurns(notes);
        Judged judged = new Judged(Chats.isChat(document.blocks()), document.blocks());
        CardFinder finder = new CardFinder(document, false, judged);
        finder.walk(document.blocks(), true);
        if (finder.drafts.isEmpty()) {
            CardFinder asking = new CardFinder(document, true, judged);
            asking.walk(document.blocks(), true);
            if (!asking.drafts.isEmpty()) {
                finder = asking;
            }
        }
        if (finder.drafts.isEmpty()) {
            Optional<Drafts> sides = Sides.of(document, judged);
            if (sides.isPresent()) {
                return sides.get().found();
            }
        }
        return finder.drafts.found();
    }

    /**
     * The paragraphs that ask and are answered in place: in the lines under their first, or by
     * the block on the very next line. They are cards, so no heading over them is one.
     */
    private java.util.Set<Block> answered(List<Block> blocks) {
        java.util.Set<Block> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Block.Paragraph p)) {
                continue;
            }
            Optional<Candidates.Question> q = judged.paragraph(p, true).filter(c -> c.kind() == Candidates.Kind.ASKING);
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (q.isPresent() && (!q.get().answer().isEmpty() || next != null && next.line() == p.endLine() + 1
                    && (next instanceof Block.Paragraph || next instanceof Block.ListBlock))) {
                out.add(p);
            }
        }
        return out;
    }

    /** Whether at least three of the document's bold paragraphs ask, and most of the rest are terms. */
    private boolean boldTerms(List<Block> blocks) {
        int asks = 0;
        int terms = 0;
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p && p.lines().size() == 1) {
                boolean bold = judged.paragraph(p, false).filter(q -> q.kind() == Candidates.Kind.BOLD).isPresent();
                asks += bold ? 1 : 0;
                terms += Candidates.isBoldTerm(p) ? 1 : 0;
            }
        }
        return asks >= 3 && asks * 10 >= (asks + terms) * 6;
    }

    private void walk(List<Block> blocks, boolean top) {
        int i = 0;
        while (i < blocks.size()) {
            Block b = blocks.get(i);
            if (b instanceof Block.Heading h) {
                i = heading(blocks, i, h);
            } else if (b instanceof Block.Paragraph p) {
                i = paragraph(blocks, i, p, top);
            } else if (b instanceof Block.ListBlock l) {
                i = list(blocks, i, l, top);
            } else {
                other(b, top);
                i++;
            }
        }
    }

    private int heading(List<Block> blocks, int i, Block.Heading h) {
        HeadingPlan.Role role = plan.role(h);
        if (role == HeadingPlan.Role.ANSWER_LABEL) {
            return i + 1;
        }
        while (!sections.isEmpty() && sections.peek().level() >= h.level()) {
            sections.pop();
        }
        if (role != HeadingPlan.Role.QUESTION && role != HeadingPlan.Role.QUESTION_BELOW) {
            sections.push(h);
            return i + 1;
        }
        HeadingExtent extent = HeadingExtent.of(blocks, i, h, plan, judged);
        if (extent.group()) {
            drafts.inAnswer(new Skip(h.line(), Inline.plain(HeadingPlan.question(h.text())), "heads the questions under it"));
        } else {
            String question = role == HeadingPlan.Role.QUESTION ? HeadingPlan.question(h.text()) : "";
            drafts.card(question, plan.rule(h), h.line(), blocks.subList(i + 1, extent.end()),
                    role == HeadingPlan.Role.QUESTION_BELOW, (char) 0, section());
        }
        return extent.end();
    }

    /**
     * The question the paragraph at {@code i} asks, if it is one here: a labelled, bold or
     * numbered question anywhere; a question in plain words when its answer is labelled under
     * it, or when it starts a block (after a blank line) with its answer right under it; a bold
     * term where the document's bold paragraphs are its questions; and where nothing else is a
     * question, any paragraph that asks.
     */
    private Optional<Candidates.Question> question(List<Block> blocks, int i) {
        Block.Paragraph p = (Block.Paragraph) blocks.get(i);
        Optional<Candidates.Question> q = judged.paragraph(p, false);
        if (q.isPresent()) {
            return q;
        }
        if (boldTerms && Candidates.isBoldTerm(p)) {
            return Candidates.boldTerm(p);
        }
        Optional<Candidates.Question> plain = judged.paragraph(p, true);
        if (plain.isEmpty()) {
            return plain;
        }
        Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
        Block previous = i > 0 ? blocks.get(i - 1) : null;
        boolean startsBlock = previous == null || previous instanceof Block.Heading || previous.endLine() < p.line() - 1;
        if (startsBlock && next != null && Candidates.isAnswerLabel(next, (char) 0, judged.chat())) {
            return Optional.of(Candidates.as(plain.get(), Candidates.Kind.BLOCK));
        }
        boolean answeredBelow = source ? !plain.get().answer().isEmpty()
                : next != null && next.line() == p.endLine() + 1 && !(next instanceof Block.Heading)
                && !(next instanceof Block.Paragraph n && judged.paragraph(n, true).isPresent());
        if (startsBlock && answeredBelow) {
            return Optional.of(Candidates.as(plain.get(), Candidates.Kind.BLOCK));
        }
        return asking && (startsBlock || source) ? plain : Optional.empty();
    }

    private int paragraph(List<Block> blocks, int i, Block.Paragraph p, boolean top) {
        Optional<Candidates.Question> q = question(blocks, i);
        if (q.isEmpty()) {
            String text = Inline.plain(p.markdown());
            Optional<List<Glossary.Entry>> glossary = top ? Glossary.of(p, Glossary.isGlossarySection(glossaryHeading()))
                    : Optional.empty();
            if (glossary.isPresent()) {
                for (Glossary.Entry e : glossary.get()) {
                    if (e.note()) {
                        drafts.skip(new Skip(e.line(), e.meaning(), "a note among glossary lines, no term"));
                        continue;
                    }
                    drafts.card(e.term(), "glossary line", e.line(), List.of(Block.Paragraph.of(e.line(), e.meaning())),
                            false, (char) 0, section());
                }
            } else if (top && p.lines().size() == 1 && Furniture.isNoise(text)) {
                drafts.skip(new Skip(p.line(), text, "navigation or footer text"));
            } else if (top && Asking.of(text) == Asking.QUESTION && text.length() > 12 && !Candidates.isAnswerLabel(p)) {
                drafts.skip(new Skip(p.line(), Drafts.unquoted(text), "a question with no answer"));
            }
            return i + 1;
        }
        int end = paragraphEnd(blocks, i);
        List<Block> extent = new ArrayList<>(q.get().answer());
        extent.addAll(blocks.subList(i + 1, end));
        if (Answers.tidy(extent).isEmpty() && end + 1 < blocks.size() && blocks.get(end) instanceof Block.Rule
                && Candidates.isAnswerLabel(blocks.get(end + 1), q.get().separator(), judged.chat())) {
            // "Q: ...", a rule, "A: ...": decks that set the two sides of a card apart with a rule.
            int after = paragraphEnd(blocks, end + 1);
            extent.add(blocks.get(end + 1));
            extent.addAll(blocks.subList(end + 2, after));
            end = after;
        }
        if (q.get().kind() == Candidates.Kind.SPOKEN && q.get().question().isBlank() && !asksFirst(extent)) {
            // "User:" alone on its line, then "thanks!": a turn that asks nothing is no card.
            return end;
        }
        if (q.get().kind() == Candidates.Kind.SPOKEN && Questions.isAside(Inline.plain(q.get().question()))) {
            // "Interviewer: Can you repeat that last part?" and the reply: the conversation, not the subject.
            drafts.skip(new Skip(p.line(), Inline.plain(q.get().question()), "a question about the conversation"));
            return end;
        }
        drafts.card(q.get().question(), q.get().kind().rule, p.line(), extent, q.get().question().isBlank(),
                q.get().separator(), section());
        return end;
    }

    /** Whether the first block of what follows a label asks (the words of a speaker whose label stands alone). */
    private static boolean asksFirst(List<Block> extent) {
        return !extent.isEmpty() && extent.get(0) instanceof Block.Paragraph first
                && Asking.of(Inline.plain(first.markdown())).asks();
    }

    /**
     * Where the answer of a paragraph question ends: at the next question of any kind but a
     * plain paragraph that asks (that one, only where plain paragraphs are the questions), a
     * speaker's next turn, a list of questions with answers, a heading, a rule or a card of its own syntax.
     */
    private int paragraphEnd(List<Block> blocks, int i) {
        int j = i + 1;
        for (; j < blocks.size(); j++) {
            Block b = blocks.get(j);
            if (b instanceof Block.Heading h && !Labels.isAnswerHeading(h.text()) || b instanceof Block.Rule
                    || Candidates.isCard(b)) {
                break;
            }
            if (b instanceof Block.Paragraph p && (question(blocks, j).isPresent() || isSpeakerTurn(p, judged.chat()))) {
                break;
            }
            if (b instanceof Block.ListBlock l && (judged.cardList(l) || numberedQuestion(l))) {
                break;
            }
        }
        return j;
    }

    /** A new turn of a transcript ("User: thanks!"): whether or not it asks, it is no longer the answer. */
    private static boolean isSpeakerTurn(Block.Paragraph p, boolean chat) {
        return Labels.of(p.lines().get(0).text(), chat).filter(Labels.Label::speaker).isPresent();
    }

    /** A numbered list that starts with a question: the next of numbered questions ("11. What is d?"). */
    private boolean numberedQuestion(Block.ListBlock l) {
        return l.ordered() && judged.item(l, l.items().get(0)).isPresent();
    }

    private int list(List<Block> blocks, int i, Block.ListBlock list, boolean top) {
        if (list.items().size() == 1) {
            Optional<Candidates.Question> q = judged.item(list, list.items().get(0));
            if (q.isPresent() && Answers.tidy(q.get().answer()).isEmpty()) {
                // "1. What is X?" and its answer below, not under it: the number is the question's label.
                int end = paragraphEnd(blocks, i);
                drafts.card(q.get().question(), "numbered question", list.line(), blocks.subList(i + 1, end), false,
                        (char) 0, section());
                return end;
            }
        }
        Optional<List<Glossary.ListEntry>> glossary = top && Glossary.isGlossarySection(glossaryHeading())
                && list.items().stream().noneMatch(it -> judged.item(list, it).isPresent()) ? Glossary.of(list) : Optional.empty();
        if (glossary.isPresent()) {
            // "- **Quorum:** the fewest replicas that must agree": a list of terms, each a card.
            for (Glossary.ListEntry e : glossary.get()) {
                drafts.card(e.term(), "glossary list", e.line(), e.meaning(), false, (char) 0, section());
            }
            return i + 1;
        }
        Block.Item last = list.items().get(list.items().size() - 1);
        for (Block.Item item : list.items()) {
            Optional<Candidates.Question> q = judged.item(list, item);
            if (item == last && list.ordered() && q.isPresent() && Answers.tidy(q.get().answer()).isEmpty()
                    && list.items().size() > 1) {
                // "10. What is c?" with its answer indented less than "10. " needs: the answer is after the list.
                int end = paragraphEnd(blocks, i);
                drafts.card(q.get().question(), "list item that asks", item.line(), blocks.subList(i + 1, end), false,
                        q.get().separator(), section());
                return end;
            }
            if (q.isPresent()) {
                drafts.card(q.get().question(), "list item that asks", item.line(), q.get().answer(), false,
                        q.get().separator(), section());
            } else {
                walk(item.children(), false);
            }
        }
        return i + 1;
    }

    private void other(Block b, boolean top) {
        if (b instanceof Block.Details d) {
            drafts.card(summaryQuestion(d.summary()), "<details> summary", d.line(), d.children(), false, (char) 0,
                    section());
        } else if (b instanceof Block.Definition d) {
            drafts.card(summaryQuestion(d.term()), "definition list", d.line(), d.children(), false, (char) 0, section());
        } else if (b instanceof Block.Table t && (Candidates.isQuestionTable(t)
                || top && Candidates.isNamedThingsTable(t) && !Candidates.isComparison(t, section()))) {
            drafts.table(t, section());
        } else if (b instanceof Block.Declared d) {
            drafts.declared(d, OptionalInt.empty(), section());
        } else if (b instanceof Block.Skipped s) {
            drafts.skip(new Skip(s.line(), s.text(), s.reason()));
        } else if (b instanceof Block.Quote q) {
            walk(q.children(), false);
        }
    }

    /** A question a syntax declares, without a {@code Q:} label or wrapping bold. */
    static String withoutLabel(String markdown) {
        return summaryQuestion(markdown);
    }

    /** A summary or term as a question: without a {@code Q:} label or wrapping bold. */
    private static String summaryQuestion(String markdown) {
        String t = Inline.unwrapStrong(markdown);
        Optional<Labels.Label> label = Labels.of(t).filter(l -> l.role() == Labels.Role.QUESTION && !l.rest().isBlank());
        return Inline.unwrapStrong(label.map(Labels.Label::rest).orElse(t));
    }

    /** The section the blocks being read are in: the heading over them that is not a question. */
    /** The heading over what is read now, else the notes' title: a glossary says so there. */
    private String glossaryHeading() {
        return sections.isEmpty() ? title : section();
    }

    private String section() {
        return sections.isEmpty() ? "" : Inline.unwrapStrong(sections.peek().text());
    }

}
