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

    private Callouts() {
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
        if (p.lines().size() > 1) {
            body.add(new Block.Paragraph(p.lines().subList(1, p.lines().size())));
        }
        body.addAll(quote.children().subList(1, quote.children().size()));
        if (QUESTIONS.contains(type) && !title.isEmpty()) {
            return new Block.Details(title, body, quote.line(), quote.endLine());
        }
        List<Block> shown = new ArrayList<>();
        if (ANSWER_TITLES.contains(title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\s]", "").strip())) {
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
