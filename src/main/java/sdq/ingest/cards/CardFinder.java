package sdq.ingest.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import sdq.deck.CardFields;
import sdq.ingest.Draft;
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
            "list items that ask", "definition lists", "<details> summaries", "question/answer tables");

    private static final java.util.regex.Pattern QUOTES = java.util.regex.Pattern.compile("^[\"“]|[\"”]$");

    private final HeadingPlan plan;
    private final boolean asking;
    /** The blocks' Markdown is the notes' own, spacing and all. */
    private final boolean source;
    /** Most of the document's bold paragraphs ask: those that do not are questions put as terms. */
    private final boolean boldTerms;
    private final List<Draft> drafts = new ArrayList<>();
    private final List<Skip> skipped = new ArrayList<>();
    private final List<Skip> inAnswers = new ArrayList<>();
    /** The headings the blocks being read are under that are not questions, innermost first. */
    private final java.util.Deque<Block.Heading> sections = new java.util.ArrayDeque<>();
    private final Judged judged;

    private CardFinder(Document document, boolean asking, Judged judged) {
        this.judged = judged;
        this.asking = asking;
        this.source = document.source();
        this.boldTerms = boldTerms(document.blocks());
        this.plan = HeadingPlan.of(document.blocks(), b -> judged.card(b, asking));
    }

    /** The cards of a document; a plain paragraph that asks is a question only where nothing else is. */
    public static Found find(Document document) {
        Judged judged = new Judged();
        CardFinder finder = new CardFinder(document, false, judged);
        finder.walk(document.blocks(), true);
        if (finder.drafts.isEmpty()) {
            CardFinder asking = new CardFinder(document, true, judged);
            asking.walk(document.blocks(), true);
            if (!asking.drafts.isEmpty()) {
                finder = asking;
            }
        }
        List<Skip> skips = new ArrayList<>(finder.skipped);
        skips.sort(java.util.Comparator.comparingInt(Skip::line));
        return new Found(finder.drafts, skips, finder.inAnswers);
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
        Extent extent = headingExtent(blocks, i, h);
        if (extent.group()) {
            inAnswers.add(new Skip(h.line(), Inline.plain(HeadingPlan.question(h.text())), "heads the questions under it"));
        } else {
            String question = role == HeadingPlan.Role.QUESTION ? HeadingPlan.question(h.text()) : "";
            card(question, plan.rule(h), h.line(), blocks.subList(i + 1, extent.end()), role == HeadingPlan.Role.QUESTION_BELOW);
        }
        return extent.end();
    }

    /** How far a heading's answer runs, and whether the heading only groups the questions under it. */
    private record Extent(int end, boolean group) {
    }

    private Extent headingExtent(List<Block> blocks, int i, Block.Heading h) {
        int j = i + 1;
        boolean own = false;
        int firstSub = -1;
        int subLevel = Integer.MAX_VALUE;
        boolean subsAsk = true;
        for (; j < blocks.size(); j++) {
            Block b = blocks.get(j);
            if (b instanceof Block.Heading g) {
                if (Labels.isAnswerHeading(g.text())) {
                    continue;
                }
                if (g.level() <= h.level()) {
                    break;
                }
                if (firstSub < 0) {
                    firstSub = j;
                }
                if (g.level() < subLevel) {
                    subLevel = g.level();
                    subsAsk = true;
                }
                if (g.level() == subLevel) {
                    subsAsk &= plan.role(g) == HeadingPlan.Role.QUESTION;
                }
                continue;
            }
            if (b instanceof Block.Rule) {
                break;
            }
            if (firstSub < 0) {
                boolean labelled = b instanceof Block.Paragraph p && judged.paragraph(p, false)
                        .filter(q -> q.kind() == Candidates.Kind.LABELLED).isPresent();
                if (Candidates.isCard(b) || labelled && own) {
                    break;
                }
                own |= Answers.hasContent(b) && !Candidates.isLabelLead(b) && !labelled && !answerLabel(b);
            }
        }
        if (firstSub >= 0 && subsAsk) {
            return new Extent(firstSub, !own && firstSub == nextContent(blocks, i + 1));
        }
        return new Extent(j, false);
    }

    private static int nextContent(List<Block> blocks, int from) {
        int k = from;
        while (k < blocks.size() && !(blocks.get(k) instanceof Block.Heading) && !Answers.hasContent(blocks.get(k))) {
            k++;
        }
        return k;
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
        if (startsBlock && next != null && answerLabel(next)) {
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
            if (top && p.lines().size() == 1 && Furniture.isNoise(text)) {
                skipped.add(new Skip(p.line(), text, "navigation or footer text"));
            } else if (top && Asking.of(text) == Asking.QUESTION && text.length() > 12 && !answerLabel(p)) {
                skipped.add(new Skip(p.line(), unquoted(text), "a question with no answer"));
            }
            return i + 1;
        }
        int end = paragraphEnd(blocks, i);
        List<Block> extent = new ArrayList<>(q.get().answer());
        extent.addAll(blocks.subList(i + 1, end));
        card(q.get().question(), q.get().kind().rule, p.line(), extent, q.get().question().isBlank(), q.get().separator());
        return end;
    }

    /**
     * Where the answer of a paragraph question ends: at the next question of any kind but a
     * plain paragraph that asks (that one, only where plain paragraphs are the questions), a
     * list of questions with answers, a heading, a rule or a card of its own syntax.
     */
    private int paragraphEnd(List<Block> blocks, int i) {
        int j = i + 1;
        for (; j < blocks.size(); j++) {
            Block b = blocks.get(j);
            if (b instanceof Block.Heading h && !Labels.isAnswerHeading(h.text()) || b instanceof Block.Rule
                    || Candidates.isCard(b)) {
                break;
            }
            if (b instanceof Block.Paragraph && question(blocks, j).isPresent()) {
                break;
            }
            if (b instanceof Block.ListBlock l && judged.cardList(l)) {
                break;
            }
        }
        return j;
    }

    private int list(List<Block> blocks, int i, Block.ListBlock list, boolean top) {
        if (list.items().size() == 1) {
            Optional<Candidates.Question> q = judged.item(list.items().get(0));
            if (q.isPresent() && Answers.tidy(q.get().answer()).isEmpty()) {
                // "1. What is X?" and its answer below, not under it: the number is the question's label.
                int end = paragraphEnd(blocks, i);
                card(q.get().question(), "numbered question", list.line(), blocks.subList(i + 1, end), false);
                return end;
            }
        }
        for (Block.Item item : list.items()) {
            Optional<Candidates.Question> q = judged.item(item);
            if (q.isPresent()) {
                card(q.get().question(), "list item that asks", item.line(), q.get().answer(), false, q.get().separator());
            } else {
                walk(item.children(), false);
            }
        }
        return i + 1;
    }

    private void other(Block b, boolean top) {
        if (b instanceof Block.Details d) {
            card(summaryQuestion(d.summary()), "<details> summary", d.line(), d.children(), false);
        } else if (b instanceof Block.Definition d) {
            card(summaryQuestion(d.term()), "definition list", d.line(), d.children(), false);
        } else if (b instanceof Block.Table t && Candidates.isQuestionTable(t)) {
            table(t);
        } else if (b instanceof Block.Declared d) {
            declared(d, OptionalInt.empty());
        } else if (b instanceof Block.Skipped s) {
            skipped.add(new Skip(s.line(), s.text(), s.reason()));
        } else if (b instanceof Block.Quote q) {
            walk(q.children(), false);
        }
    }

    /** A summary or term as a question: without a {@code Q:} label or wrapping bold. */
    private static String summaryQuestion(String markdown) {
        String t = Inline.unwrapStrong(markdown);
        Optional<Labels.Label> label = Labels.of(t).filter(l -> l.role() == Labels.Role.QUESTION && !l.rest().isBlank());
        return Inline.unwrapStrong(label.map(Labels.Label::rest).orElse(t));
    }

    private void table(Block.Table t) {
        List<String> header = t.header().stream().map(Inline::plain).toList();
        int q = CardFields.find(header, CardFields.Field.QUESTION).orElseThrow();
        int a = CardFields.find(header, CardFields.Field.ANSWER).orElseThrow();
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            String question = q < row.size() ? row.get(q).strip() : "";
            String answer = a < row.size() ? row.get(a).strip() : "";
            int line = Math.min(t.endLine(), t.line() + 2 + r);
            if (question.isEmpty()) {
                continue;
            }
            List<Block> blocks = answer.isEmpty() ? List.of() : List.of(Block.Paragraph.of(line, answer.replace("<br>", "  \n")));
            card(question, "question/answer table", line, blocks, false);
        }
    }

    private void declared(Block.Declared d, OptionalInt parent) {
        Optional<String> why = Answers.whyNot(Answers.tidy(d.answer()));
        if (why.isPresent()) {
            skipped.add(new Skip(d.line(), Inline.plain(d.question()), why.get()));
            return;
        }
        int index = drafts.size();
        Draft draft = new Draft(d.question(), Answers.markdown(Answers.tidy(d.answer()), source), d.section().orElseGet(this::section),
                d.line(), Math.max(d.line(), d.endLine()), parent, Optional.empty(), Optional.empty(), d.rule());
        drafts.add(draft);
        for (Block.Declared f : d.followUps()) {
            declared(f, OptionalInt.of(index));
        }
    }

    /** Notes what asks inside the answer of the card at {@code line}: it stays there. */
    private void asksInside(Block b, int line) {
        String why = "part of the answer to line " + line;
        if (b instanceof Block.Heading h && Asking.of(Inline.plain(HeadingPlan.question(h.text()))).asks()) {
            inAnswers.add(new Skip(h.line(), Inline.plain(h.text()), why));
        } else if (b instanceof Block.Paragraph p && Asking.of(Inline.plain(p.lines().get(0).text())) == Asking.QUESTION) {
            inAnswers.add(new Skip(p.line(), unquoted(Inline.plain(p.lines().get(0).text())), why));
        } else if (b instanceof Block.ListBlock l) {
            for (Block.Item item : l.items()) {
                item.children().forEach(c -> asksInside(c, line));
            }
        } else if (b instanceof Block.Quote q) {
            q.children().forEach(c -> asksInside(c, line));
        }
    }

    /** A question as a skip names it: without the quote marks it may stand in. */
    private static String unquoted(String text) {
        return text.isEmpty() || "\"“”".indexOf(text.charAt(0)) < 0 && "\"“”".indexOf(text.charAt(text.length() - 1)) < 0
                ? text : QUOTES.matcher(text).replaceAll("");
    }

    /** The section the blocks being read are in: the heading over them that is not a question. */
    private String section() {
        return sections.isEmpty() ? "" : Inline.unwrapStrong(sections.peek().text());
    }

    private static boolean answerLabel(Block b) {
        return answerLabel(b, (char) 0);
    }

    /** An answer label, for a question whose label ended with {@code separator}. */
    private static boolean answerLabel(Block b, char separator) {
        return b instanceof Block.Paragraph p && Labels.of(p.lines().get(0).text())
                .filter(l -> l.answersAfter(separator)).isPresent()
                || b instanceof Block.Heading h && Labels.isAnswerHeading(h.text());
    }

    /**
     * Makes the card of a question and the blocks of its extent: an answer label among them
     * ends what belongs to the question (context, options) and starts the answer; hints are left
     * out. {@code below}: the question is not in the line that found it but in the first blocks.
     */
    private void card(String question, String rule, int line, List<Block> extent, boolean below) {
        card(question, rule, line, extent, below, (char) 0);
    }

    private void card(String question, String rule, int line, List<Block> extent, boolean below, char separator) {
        List<Block> blocks = Answers.tidy(extent);
        int label = -1;
        for (int k = 0; k < blocks.size() && k <= 8 && label < 0; k++) {
            label = answerLabel(blocks.get(k), separator) ? k : -1;
        }
        List<Block> context = new ArrayList<>();
        List<Block> answer = new ArrayList<>();
        if (label >= 0) {
            context.addAll(blocks.subList(0, label));
            Block at = blocks.get(label);
            if (at instanceof Block.Paragraph p) {
                answer.addAll(afterLabel(p));
            }
            answer.addAll(blocks.subList(label + 1, blocks.size()));
        } else if (below && !blocks.isEmpty()) {
            context.add(blocks.get(0));
            answer.addAll(blocks.subList(1, blocks.size()));
        } else {
            answer.addAll(blocks);
        }
        context.removeIf(CardFinder::hint);
        answer.removeIf(CardFinder::hint);
        String asked = question(Questions.withoutDecoration(question), context);
        Optional<Block> reference = Optional.empty();
        Optional<String[]> link = Questions.link(asked);
        if (link.isPresent()) {
            // "[What is Paxos?](https://...)": the question is the link's text; the link goes under the answer.
            asked = link.get()[0];
            reference = Optional.of(Block.Paragraph.of(line, "[" + link.get()[1] + "](" + link.get()[2] + ")"));
        }
        if (asked.isBlank()) {
            return;
        }
        answer = Answers.tidy(answer);
        Optional<String> why = Answers.whyNot(answer);
        if (why.isEmpty() && reference.isPresent()) {
            answer.add(reference.get());
        }
        if (why.isPresent()) {
            skipped.add(new Skip(line, unquoted(Inline.plain(asked.lines().findFirst().orElse(asked))), why.get()));
            return;
        }
        int end = Math.max(line, answer.get(answer.size() - 1).endLine());
        for (Block b : answer) {
            asksInside(b, line);
        }
        drafts.add(new Draft(asked, Answers.markdown(answer, source), section(), line, end, OptionalInt.empty(), Optional.empty(),
                Optional.empty(), rule));
    }

    /** The question with what belongs to it: its context, a question written under a number, its options. */
    private String question(String question, List<Block> context) {
        List<String> parts = new ArrayList<>();
        if (!question.isBlank()) {
            parts.add(question.strip());
        }
        for (Block b : context) {
            String last = parts.isEmpty() ? "" : parts.get(parts.size() - 1);
            if (!source && b instanceof Block.Paragraph p && !last.isEmpty()
                    && Asking.of(Inline.plain(last)) != Asking.QUESTION && !last.endsWith(":")) {
                // A question in plain text that runs on over its lines: "Your p99 doubled. Where do you look?"
                parts.set(parts.size() - 1, last + " " + p.markdown().replace('\n', ' '));
                continue;
            }
            if (b instanceof Block.Paragraph p) {
                Optional<Candidates.Question> q = judged.paragraph(p, true)
                        .filter(c -> c.kind() == Candidates.Kind.LABELLED && parts.isEmpty());
                parts.add(q.map(c -> Markdown.join(List.of(Block.Paragraph.of(p.line(), c.question())), c.answer()))
                        .orElse(p.markdown()));
            } else {
                parts.add(b.markdown());
            }
        }
        return String.join("\n\n", parts).strip();
    }

    /** The text of an answer-label paragraph after its label. */
    private static List<Block> afterLabel(Block.Paragraph p) {
        List<Block.Line> lines = new ArrayList<>(p.lines());
        String rest = Labels.of(lines.get(0).text()).map(Labels.Label::rest).orElse("");
        if (rest.isBlank()) {
            lines.remove(0);
        } else {
            lines.set(0, new Block.Line(lines.get(0).number(), rest));
        }
        return lines.isEmpty() ? List.of() : List.of(new Block.Paragraph(lines));
    }

    private static boolean hint(Block b) {
        return b instanceof Block.Paragraph p && Labels.of(p.lines().get(0).text())
                .filter(l -> l.role() == Labels.Role.HINT).isPresent();
    }
}
