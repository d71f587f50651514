package sdq.ingest.cards;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How plainly a text asks something, by its form: a question mark (also the full-width one),
 * a task that starts with an imperative (explain, compare, design...), "X vs Y", or a question
 * word. Text here is plain (no markup) and without its label or number.
 */
enum Asking {
    /** Not a question: a title, a term, a statement. */
    NO,
    /** Starts with a question word but asks nothing ("How it works", "Why they're needed"). */
    WEAK,
    /** A comparison ("Kafka vs RabbitMQ", "Difference between X and Y"): a question as a card's front, a topic as a heading. */
    VERSUS,
    /** A task ("Explain the CAP theorem", "Design a rate limiter"). */
    TASK,
    /** Ends with a question mark. */
    QUESTION;

    /** What may follow a question without changing it: emoji, #tags, a bracketed or parenthesised aside. */
    private static final Pattern TRAILER = Pattern.compile("(?<=[?？])(\\s*(\\p{So}|\\p{Sk}|\\uFE0F|\\u200D|#[\\p{L}\\p{N}_/-]+"
            + "|\\([^()]{0,60}\\)|\\[[^\\[\\]]{0,60}\\]))+\\s*$");
    private static final Pattern TRAILING_LINK = Pattern.compile("(?<=[?？])\\s*(\\[[^\\]]*\\]\\([^)]*\\)\\s*|<https?://[^>]*>\\s*)+$");
    private static final Pattern QUESTION_WORD = Pattern.compile("(?iu)^(how|what|what's|whats|why|when|where|which|who"
            + "|whom|whose|is|are|was|were|do|does|did|can|could|should|would|will|shall|may|might|must|has|have"
            // German, French, Spanish, Portuguese, Italian question words
            + "|was|wie|warum|wieso|weshalb|wann|wo|welche|welcher|welches|wer|qu'est-ce|pourquoi|comment|quand|quel"
            + "|quelle|qué|que|por qué|cómo|cuándo|cuál|dónde|o que|como|quando|qual|perché|quale|cosa)\\b");
    private static final Pattern TASK_WORD = Pattern.compile("(?iu)^(explain|describe|compare|contrast|design|define"
            + "|discuss|list(?!\\s+of\\b)|name(?!\\s+of\\b)|mention|give|outline|implement|walk|tell|state|differentiate|distinguish|summari[sz]e"
            + "|illustrate|elaborate|estimate|calculate|identify|justify|propose|sketch|build|write|suggest|evaluate"
            + "|analy[sz]e|demonstrate|derive|prove|show|provide|recommend|choose|pick|diagnose|debug|troubleshoot"
            + "|erkläre|erklären|beschreibe|vergleiche|nenne|expliquez|décrivez|explique|describa|compare)\\b");
    private static final Pattern COMPARISON = Pattern.compile("(?iu)\\S\\s+(vs\\.?|versus)\\s+\\S|^difference between\\b");
    /** Question words of Chinese, Japanese and Korean, which need no spaces around them. */
    private static final Pattern CJK_QUESTION = Pattern.compile("什么|為什麼|为什么|如何|怎么|怎麼|怎样|哪些|哪个|哪種|哪种|是否|能否"
            + "|吗$|嗎$|呢$|多少|几种|幾種|区别|區別|なぜ|どう|何|ですか|ますか|무엇|어떻게|왜|언제|어디|차이");

    /** How plainly Markdown text asks; a link after its question mark ("What is X? [docs](...)") is an aside. */
    static Asking ofMarkdown(String markdown) {
        return of(sdq.ingest.doc.Inline.plain(TRAILING_LINK.matcher(markdown.strip()).replaceFirst("")));
    }

    static Asking of(String plain) {
        String t = TRAILER.matcher(plain.strip()).replaceFirst("").strip();
        while (!t.isEmpty() && "*_`\"'”’»)]".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.isEmpty()) {
            return NO;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '?' || last == '？' || last == '¿') {
            return QUESTION;
        }
        String start = t.replaceFirst("^[\\p{Punct}¿¡\\s]+", "");
        int words = start.split("\\s+").length;
        if (TASK_WORD.matcher(start).find() && (words >= 3 || t.endsWith("."))) {
            return TASK;
        }
        if (COMPARISON.matcher(start).find() && words <= 12) {
            return Asking.VERSUS;
        }
        if (CJK_QUESTION.matcher(start).find()) {
            return TASK;
        }
        if (QUESTION_WORD.matcher(start.toLowerCase(Locale.ROOT)).find() && words >= 2) {
            return WEAK;
        }
        return NO;
    }

    /** A question, a task or a comparison: what reads as something to answer. */
    boolean asks() {
        return this == QUESTION || this == TASK || this == VERSUS;
    }

    /** As a heading, a question or a task; a comparison heads a topic as often as it asks. */
    boolean asksAsHeading() {
        return this == QUESTION || this == TASK;
    }
}
