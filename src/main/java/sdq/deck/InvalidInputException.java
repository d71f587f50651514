package sdq.deck;

/**
 * Bad input from the user: an unknown topic or deck, a malformed file. The message is one or two
 * plain sentences that say what is wrong and what to do; the command line turns it into exit 2.
 */
public class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
