package sdq.ingest.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import sdq.ingest.doc.Block;
import sdq.ingest.doc.Inline;

/**
 * The questions of list items: an item that asks with its answer in it or nested under it, a
 * comparison or task that is a question's front, a numbered task alone in its list; and which
 * lists are lists of cards, and which are plans or steps.
 */
final class ListItems {
    private ListItems() {
    }

    /**
     * The question a list item asks, with its answer: the rest of its text and what is nested
     * under it. {@code fronts}: a comparison or a task with its answer nested under it asks too
     * ("- B-tree vs LSM tree", "- Explain compaction"), in a list that is no plan or steps
     * ("- Design a URL shortener" over "- read the chapter first", "1. Build the image");
     * {@link Fronts#NUMBER}: the item is alone in a numbered list, its number the label of a
     * question that may be a task.
     */
    static Optional<Candidates.Question> item(Block.Item item, java.util.function.Function<Block.Paragraph, Optional<Candidates.Question>> asked,
            Fronts fronts) {
        if (item.children().isEmpty() || !(item.children().get(0) instanceof Block.Paragraph p) || Candidates.isLink(p.markdown())) {
            return Optional.empty();
        }
        Optional<Candidates.Question> q = asked.apply(p);
        if (q.isEmpty() && fronts == Fronts.NUMBER && item.children().size() == 1) {
            // "2) Name three ways to detect a failed node." alone in its list, the answer after it:
            // the number labels the question, which may be a task, as a numbered line's may.
            String text = Questions.withoutLeadingDecoration(p.lines().get(0).text().strip());
            if (Asking.of(Inline.plain(p.markdown())) == Asking.TASK && !Candidates.isLink(text)) {
                q = Optional.of(new Candidates.Question(Candidates.Kind.NUMBERED, Inline.unwrapStrong(p.markdown().replace('\n', ' ')), List.of(),
                        (char) 0));
            }
        }
        if (q.isEmpty() && fronts == Fronts.NESTED && item.children().size() > 1 && p.lines().size() == 1) {
            // "- B-tree vs LSM tree" or "- Explain consistent hashing" with its answer nested under it:
            // a comparison or a task asks as a question's front does, where the answer is right under it.
            String text = Questions.withoutLeadingDecoration(p.lines().get(0).text().strip());
            Asking form = Asking.of(Inline.plain(text));
            if ((form == Asking.VERSUS || form == Asking.TASK) && !Candidates.isLink(text)) {
                q = Optional.of(new Candidates.Question(Candidates.Kind.ASKING, Inline.unwrapStrong(text), List.of(), (char) 0));
            }
        }
        if (q.isEmpty() || q.get().question().isBlank() || !Asking.of(Inline.plain(q.get().question())).asks()) {
            return Optional.empty();
        }
        List<Block> answer = new ArrayList<>(q.get().answer());
        answer.addAll(item.children().subList(1, item.children().size()));
        return Optional.of(new Candidates.Question(q.get().kind(), q.get().question(), answer, q.get().separator()));
    }

    /** Where a list item that does not ask in words may still be a question's front. */
    enum Fronts {
        /** Nowhere: it is a step or a plan. */
        NONE,
        /** A comparison or task with its answer nested under it, in a list that is no plan or steps. */
        NESTED,
        /** A task alone in a numbered list ("2) Name three ..."), its answer after the list. */
        NUMBER
    }

    /**
     * Whether a list's items may ask as a question's front does (a comparison, a task): when one
     * of them compares or asks in words, or its tasks have answers nested under them, not what
     * to do ("- Design a URL shortener" over "- read the chapter first" is a study plan).
     */
    static boolean asksWithFronts(Block.ListBlock list, java.util.function.Function<Block.Paragraph, Optional<Candidates.Question>> asked) {
        int tasks = 0;
        int instructions = 0;
        int nested = 0;
        for (Block.Item item : list.items()) {
            if (item(item, asked, Fronts.NONE).isPresent()) {
                return true;
            }
            if (item.children().size() > 1 && item.children().get(0) instanceof Block.Paragraph p) {
                nested++;
                Asking form = Asking.of(Inline.plain(Questions.withoutLeadingDecoration(p.lines().get(0).text().strip())));
                if (form == Asking.VERSUS) {
                    return true;
                }
                if (form == Asking.TASK) {
                    tasks++;
                    instructions += instructs(item.children().get(1)) ? 1 : 0;
                }
            }
        }
        // "- Design a URL shortener" over "- read the chapter first": a plan, what is nested tells the reader what
        // to do. "1. Build the image", "2. Push it", "3. Restart": numbered steps, of which few are tasks a question sets.
        return tasks > 0 && instructions * 2 < tasks && (!list.ordered() || tasks * 2 >= nested);
    }

    /** Verbs that tell the one who studies what to do: the nested text of a plan or of steps, not an answer. */
    private static final java.util.Set<String> INSTRUCTIONS = java.util.Set.of("read", "re-read", "reread", "watch",
            "rewatch", "redo", "review", "revisit", "practice", "practise", "skim", "study", "memorise", "memorize",
            "schedule", "book", "finish", "prepare", "rehearse");
    /** Two words that tell what to do where the first alone may start an answer ("time it" but "Time: O(log n)"). */
    private static final java.util.Set<String> INSTRUCTION_PAIRS = java.util.Set.of("time it", "time yourself",
            "focus on", "do it", "try it", "read up", "look at", "go over", "go through");

    /** Whether a block nested under a task starts by telling what to do ("- read the chapter first", "Use the CI key"). */
    private static boolean instructs(Block b) {
        Block first = b instanceof Block.ListBlock l && !l.items().isEmpty() && !l.items().get(0).children().isEmpty()
                ? l.items().get(0).children().get(0) : b;
        if (!(first instanceof Block.Paragraph p)) {
            return false;
        }
        String text = Inline.plain(p.lines().get(0).text()).strip().toLowerCase(java.util.Locale.ROOT);
        int end = 0;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-'
                || text.charAt(end) == '\'')) {
            end++;
        }
        String word = text.substring(0, end);
        String[] two = text.split("[^\\p{L}'-]+", 3);
        return INSTRUCTIONS.contains(word) || two.length >= 2 && INSTRUCTION_PAIRS.contains(two[0] + " " + two[1]);
    }

    /** A list most of whose items are questions with answers: a list of cards. */
    static boolean isCardList(Block.ListBlock list, java.util.function.Function<Block.Item, Optional<Candidates.Question>> asked) {
        int cards = 0;
        for (Block.Item item : list.items()) {
            cards += asked.apply(item).filter(c -> Answers.whyNot(Answers.tidy(c.answer())).isEmpty()).isPresent() ? 1 : 0;
        }
        return cards > 0 && cards * 2 >= list.items().size();
    }
}
