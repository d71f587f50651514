package sdq.ingest;

import java.util.regex.Pattern;

/** Small judgements about lines of notes that several extractors share. */
final class Lines {
    private static final Pattern QUESTION_START = Pattern.compile("(?i)^(how|what|why|when|which|who|whom|whose|where"
            + "|is|are|was|were|do|does|did|can|could|should|would|will|shall|may|might|must|have|has"
            + "|explain|describe|design|compare|contrast|define|discuss|walk|give|list|name|outline|implement"
            + "|tell|suppose|imagine|estimate|calculate|propose|build|create|choose|justify|diagnose|debug"
            + "|difference|differentiate|distinguish|summari[sz]e|evaluate|identify|illustrate|elaborate)\\b");
    private static final Pattern NUMBER_PREFIX = Pattern.compile("^(?:(?:question|q)\\s*)?\\d{1,3}\\s*[.):-]\\s+",
            Pattern.CASE_INSENSITIVE);
    private Lines() {
    }

    /** Text that asks something: ends with '?', or starts like a question or a task. */
    static boolean looksLikeQuestion(String text) {
        String t = withoutNumber(stripEmphasis(text.strip()));
        return t.endsWith("?") || t.endsWith("?\"") || t.endsWith("?”") || QUESTION_START.matcher(t).find();
    }

    /** The text without a leading "12.", "3)", "Question 4:" or "Q5:". */
    static String withoutNumber(String text) {
        return NUMBER_PREFIX.matcher(text.strip()).replaceFirst("");
    }

    /** The text without surrounding Markdown emphasis markers. */
    static String stripEmphasis(String text) {
        String t = text.strip();
        while (t.length() > 1 && (t.startsWith("**") && t.endsWith("**") || t.startsWith("__") && t.endsWith("__"))) {
            t = t.substring(2, t.length() - 2).strip();
        }
        return t;
    }

    /** Navigation, footer and other page furniture that is never part of a card. */
    static boolean isNoise(String line) {
        return sdq.ingest.doc.Furniture.isNoise(line);
    }
}
