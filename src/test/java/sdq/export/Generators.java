package sdq.export;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Markdown as answers hold it: paragraphs, emphasis, code, lists, tables, quotes, unicode, tabs. */
public final class Generators {
    private Generators() {
    }

    /** A run of words and inline marks, without line breaks. */
    public static Arbitrary<String> inline() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("Redis", "p99", "O(1)", "<100ms", "a < b", "x > y", "AT&T", "\"quoted\"", "it's",
                        "snake_case_name", "a|b", "50%", "C#", "é", "日本語", "🔴", "—", "–", "naïve", "tab\there",
                        "1.10", "no", "key: value", "#tag", "*", "_", "[x]", "\\", "2 * 3", "e.g.", "ca$h"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6).map(w -> "**" + w + "**"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6).map(w -> "*" + w + "*"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6).map(w -> "`" + w + "`"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6)
                        .map(w -> "[" + w + "](https://example.com/" + w + ")"));
        // A line of just "\" would be a hard line break with nothing before it: not Markdown anyone writes.
        return word.list().ofMinSize(1).ofMaxSize(8).map(words -> String.join(" ", words)).filter(s -> !s.equals("\\"));
    }

    /** A question: one line, now and then two. */
    public static Arbitrary<String> markdownLine() {
        return Arbitraries.oneOf(inline().map(s -> s + "?"),
                Combinators.combine(inline(), inline()).as((a, b) -> a + "\n" + b + "?"));
    }

    /** Blocks of Markdown separated by blank lines. */
    public static Arbitrary<String> markdown() {
        Arbitrary<String> paragraph = inline().list().ofMinSize(1).ofMaxSize(3).map(lines -> String.join("\n", lines));
        Arbitrary<String> bullets = inline().list().ofMinSize(1).ofMaxSize(4)
                .map(items -> "- " + String.join("\n- ", items));
        Arbitrary<String> numbered = inline().list().ofMinSize(1).ofMaxSize(4).map(items -> {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < items.size(); i++) {
                out.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(items.get(i));
            }
            return out.toString();
        });
        Arbitrary<String> code = Arbitraries.of("SELECT * FROM t WHERE a = 'x';", "if (a < b) {\n\treturn \"tab\";\n}",
                "GET /users/{id}\nHost: example.com", "key: \"value\"  # comment").map(c -> "```\n" + c + "\n```");
        Arbitrary<String> table = Combinators.combine(inline(), inline(), inline(), inline())
                .as((a, b, c, d) -> "| " + cell(a) + " | " + cell(b) + " |\n| --- | --- |\n| " + cell(c) + " | "
                        + cell(d) + " |");
        Arbitrary<String> heading = inline().map(s -> "### " + s);
        Arbitrary<String> quote = inline().map(s -> "> " + s);
        Arbitrary<String> block = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, paragraph), net.jqwik.api.Tuple.of(2, bullets), net.jqwik.api.Tuple.of(2, numbered),
                net.jqwik.api.Tuple.of(1, code), net.jqwik.api.Tuple.of(1, table), net.jqwik.api.Tuple.of(1, heading),
                net.jqwik.api.Tuple.of(1, quote));
        return block.list().ofMinSize(1).ofMaxSize(5).map(blocks -> String.join("\n\n", blocks));
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
