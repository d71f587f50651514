package sdq.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cloze: text with gaps, written as Anki writes them ({@code {{c1::hidden}}}, with a hint as
 * {@code {{c1::hidden::hint}}}). Each gap number is a card: its question is the text with that
 * number's gaps shown as {@code [...]} (or {@code [hint]}) and the others filled in; its answer
 * is what was hidden, then the whole text.
 */
public record Cloze(String text) {
    private static final Pattern GAP = Pattern.compile("\\{\\{c(\\d{1,3})::(?!\\s*(?:\\}\\}|::))(.*?)(?:::(.*?))?\\}\\}",
            Pattern.DOTALL);

    public Cloze {
        Objects.requireNonNull(text, "text");
        if (!GAP.matcher(text).find()) {
            throw new IllegalArgumentException("a cloze has a gap ({{c1::...}}): " + text);
        }
    }

    /** The cloze a text is, when it has a gap. */
    public static Optional<Cloze> of(String text) {
        // Most texts hold no "{{c": no matcher made for them (a deck cache of 100,000 cards asks for each).
        return text != null && text.contains("{{c") && GAP.matcher(text).find() ? Optional.of(new Cloze(text))
                : Optional.empty();
    }

    /** The gap numbers, each once, lowest first. */
    public List<Integer> numbers() {
        TreeSet<Integer> numbers = new TreeSet<>();
        Matcher m = GAP.matcher(text);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return List.copyOf(numbers);
    }

    /** The question of gap {@code n}: its gaps as {@code [...]} or {@code [hint]}, the others filled in. */
    public String question(int n) {
        return replace(n, m -> m.group(3) != null && !m.group(3).isBlank() ? "[" + m.group(3).strip() + "]" : "[...]");
    }

    /** The answer of gap {@code n}: what its gaps hide, in bold, then the whole text. */
    public String answer(int n) {
        List<String> hidden = new ArrayList<>();
        Matcher m = GAP.matcher(text);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == n) {
                hidden.add(m.group(2).strip());
            }
        }
        return "**" + String.join(" … ", hidden) + "**\n\n" + filled();
    }

    /** The text with every gap filled in. */
    public String filled() {
        return replace(-1, m -> m.group(2));
    }

    /** The cloze of gap {@code n} alone: its gaps as gap 1, the others filled in (one card's own cloze). */
    public Cloze only(int n) {
        return new Cloze(replace(n, m -> "{{c1::" + m.group(2) + (m.group(3) == null ? "" : "::" + m.group(3)) + "}}"));
    }

    private String replace(int n, java.util.function.Function<Matcher, String> gap) {
        Matcher m = GAP.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String with = Integer.parseInt(m.group(1)) == n ? gap.apply(m) : m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(n < 0 ? gap.apply(m) : with));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A cloze from text whose gaps are marked some other way: each match of {@code gap} is a
     * gap of its own number (1, 2, ...), its group 1 what it hides.
     */
    public static Optional<Cloze> numbering(String text, Pattern gap) {
        Matcher m = gap.matcher(text);
        StringBuilder out = new StringBuilder();
        int n = 0;
        while (m.find()) {
            n++;
            m.appendReplacement(out, Matcher.quoteReplacement("{{c" + n + "::" + m.group(1) + "}}"));
        }
        m.appendTail(out);
        return n == 0 ? Optional.empty() : Optional.of(new Cloze(out.toString()));
    }
}
