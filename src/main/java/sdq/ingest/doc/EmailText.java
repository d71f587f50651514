package sdq.ingest.doc;

import java.util.regex.Pattern;

/**
 * Notes kept as an email to oneself, saved as text: header lines at the top (From:, Subject:),
 * older messages quoted under "On ... wrote:" with "> " before each line, a signature after
 * "-- ". The quoted notes are notes as much as the new ones; where an older message or a
 * signature starts, the answer above ends.
 */
public final class EmailText {
    /** The marks before a line an email quotes: "> ", ">> ", "> > ". */
    private static final Pattern QUOTE_MARKS = Pattern.compile("^\\s{0,3}(?:>\\s?)+");
    /** Where an older message starts: "On Mon, 13 May 2024, Sam wrote:", "-----Original Message-----". */
    private static final Pattern OLDER = Pattern.compile("(?i)^(?:(?:on|am|le|el) [^\\n]{0,100}\\d[^\\n]{0,120}(?:wrote"
            + "|schrieb|a écrit|escribió)\\s*:|-{2,} ?(?:original message|forwarded message|ursprüngliche nachricht) ?-{2,})$");
    private static final Pattern HEADER = Pattern.compile("(?i)^(?:from|to|date|cc|sent):\\s.*");
    private static final Pattern SUBJECT = Pattern.compile("(?i)^subject:\\s.*");
    private static final Pattern FROM = Pattern.compile("(?i)^from:\\s*\"?(\\p{L}+)");

    private EmailText() {
    }

    /**
     * Whether the text is an email: a Subject: line and another header (From:, To:, Date:) among its
     * first eight lines, or a quoted reply under an "On <date>, ... wrote:" line.
     */
    static boolean isEmail(String[] lines) {
        int headers = 0;
        boolean subject = false;
        for (int n = 0; n < Math.min(lines.length, 8); n++) {
            headers += HEADER.matcher(lines[n].strip()).matches() ? 1 : 0;
            subject |= SUBJECT.matcher(lines[n].strip()).matches();
        }
        if (subject && headers >= 1) {
            return true;
        }
        for (int n = 0; n + 1 < lines.length; n++) {
            // Every file is asked: the regex only for a line that ends as an "On ... wrote:" line does.
            if (lines[n + 1].stripLeading().startsWith(">") && lines[n].stripTrailing().endsWith(":")
                    && OLDER.matcher(lines[n].strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern REPLY = Pattern.compile("(?i)^(?:(?:re|fwd?|aw|wg|tr|rv)\\s*:\\s*)+");

    /** The subject of an email saved as text, without "Re:" and "Fwd:", when the text is one. */
    public static java.util.Optional<String> subject(String text) {
        String[] lines = text.lines().limit(8).toArray(String[]::new);
        if (!isEmail(lines)) {
            return java.util.Optional.empty();
        }
        for (String line : lines) {
            if (SUBJECT.matcher(line.strip()).matches()) {
                String s = REPLY.matcher(line.strip().substring("subject:".length()).strip()).replaceFirst("");
                return s.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }

    /** A sign-off: a name of one to three words ("Sam", "Sam P."), or a closing word before it ("Thanks,"). */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}");
    private static final Pattern CLOSING = Pattern.compile("(?i)(?:thanks|thank you|cheers|best|regards|best regards"
            + "|kind regards|cheers for now|talk soon|ttyl|xx?)[,!.]?");

    /**
     * The lines of an email as notes: without the marks that quote its older messages, and
     * without the sign-off before an older message, a signature or the end ("Thanks,", "Sam").
     * The number of lines stays, so each keeps its place in the notes.
     */
    static String[] read(String[] raw) {
        String[] lines = new String[raw.length];
        String sender = null;
        for (int n = 0; n < raw.length; n++) {
            lines[n] = QUOTE_MARKS.matcher(raw[n]).replaceFirst("");
            java.util.regex.Matcher from = FROM.matcher(lines[n].strip());
            if (sender == null && n < 8 && from.find()) {
                sender = from.group(1);
            }
        }
        for (int n = 0; n < lines.length; n++) {
            String t = lines[n].strip();
            boolean closed = n > 0 && CLOSING.matcher(lines[n - 1].strip()).matches();
            // A sign-off is the sender's name, or a name after "Thanks,": not an answer of one word ("Redis").
            boolean signed = n > 0 && lines[n - 1].isBlank() && t.split(" ")[0].equals(sender);
            if (!NAME.matcher(t).matches() || !closed && !signed) {
                continue;
            }
            int next = n + 1;
            while (next < lines.length && lines[next].isBlank()) {
                next++;
            }
            if (next == lines.length || isBreak(lines[next])) {
                lines[n] = "";
                if (n > 0 && CLOSING.matcher(lines[n - 1].strip()).matches()) {
                    lines[n - 1] = "";
                }
            }
        }
        return lines;
    }

    /** Whether the line (its quote marks gone) starts an older message or a signature ("-- "). */
    static boolean isBreak(String line) {
        String t = line.strip();
        return OLDER.matcher(t).matches() || line.startsWith("--") && t.equals("--");
    }
}
