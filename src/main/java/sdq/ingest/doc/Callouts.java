package sdq.ingest.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Callouts of Obsidian and GitHub ({@code > [!question] Title}, {@code > [!NOTE]}): a question,
 * FAQ or help callout is a question (its title) with its answer (its body), as a {@code <details>}
 * is; any other keeps its body as a quotation, under its title in bold.
 */
final class Callouts {
    private static final Pattern MARK = Pattern.compile("^\\[!([A-Za-z-]+)\\][-+]?\\s*(.*)$");
    private static final Set<String> QUESTIONS = Set.of("question", "faq", "help", "quiz", "flashcard", "card");

    /** Titles that only say the body is an answer. */
    private static final Set<String> ANSWER_TITLES = Set.of("answer", "the answer", "solution", "explanation", "a",
            "show answer", "reveal", "reveal answer", "back");

    /** Callout types that hold an answer ("> [!answer]", "> [!solution]- Show"). */
    private static final Set<String> ANSWER_TYPES = Set.of("answer", "solution", "success");
    /** Callout types that hold an answer only untitled or titled so ("> [!check]- Answer"), not "> [!done] Shipped". */
    private static final Set<String> MAYBE_ANSWER_TYPES = Set.of("check", "done", "tip", "example");

    private Callouts() {
    }

    /**
     * The callout a quote is, read after the block before it: an answer callout right after a
     * question callout with nothing in it is that question's answer ({@code previous} replaced).
     */
    static void add(List<Block> out, Block.Quote quote) {
        Block block = of(quote);
        Block before = out.isEmpty() ? null : out.get(out.size() - 1);
        if (before instanceof Block.Details d && d.children().isEmpty() && isAnswer(quote)) {
            List<Block> answer = block instanceof Block.Quote q ? q.children() : List.of(block);
            out.set(out.size() - 1, new Block.Details(d.summary(), answer, d.line(), quote.endLine()));
            return;
        }
        out.add(block);
    }

    /** Whether the quote is an answer callout: of an answer type, or titled only "Answer". */
    private static boolean isAnswer(Block.Quote quote) {
        if (quote.children().isEmpty() || !(quote.children().get(0) instanceof Block.Paragraph p)) {
            return false;
        }
        Matcher m = MARK.matcher(p.lines().get(0).text().strip());
        return m.matches() && answers(m);
    }

    /** Whether a callout's mark says an answer follows: its type, or an untitled or answer-titled success callout. */
    private static boolean answers(Matcher mark) {
        String type = mark.group(1).toLowerCase(Locale.ROOT);
        String title = mark.group(2).strip();
        return ANSWER_TYPES.contains(type) || answerTitle(title)
                || MAYBE_ANSWER_TYPES.contains(type) && title.replaceAll("[^\\p{L}\\p{N}]", "").isEmpty();
    }

    private static boolean answerTitle(String title) {
        return ANSWER_TITLES.contains(title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\s]", "").strip());
    }

    static Block of(Block.Quote quote) {
        if (quote.children().isEmpty() || !(quote.children().get(0) instanceof Block.Paragraph p)) {
            return quote;
        }
        Matcher m = MARK.matcher(p.lines().get(0).text().strip());
        if (!m.matches()) {
            return quote;
        }
        String type = m.group(1).toLowerCase(Locale.ROOT);
        String title = m.group(2).strip();
        List<Block> body = new ArrayList<>();
        List<Block.Line> rest = new ArrayList<>(p.lines().subList(1, p.lines().size()));
        Matcher inner = rest.isEmpty() ? null : MARK.matcher(rest.get(0).text().strip());
        // Inside a question callout, any answer type says where the answer starts ("> [!success] Flapping: ...").
        if (QUESTIONS.contains(type) && inner != null && inner.matches() && (answers(inner)
                || MAYBE_ANSWER_TYPES.contains(inner.group(1).toLowerCase(Locale.ROOT)))) {
            // "> [!answer]" inside the question callout: it only says the answer starts here.
            String after = answerTitle(inner.group(2)) ? "" : inner.group(2).strip();
            if (after.isEmpty()) {
                rest.remove(0);
            } else {
                rest.set(0, new Block.Line(rest.get(0).number(), after));
            }
        }
        if (!rest.isEmpty()) {
            body.add(new Block.Paragraph(rest));
        }
        body.addAll(quote.children().subList(1, quote.children().size()));
        if (QUESTIONS.contains(type) && !title.isEmpty()) {
            return new Block.Details(title, body, quote.line(), quote.endLine());
        }
        List<Block> shown = new ArrayList<>();
        if (answerTitle(title)) {
            // "> [!success]- Answer" under a question: the body is the answer, the title says only that.
            title = "";
        }
        if (!title.isEmpty()) {
            shown.add(Block.Paragraph.of(quote.line(), "**" + title + "**"));
        }
        shown.addAll(body);
        return new Block.Quote(shown, Markdown.quote(shown), quote.line(), quote.endLine());
    }
}
