package sdq.cli;

import java.util.Iterator;
import java.util.List;

/**
 * What the shell completes for topics, decks and card ids: the values in the decks when
 * {@code sdq completion} printed the script (picocli writes candidates into it). Filled by that
 * command just before it prints; empty otherwise, so no other command pays for it.
 */
final class Completions {
    static volatile List<String> topics = List.of();
    static volatile List<String> decks = List.of();
    static volatile List<String> ids = List.of();

    private Completions() {
    }

    static final class Topics implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return topics.iterator();
        }
    }

    static final class Decks implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return decks.iterator();
        }
    }

    static final class Ids implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ids.iterator();
        }
    }
}
