package sdq.ingest.cards;

import java.util.List;
import java.util.Optional;
import sdq.ingest.doc.Block;
import sdq.ingest.doc.Furniture;
import sdq.ingest.doc.Inline;

/**
 * How far a heading's answer runs: to the next heading of its level or above, a rule after
 * which no such heading comes (the page's end matter may follow it; a rule inside a section a
 * later heading closes only divides its answer), a closing section ("See also"), or a card of its own after the heading's own answer (a labelled,
 * bold or numbered question with its answer); its sub-headings are part of it unless every one
 * of them asks (then they are cards of their own, and the heading, with nothing of its own, only
 * groups them).
 *
 * @param end   the index after the last block of the answer
 * @param group the heading has no answer of its own and heads the questions under it
 */
record HeadingExtent(int end, boolean group) {
    /** The extent of the heading {@code h} at index {@code i} of {@code blocks}. */
    static HeadingExtent of(List<Block> blocks, int i, Block.Heading h, HeadingPlan plan, Judged judged) {
        int j = i + 1;
        boolean own = false;
        int firstSub = -1;
        int subLevel = Integer.MAX_VALUE;
        boolean subsAsk = true;
        // Whether the rules before index dividesUntil only divide the answer: found once for all of them.
        int dividesUntil = -1;
        boolean divides = false;
        for (; j < blocks.size(); j++) {
            Block b = blocks.get(j);
            if (b instanceof Block.Heading g) {
                if (Labels.isAnswerHeading(g.text())) {
                    continue;
                }
                if (g.level() <= h.level() || Furniture.isClosingSection(Inline.plain(g.text()))) {
                    // "### See also" under the last question closes the page, not its answer.
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
                if (j >= dividesUntil) {
                    int next = nextClosing(blocks, j, h.level());
                    divides = dividesAnswer(blocks, j, next, h.level());
                    dividesUntil = next;
                }
                if (!divides) {
                    break;
                }
            }
            if (firstSub < 0) {
                boolean labelled = b instanceof Block.Paragraph p && judged.paragraph(p, false)
                        .filter(q -> q.kind() == Candidates.Kind.LABELLED).isPresent();
                if (Candidates.isCard(b) || labelled && own || own && standsAlone(blocks, j, judged)) {
                    break;
                }
                own |= Answers.hasContent(b) && !Candidates.isLabelLead(b) && !labelled && !Candidates.isAnswerLabel(b);
            }
        }
        if (firstSub >= 0 && subsAsk) {
            return new HeadingExtent(firstSub, !own && firstSub == nextContent(blocks, i + 1));
        }
        return new HeadingExtent(j, false);
    }

    /**
     * Whether the block at {@code j} is a card of its own after a heading's answer: a bold or
     * numbered question with its answer in it, labelled right under it, or right under it.
     */
    private static boolean standsAlone(List<Block> blocks, int j, Judged judged) {
        if (!(blocks.get(j) instanceof Block.Paragraph p)) {
            return false;
        }
        Optional<Candidates.Question> q = judged.paragraph(p, false)
                .filter(c -> c.kind() == Candidates.Kind.BOLD || c.kind() == Candidates.Kind.NUMBERED);
        if (q.isEmpty()) {
            return false;
        }
        if (!Answers.tidy(q.get().answer()).isEmpty()) {
            return true;
        }
        Block next = j + 1 < blocks.size() ? blocks.get(j + 1) : null;
        return next != null && (Candidates.isAnswerLabel(next) || !(next instanceof Block.Heading)
                && Answers.hasContent(next) && !judged.card(next, false));
    }

    /** The index of the first heading of {@code level} or above (not an answer label) after {@code j}, or the end. */
    private static int nextClosing(List<Block> blocks, int j, int level) {
        int k = j + 1;
        while (k < blocks.size() && !(blocks.get(k) instanceof Block.Heading g && g.level() <= level
                && !Labels.isAnswerHeading(g.text()))) {
            k++;
        }
        return k;
    }

    /**
     * Whether the rule at {@code j} only divides a heading's answer: a heading of its level or
     * above comes at {@code next}, and what is between them is more than page furniture (a line
     * of links, "Last updated ..."). Else the rule ends the answer, and what
     * follows it is the page's end matter.
     */
    private static boolean dividesAnswer(List<Block> blocks, int j, int next, int level) {
        if (next >= blocks.size()) {
            return false;
        }
        for (int k = j + 1; k < next; k++) {
            if (!isFurniture(blocks.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** A paragraph of only links, or page furniture ("Last updated ..."); an italic line may be a gotcha, so it is kept. */
    private static boolean isFurniture(Block b) {
        if (b instanceof Block.Rule) {
            return true;
        }
        if (!(b instanceof Block.Paragraph p)) {
            return false;
        }
        String md = p.markdown().strip();
        String withoutLinks = md.replaceAll("!?\\[[^\\]]*\\]\\([^)]*\\)", "").replaceAll("[\\s|·•,/–—-]", "");
        return withoutLinks.isEmpty() || Furniture.isNoise(Inline.plain(md));
    }

    private static int nextContent(List<Block> blocks, int from) {
        int k = from;
        while (k < blocks.size() && !(blocks.get(k) instanceof Block.Heading) && !Answers.hasContent(blocks.get(k))) {
            k++;
        }
        return k;
    }
}
