package sdq.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The index counts what a plain reading of the rules counts: the keyword lists and texts are
 * drawn from one small vocabulary (cases, accents, digits, punctuation), so keywords, prefixes,
 * phrases, "!" blocks and "=" keywords meet the text often.
 */
class KeywordIndexProperties {
    private static final List<String> VOCABULARY = List.of("cache", "Cache", "CACHE", "caching", "put", "PUT", "Put",
            "load", "balancer", "balancing", "mock", "Mock", "interview", "interviews", "école", "École", "b2b", "l7",
            "ünï", "x");

    @Property(tries = 400)
    void countsAreWhatTheRulesSay(@ForAll("keywordLists") List<List<String>> keywords, @ForAll("texts") String text) {
        assertThat(new KeywordIndex(keywords).counts(text)).containsExactly(Reference.counts(keywords, text));
    }

    @Provide
    Arbitrary<List<List<String>>> keywordLists() {
        Arbitrary<String> keyword = Arbitraries.of(VOCABULARY).list().ofMinSize(1).ofMaxSize(3)
                .map(w -> String.join(" ", w))
                .flatMap(k -> Arbitraries.of("", "!", "=", "!=").flatMap(lead -> Arbitraries.of("", "*")
                        .map(star -> lead + k + star)));
        return keyword.list().ofMinSize(1).ofMaxSize(5).list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.of(VOCABULARY), Arbitraries.of(" ", ", ", "-", "/", ". ", "\n", "'s "))
                .list().ofMaxSize(30).map(l -> String.join("", l));
    }

    /** The rules read plainly: each keyword tried at each word of the text, as lists of strings. */
    private static final class Reference {
        record Keyword(int topic, List<String> words, boolean prefix, boolean not, List<String> written) {
        }

        static int[] counts(List<List<String>> byTopic, String text) {
            List<Keyword> keywords = new ArrayList<>();
            for (int t = 0; t < byTopic.size(); t++) {
                for (String raw : byTopic.get(t)) {
                    String w = raw.strip();
                    boolean not = w.startsWith("!");
                    w = not ? w.substring(1).strip() : w;
                    boolean asWritten = w.startsWith("=");
                    w = asWritten ? w.substring(1).strip() : w;
                    boolean prefix = w.endsWith("*");
                    w = prefix ? w.substring(0, w.length() - 1) : w;
                    List<String> words = KeywordIndex.words(w.toLowerCase(Locale.ROOT));
                    if (!words.isEmpty()) {
                        keywords.add(new Keyword(t, words, prefix, not, asWritten ? KeywordIndex.words(w, false) : null));
                    }
                }
            }
            List<String> lower = KeywordIndex.words(text);
            List<String> written = KeywordIndex.words(text, false);
            int[] counts = new int[byTopic.size()];
            int[] blocked = new int[byTopic.size()];
            for (int i = 0; i < lower.size(); i++) {
                for (Keyword k : keywords) {
                    if (k.not() && matches(lower, written, i, k)) {
                        blocked[k.topic()] = Math.max(blocked[k.topic()], i + k.words().size());
                    }
                }
                boolean[] counted = new boolean[byTopic.size()];
                for (Keyword k : keywords) {
                    if (!k.not() && !counted[k.topic()] && blocked[k.topic()] <= i && matches(lower, written, i, k)) {
                        counted[k.topic()] = true;
                        counts[k.topic()]++;
                    }
                }
            }
            return counts;
        }

        private static boolean matches(List<String> lower, List<String> written, int i, Keyword k) {
            return matches(lower, i, k.words(), k.prefix()) && (k.written() == null || matches(written, i, k.written(), k.prefix()));
        }

        private static boolean matches(List<String> text, int i, List<String> keyword, boolean prefix) {
            if (i + keyword.size() > text.size()) {
                return false;
            }
            for (int j = 0; j < keyword.size(); j++) {
                boolean last = j == keyword.size() - 1;
                if (last && prefix ? !text.get(i + j).startsWith(keyword.get(j)) : !text.get(i + j).equals(keyword.get(j))) {
                    return false;
                }
            }
            return true;
        }
    }
}
