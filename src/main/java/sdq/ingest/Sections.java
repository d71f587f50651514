package sdq.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A long notes file cut into pieces read one after another, so that what reading builds for a
 * piece (the document, its candidates) is let go before the next: memory then grows with the
 * cards found, not with the file. Cuts fall only where notes start afresh: before a top-level
 * heading, else (in a file without headings that big) at a blank line before a question (a
 * line at the margin ending in a question mark), else at any blank line, at last (8 MB of
 * lines without one are no notes) at any line; never inside a fenced code block.
 */
final class Sections {
    /** Files shorter than this are read whole. */
    static final int READ_WHOLE = 2 * 1024 * 1024;
    /** The size a piece grows to before a cut is looked for. */
    static final int PIECE = 1024 * 1024;

    /**
     * A piece of the text: where it starts and ends, and the line (0-based) it starts on. Only
     * its place is kept; its text is cut out when it is read, so the pieces never copy the file.
     */
    record Piece(String whole, int start, int end, int firstLine) {
        String text() {
            return start == 0 && end == whole.length() ? whole : whole.substring(start, end);
        }
    }

    private Sections() {
    }

    static List<Piece> of(String text) {
        List<Piece> pieces = new ArrayList<>();
        if (text.length() < READ_WHOLE) {
            pieces.add(new Piece(text, 0, text.length(), 0));
            return pieces;
        }
        int start = 0;
        int startLine = 0;
        int line = 0;
        int pos = 0;
        boolean fenced = false;
        int blankCut = -1;
        int blankCutLine = -1;
        String previous = "";
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            int next = end < 0 ? text.length() : end + 1;
            String current = text.substring(pos, end < 0 ? text.length() : end);
            String stripped = current.strip();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fenced = !fenced;
            }
            boolean big = pos - start >= PIECE;
            if (!fenced && big && previous.isBlank() && pos > start) {
                if (current.startsWith("# ") || current.startsWith("## ")) {
                    pieces.add(new Piece(text, start, pos, startLine));
                    start = pos;
                    startLine = line;
                    blankCut = -1;
                } else if (blankCut < 0 && !current.isBlank() && !Character.isWhitespace(current.charAt(0))
                        && stripped.endsWith("?")) {
                    blankCut = pos;
                    blankCutLine = line;
                }
            }
            if (blankCut < 0 && !fenced && pos > start && (pos - start >= 4 * PIECE && previous.isBlank()
                    || pos - start >= 8 * PIECE)) {
                // Neither headings nor questions: any blank line, at last any line, so a piece stays bounded.
                blankCut = pos;
                blankCutLine = line;
            }
            if (blankCut >= 0 && pos - start >= 2 * PIECE) {
                // No heading came: the first question after a blank line, once the piece is big.
                pieces.add(new Piece(text, start, blankCut, startLine));
                start = blankCut;
                startLine = blankCutLine;
                blankCut = -1;
            }
            previous = current;
            pos = next;
            line++;
        }
        pieces.add(new Piece(text, start, text.length(), startLine));
        return pieces;
    }
}
