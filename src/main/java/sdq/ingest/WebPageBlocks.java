package sdq.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The logical lines of a web page saved as text. Saving glued some lines together (a bullet
 * after a sentence, a label, the next topic's title) and broke others at inline code; this
 * splits the first and joins the second, and keeps what the page's structure says: a lone
 * {@code -} line followed by a question line and its answer is a follow-up, and a line after a
 * finished sentence that asks a question starts a new follow-up (the page may have lost its
 * first words). A line that asks nothing is taken as the rest of the text before it, though the
 * page sometimes lost the question it answered: leaving it in is safer than dropping real text.
 */
final class WebPageBlocks {
    static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\.\\s+(.+)$");
    static final Pattern SCENARIO = Pattern.compile("^Scenario\\s+(\\d{1,3})\\s*:\\s*(.+)$");
    /** A question ending a sentence, with more text after it. */
    static final Pattern QUESTION_END = Pattern.compile("\\?(?=[”\"’]?\\s+\\S)");
    private static final Pattern GLUED_BULLET = Pattern.compile("(?<=[.!?)”\"])\\s?- (?=[A-Z“\"(])");
    private static final Pattern GLUED_NUMBER = Pattern.compile("(?<=[a-z.!?)”\"])(?=\\d{1,3}\\. [A-Z])");
    private static final Pattern GLUED_LABELS = Pattern.compile(
            "(?<=\\S)(?=Real-World Example:|Work-sample prompt:|What weak candidates say:)");
    private static final Pattern FOLLOW_UP = Pattern.compile("\\s*Follow-ups?:\\s*(-?)\\s*");

    enum Kind {
        /** A bullet, numbered item or paragraph. */
        TEXT,
        /** A follow-up set out as a lone dash, its question line, then its answer. */
        DASHED
    }

    /**
     * A logical line.
     *
     * @param questionLength for {@link Kind#DASHED}, where the question ends in {@code text}
     */
    record Block(int line, int endLine, String text, Kind kind, int questionLength, int number, boolean shortTitle) {
        boolean numbered() {
            return number >= 0;
        }

        String question() {
            return text.substring(0, questionLength).strip();
        }

        String answer() {
            return text.substring(questionLength).strip();
        }
    }

    private record Piece(int line, String text, boolean dash) {
    }

    private WebPageBlocks() {
    }

    static List<Block> of(Note note) {
        List<Piece> pieces = pieces(note);
        List<Block> blocks = new ArrayList<>();
        int first = 0;
        int last = 0;
        StringBuilder text = null;
        Kind kind = Kind.TEXT;
        int questionLength = 0;
        boolean afterDash = false;
        for (Piece piece : pieces) {
            if (piece.dash()) {
                afterDash = true;
                continue;
            }
            String t = piece.text();
            boolean dashedAwaitingAnswer = text != null && kind == Kind.DASHED && questionLength >= text.length();
            boolean newBlock = text == null || afterDash || startsBlock(t)
                    || (!dashedAwaitingAnswer && endsSentence(text) && asks(t) && !t.startsWith("A:"));
            if (newBlock) {
                if (text != null) {
                    blocks.add(block(first, last, text.toString(), kind, questionLength));
                }
                first = piece.line();
                text = new StringBuilder(t);
                kind = afterDash && !t.endsWith(":") ? Kind.DASHED : Kind.TEXT;
                questionLength = kind == Kind.DASHED ? dashedQuestionLength(t) : 0;
                if (afterDash && kind == Kind.TEXT) {
                    text.insert(0, "- ");
                }
            } else {
                text.append(' ').append(t);
            }
            last = piece.line();
            afterDash = false;
        }
        if (text != null) {
            blocks.add(block(first, last, text.toString(), kind, questionLength));
        }
        return blocks;
    }

    /**
     * Where the question ends in the line after a lone dash: the whole line, unless it asks a
     * question and goes on to answer it on the same line.
     */
    private static int dashedQuestionLength(String line) {
        int end = WebPageText.questionEnd(line);
        return end > 0 && end < line.length() ? end : line.length();
    }

    private static Block block(int first, int last, String text, Kind kind, int questionLength) {
        int number = -1;
        boolean shortTitle = false;
        if (kind == Kind.TEXT && !text.isEmpty() && Character.isDigit(text.charAt(0))) {
            Matcher m = NUMBERED.matcher(text);
            if (m.matches()) {
                number = Integer.parseInt(m.group(1));
                shortTitle = isShortTitle(m.group(2));
            }
        }
        return new Block(first, last, text, kind, questionLength, number, shortTitle);
    }

    /** A title, not a sentence: short, asks nothing (outside parentheses), no full stop. */
    static boolean isShortTitle(String title) {
        if (title.length() > 80 || title.endsWith(".") || title.contains(". ")) {
            return false;
        }
        String outside = title.indexOf('(') < 0 ? title : title.replaceAll("\\([^)]*\\)", "");
        return !outside.contains("?");
    }

    /** The page's lines, split where saving glued them, each with its line number. */
    private static List<Piece> pieces(Note note) {
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < note.size(); i++) {
            if (note.isUsed(i) || note.line(i).isBlank() || Lines.isNoise(note.line(i))) {
                continue;
            }
            String line = note.line(i).strip();
            boolean dashAtEnd = false;
            if (line.endsWith(" -") || line.equals("-")) {
                line = line.substring(0, line.length() - 1).strip();
                dashAtEnd = true;
            }
            if (line.contains("Real-World Example:") || line.contains("Work-sample prompt:")
                    || line.contains("What weak candidates say:")) {
                line = GLUED_LABELS.matcher(line).replaceAll("\n");
            }
            if (hasGluedBullet(line)) {
                line = GLUED_BULLET.matcher(line).replaceAll("\n- ");
            }
            if (line.indexOf(". ", 1) > 0) {
                line = GLUED_NUMBER.matcher(line).replaceAll("\n");
            }
            for (String part : line.split("\n")) {
                addWithFollowUps(pieces, i + 1, part.strip());
            }
            if (dashAtEnd) {
                pieces.add(new Piece(i + 1, "-", true));
            }
        }
        return pieces;
    }

    /** A "Follow-up:" label, glued anywhere, ends what is before it; a dash after it starts a follow-up. */
    private static void addWithFollowUps(List<Piece> pieces, int line, String part) {
        Matcher m = part.contains("Follow-up") ? FOLLOW_UP.matcher(part) : null;
        int from = 0;
        while (m != null && m.find()) {
            String before = part.substring(from, m.start()).strip();
            if (!before.isEmpty()) {
                pieces.add(new Piece(line, before, false));
            }
            if (!m.group(1).isEmpty()) {
                pieces.add(new Piece(line, "-", true));
            }
            from = m.end();
        }
        String rest = part.substring(from).strip();
        if (!rest.isEmpty()) {
            pieces.add(new Piece(line, rest, false));
        }
    }

    private static boolean hasGluedBullet(String line) {
        for (int i = line.indexOf("- ", 1); i > 0; i = line.indexOf("- ", i + 1)) {
            char before = line.charAt(i - 1) == ' ' && i > 1 ? line.charAt(i - 2) : line.charAt(i - 1);
            if (".!?)”\"".indexOf(before) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean startsBlock(String text) {
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        if (first != '-' && first != 'S' && first != 'Q' && first != '|' && first != 'R' && first != 'W'
                && !Character.isDigit(first)) {
            return false;
        }
        return text.startsWith("- ") || NUMBERED.matcher(text).matches()
                || text.startsWith("Scenario") && SCENARIO.matcher(text).matches() || text.startsWith("Q: ")
                || text.startsWith("|") || text.startsWith("Real-World Example:") || text.startsWith("Work-sample prompt:")
                || text.startsWith("What weak candidates say:");
    }

    /** The text so far ends a sentence, so what follows is not the rest of it. */
    private static boolean endsSentence(CharSequence text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '”' || text.charAt(end - 1) == '"')) {
            end--;
        }
        return end > 0 && ".!?".indexOf(text.charAt(end - 1)) >= 0;
    }


    static boolean asks(String text) {
        return QUESTION_END.matcher(text).find() || text.endsWith("?");
    }
}
