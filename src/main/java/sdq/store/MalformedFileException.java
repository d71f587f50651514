package sdq.store;

import sdq.deck.InvalidInputException;

/**
 * A file (a deck, the config) that cannot be read, with the place ({@code file:line:column}) and what is wrong.
 * Line and column are 1-based; 0 means the place is the whole file.
 */
public final class MalformedFileException extends InvalidInputException {
    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    public MalformedFileException(String file, int line, int column, String problem) {
        super(place(file, line, column) + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String place(String file, int line, int column) {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What is wrong, without the place. */
    public String problem() {
        return problem;
    }
}
