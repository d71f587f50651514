package sdq.ingest.cards;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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
    private static final Pattern LEAD = Pattern.compile("^[\\p{Punct}¿¡\\s]+");
    private static final Pattern TRAILER = Pattern.compile("(?<=[?？])(\\s*(\\p{So}|\\p{Sk}|\\uFE0F|\\u200D|#[\\p{L}\\p{N}_/-]+"
            + "|\\([^()]{0,60}\\)|\\[[^\\[\\]]{0,60}\\]))+\\s*$");
    private static final Pattern TRAILING_LINK = Pattern.compile("(?<=[?？])\\s*(\\[[^\\]]*\\]\\([^)]*\\)\\s*|<https?://[^>]*>\\s*)+$");
    /** Words a question starts with: English, German, French, Spanish, Portuguese, Italian. */
    private static final Set<String> QUESTION_WORDS = Set.of("how", "what", "what's", "whats", "why", "when", "where",
            "which", "who", "whom", "whose", "is", "are", "was", "were", "do", "does", "did", "can", "could", "should",
            "would", "will", "shall", "may", "might", "must", "has", "have", "wie", "warum", "wieso", "weshalb", "wann",
            "wo", "welche", "welcher", "welches", "wer", "qu'est-ce", "pourquoi", "comment", "quand", "quel", "quelle",
            "qué", "que", "por", "cómo", "cuándo", "cuál", "dónde", "o", "como", "quando", "qual", "perché", "quale",
            "cosa");
    /** Words a task starts with ("Explain ...", "Erkläre ..."). */
    private static final Set<String> TASK_WORDS = Set.of("explain", "describe", "compare", "contrast", "design", "define",
            "discuss", "list", "name", "mention", "give", "outline", "implement", "walk", "tell", "state", "differentiate",
            "distinguish", "summarise", "summarize", "illustrate", "elaborate", "estimate", "calculate", "identify",
            "justify", "propose", "sketch", "build", "write", "suggest", "evaluate", "analyse", "analyze", "demonstrate",
            "derive", "prove", "show", "provide", "recommend", "choose", "pick", "diagnose", "debug", "troubleshoot",
            "erkläre", "erklären", "beschreibe", "vergleiche", "nenne", "expliquez", "décrivez", "explique", "describa");
    private static final Pattern COMPARISON = Pattern.compile("(?iu)\\S\\s+(vs\\.?|versus)\\s+\\S|^difference between\\b");
    /** Question words of Chinese, Japanese and Korean, which need no spaces around them. */
    private static final List<String> CJK_QUESTION = List.of("什么", "為什麼", "为什么", "如何", "怎么", "怎麼", "怎样", "哪些",
            "哪个", "哪種", "哪种", "是否", "能否", "多少", "几种", "幾種", "区别", "區別", "なぜ", "どう", "何", "ですか", "ますか",
            "무엇", "어떻게", "왜", "언제", "어디", "차이");
    private static final List<String> CJK_ENDINGS = List.of("吗", "嗎", "呢");

    /** How plainly Markdown text asks; a link after its question mark ("What is X? [docs](...)") is an aside. */
    static Asking ofMarkdown(String markdown) {
        String t = markdown.indexOf('?') >= 0 || markdown.indexOf('？') >= 0
                ? TRAILING_LINK.matcher(markdown.strip()).replaceFirst("") : markdown;
        return of(sdq.ingest.doc.Inline.plain(t));
    }

    static Asking of(String plain) {
        String t = plain.strip();
        int mark = firstQuestionMark(t);
        if (mark >= 0) {
            // What trails a question follows a question mark: no match starts before the first.
            Matcher trailer = TRAILER.matcher(t);
            if (trailer.find(mark + 1)) {
                t = (t.substring(0, trailer.start()) + t.substring(trailer.end())).strip();
            }
        }
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
        if (t.length() > 300) {
            // A task, a comparison or a question word starts a short text; a long one asks only with '?'.
            return NO;
        }
        Matcher lead = LEAD.matcher(t);
        String start = lead.lookingAt() ? t.substring(lead.end()) : t;
        int words = words(start);
        String lower = start.toLowerCase(Locale.ROOT);
        String first = firstWord(lower);
        String second = firstWord(lower.substring(Math.min(lower.length(), first.length())).strip());
        if (TASK_WORDS.contains(first) && !(second.equals("of") && (first.equals("list") || first.equals("name")))
                && (words >= 3 || t.endsWith("."))) {
            return TASK;
        }
        if ((lower.contains(" vs") || lower.contains("versus") || lower.startsWith("difference"))
                && COMPARISON.matcher(start).find() && words <= 12) {
            return Asking.VERSUS;
        }
        if (hasCjk(start) && (CJK_QUESTION.stream().anyMatch(start::contains) || CJK_ENDINGS.stream().anyMatch(start::endsWith))) {
            return TASK;
        }
        if (QUESTION_WORDS.contains(first) && words >= 2) {
            return WEAK;
        }
        return NO;
    }

    /** Where the first question mark (or full-width one) is; -1 when there is none. */
    static int firstQuestionMark(String text) {
        int mark = text.indexOf('?');
        int wide = text.indexOf('？');
        return mark < 0 ? wide : wide < 0 ? mark : Math.min(mark, wide);
    }

    /**
     * The first word: letters, and an apostrophe or hyphen inside them; at most 40 characters
     * (text without spaces, such as Chinese, is not read to its end for a word no list holds).
     */
    private static String firstWord(String text) {
        int end = 0;
        int most = Math.min(text.length(), 40);
        while (end < most && (Character.isLetter(text.charAt(end))
                || end > 0 && (text.charAt(end) == '\'' || text.charAt(end) == '’' || text.charAt(end) == '-'))) {
            end++;
        }
        return text.substring(0, end).replace('’', '\'');
    }

    /** The number of words: runs of characters between white space. */
    static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int k = 0; k < text.length(); k++) {
            boolean white = Character.isWhitespace(text.charAt(k));
            n += !white && !in ? 1 : 0;
            in = !white;
        }
        return Math.max(1, n);
    }

    private static boolean hasCjk(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) >= '\u3000') {
                return true;
            }
        }
        return false;
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
