package sdq.quiz;

import java.util.List;
import java.util.Objects;

/**
 * A model answer as typed-answer feedback reads it, taken from its Markdown by the renderer:
 * the text in bold, what each list item starts with (up to a colon or dash, or its first
 * clause), the code spans, and the whole answer as plain text.
 *
 * @param bold  the bold runs, in order
 * @param leads each list item's lead, in order
 * @param code  the code spans, in order
 * @param plain the answer without markup
 */
public record AnswerText(List<String> bold, List<String> leads, List<String> code, String plain) {
    public AnswerText {
        bold = List.copyOf(bold);
        leads = List.copyOf(leads);
        code = List.copyOf(code);
        Objects.requireNonNull(plain, "plain");
    }

    /** An answer of plain text only. */
    public static AnswerText plain(String text) {
        return new AnswerText(List.of(), List.of(), List.of(), text);
    }
}
