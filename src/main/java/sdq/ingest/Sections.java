package sdq.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A long notes file cut into pieces read one after another, so that what reading builds for a
 * piece (the document, its candidates) is let go before the next: memory then grows with the
 * cards found, not with the file. Cuts fall only where notes start afresh: before a top-level
 * heading, else (in a file without headings that big) at a blank line before a question (a
 * line at the margin ending in a question mark), else at any blank line, at last (8 MB of
 * lines without one are no notes) at any line; never inside a fenced code block.
 *
 * <p>The text comes in parts that each end at a line break (a file decoded a megabyte at a
 * time), so the whole file is never one string.
 */
final class Sections implements Iterator<Sections.Piece> {
    /** Files shorter than this are read whole. */
    static final int READ_WHOLE = 2 * 1024 * 1024;
    /** The size a piece grows to before a cut is looked for. */
    static final int PIECE = 1024 * 1024;
    /**
     * The lines a piece grows to before a cut is looked for, whatever its size: what reading a
     * piece holds grows with its lines, so a file of very short lines is cut as often as one of
     * a megabyte's worth of notes' usual lines (they average more than 32 characters).
     */
    static final int PIECE_LINES = 32 * 1024;

    /**
     * Whether a text is read as one document: shorter than {@link #READ_WHOLE}, and of fewer
     * lines than two pieces hold (a file of very short lines holds many per byte).
     */
    static boolean readWhole(String text) {
        if (text.length() >= READ_WHOLE) {
            return false;
        }
        int lines = 0;
        for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
            if (++lines >= 2 * PIECE_LINES) {
                return false;
            }
        }
        return true;
    }

    /** A piece of the text and the line (0-based) it starts on. */
    record Piece(String text, int firstLine) {
    }

    /** The headings pieces start before, and the lines that open and close a block of code, in a syntax. */
    enum Headings {
        /** Markdown and plain text: {@code #} and {@code ##}; fences of {@code ```} or {@code ~~~}. */
        MARKDOWN,
        /** Org: {@code *} and {@code **}; {@code #+begin_...} to {@code #+end_...}. */
        ORG,
        /** AsciiDoc: {@code =} and {@code ==}; delimited blocks of {@code ----} or {@code ....}. */
        ASCIIDOC,
        /** HTML: a line starting {@code <h1} or {@code <h2}; {@code <pre>} to {@code </pre>}. */
        HTML,
        /** A web page saved as text, without blank lines: a piece starts at a line that asks. */
        WEB_PAGE,
        /** None to go by (reStructuredText underlines its titles): cuts before questions and at blank lines. */
        NONE;

        boolean starts(String line) {
            return switch (this) {
                case MARKDOWN -> line.startsWith("# ") || line.startsWith("## ");
                case ORG -> line.startsWith("* ") || line.startsWith("** ");
                case ASCIIDOC -> line.startsWith("= ") || line.startsWith("== ");
                case HTML -> {
                    String t = line.stripLeading();
                    yield t.regionMatches(true, 0, "<h1", 0, 3) || t.regionMatches(true, 0, "<h2", 0, 3);
                }
                case WEB_PAGE -> line.length() < 200 && line.strip().endsWith("?") && !line.startsWith(" ");
                case NONE -> false;
            };
        }

        /** Whether a heading starts a piece only after a blank line (in HTML, lines are not paragraphs). */
        boolean afterBlank() {
            return this != HTML && this != WEB_PAGE;
        }

        /** Whether the line (stripped) opens or closes a block of code. */
        boolean fence(String stripped) {
            return switch (this) {
                case ORG -> stripped.regionMatches(true, 0, "#+begin_", 0, 8)
                        || stripped.regionMatches(true, 0, "#+end_", 0, 6);
                case ASCIIDOC -> stripped.equals("----") || stripped.equals("....") || stripped.startsWith("```");
                case HTML -> {
                    // A <pre> opened and not closed on the line, or closed: the toggle of a code block.
                    String lower = stripped.toLowerCase(java.util.Locale.ROOT);
                    yield lower.contains("<pre") != lower.contains("</pre>");
                }
                default -> stripped.startsWith("```") || stripped.startsWith("~~~");
            };
        }
    }

    private final Iterator<String> parts;
    private final Headings headings;
    private final ArrayDeque<Piece> ready = new ArrayDeque<>();
    private final StringBuilder piece = new StringBuilder();
    private int pieceLine;
    private int line;
    private boolean fenced;
    private boolean previousBlank = true;
    private int blankCut = -1;
    private int blankCutLine = -1;

    private Sections(Iterator<String> parts, Headings headings) {
        this.parts = parts;
        this.headings = headings;
    }

    /** The pieces of Markdown or plain text held whole: one when it is short. */
    static List<Piece> of(String text) {
        List<Piece> out = new ArrayList<>();
        of(List.of(text).iterator(), Headings.MARKDOWN).forEachRemaining(out::add);
        return out;
    }

    /**
     * The pieces of a text that comes in parts, each but the last ending at a line break, cut
     * before the {@code headings} of its syntax; read as asked for.
     */
    static Iterator<Piece> of(Iterator<String> parts, Headings headings) {
        return new Sections(parts, headings);
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && parts.hasNext()) {
            String part = parts.next();
            if (line == 0 && piece.length() == 0 && !parts.hasNext() && readWhole(part)) {
                ready.add(new Piece(part, 0));
                return true;
            }
            read(part);
        }
        if (ready.isEmpty() && piece.length() > 0) {
            cut(piece.length(), line);
        }
        return !ready.isEmpty();
    }

    @Override
    public Piece next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.remove();
    }

    private void read(String part) {
        int pos = 0;
        while (pos < part.length()) {
            int end = part.indexOf('\n', pos);
            int next = end < 0 ? part.length() : end + 1;
            String current = part.substring(pos, end < 0 ? part.length() : end);
            look(current);
            piece.append(part, pos, next);
            previousBlank = current.isBlank();
            line += end < 0 ? 0 : 1;
            pos = next;
        }
    }

    /** Decides, before {@code current} joins the piece, whether the piece ends before it. */
    private void look(String current) {
        String stripped = current.strip();
        boolean wasFenced = fenced;
        if (headings.fence(stripped)) {
            fenced = !fenced;
        }
        // A line that opens, closes or is inside a block of code: no cut before it.
        boolean code = fenced || wasFenced;
        int size = piece.length();
        // How far the piece has grown: by its characters or by its lines, whichever is further.
        long grown = Math.max(size, (long) (line - pieceLine) * (PIECE / PIECE_LINES));
        if (!code && grown >= PIECE && !headings.afterBlank() && headings.starts(current)) {
            cut(size, line);
            return;
        }
        if (!code && grown >= PIECE && previousBlank) {
            if (headings.starts(current)) {
                cut(size, line);
                return;
            } else if (blankCut < 0 && !current.isBlank() && !Character.isWhitespace(current.charAt(0))
                    && stripped.endsWith("?")) {
                blankCut = size;
                blankCutLine = line;
            }
        }
        if (blankCut < 0 && !code && size > 0 && (grown >= 4L * PIECE && previousBlank || grown >= 8L * PIECE)) {
            // Neither headings nor questions: any blank line, at last any line, so a piece stays bounded.
            blankCut = size;
            blankCutLine = line;
        }
        if (blankCut >= 0 && grown >= 2L * PIECE) {
            // No heading came: the first question after a blank line, once the piece is big.
            cut(blankCut, blankCutLine);
        }
    }

    /** Ends the piece {@code at} a place in it; what follows starts the next one, on line {@code nextLine}. */
    private void cut(int at, int nextLine) {
        ready.add(new Piece(piece.substring(0, at), pieceLine));
        piece.delete(0, at);
        pieceLine = nextLine;
        blankCut = -1;
    }
}
