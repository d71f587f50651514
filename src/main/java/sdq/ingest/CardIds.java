package sdq.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Predicate;
import sdq.deck.CardId;

/**
 * New card ids: {@code c-} and six hex digits derived from the deck and the question, so that
 * importing the same notes afresh gives the same ids, and never one already taken. Once written,
 * an id is the card's for life; it is never derived again.
 */
final class CardIds {
    private CardIds() {
    }

    static CardId fresh(String deck, String question, Predicate<String> taken) {
        for (int attempt = 0; ; attempt++) {
            String id = "c-" + hex(deck + "\n" + Similarity.normalise(question) + "\n" + attempt, attempt < 16 ? 3 : 5);
            if (!taken.test(id)) {
                return new CardId(id);
            }
        }
    }

    private static String hex(String text, int bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
