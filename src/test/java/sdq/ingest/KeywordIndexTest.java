package sdq.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How often each topic's keywords occur in a text: words, prefixes and phrases, counted once a place. */
class KeywordIndexTest {
    @Test
    void wordsAreRunsOfLettersAndDigitsInLowerCase() {
        assertThat(KeywordIndex.words("Cache-aside, pub/sub & L7 LB's; Ünïcode ÄB 9z@")).containsExactly(
                "cache", "aside", "pub", "sub", "l7", "lb", "s", "ünïcode", "äb", "9z");
        assertThat(KeywordIndex.words("AZaz09[`{@/:")).containsExactly("azaz09");
        assertThat(KeywordIndex.words("")).isEmpty();
        assertThat(KeywordIndex.words("  ...  ")).isEmpty();
        String longWord = "x".repeat(200);
        assertThat(KeywordIndex.words(longWord + " y")).containsExactly(longWord, "y");
    }

    @Test
    void eachTopicCountsItsWordsPrefixesAndPhrases() {
        KeywordIndex index = new KeywordIndex(List.of(
                List.of("cach*", "write-through", "CDN"),
                List.of("load balanc*", "pub/sub", "queue"),
                List.of(" ", "*")));
        assertThat(index.counts("A cache and caching; write through the CDN, a cdn.")).containsExactly(5, 0, 0);
        assertThat(index.counts("Load balancers and load balancing, pub sub queues, a queue.")).containsExactly(0, 4, 0);
        assertThat(index.counts("")).containsExactly(0, 0, 0);
        assertThat(index.counts("write")).containsExactly(0, 0, 0);
        assertThat(index.counts("load")).containsExactly(0, 0, 0);
    }

    @Test
    void aPlaceCountsOnceForATopicHoweverManyOfItsKeywordsMatchThere() {
        KeywordIndex index = new KeywordIndex(List.of(List.of("cache", "cach*", "ca*", "cache miss"), List.of("cache")));
        assertThat(index.counts("cache miss")).containsExactly(1, 1);
        assertThat(index.counts("cache cache")).containsExactly(2, 2);
    }

    @Test
    void aPrefixWithOtherCharactersThanLettersAndDigitsStillMatches() {
        KeywordIndex index = new KeywordIndex(List.of(List.of("é*"), List.of("b2*"), List.of("x y*")));
        assertThat(index.counts("école b2b x yes x")).containsExactly(1, 1, 1);
        assertThat(index.counts("ecole b x")).containsExactly(0, 0, 0);
    }

    @Test
    void aKeywordAfterAnExclamationMarkIsAWordOrPhraseWhereTheTopicsOtherKeywordsDoNotCount() {
        KeywordIndex index = new KeywordIndex(List.of(List.of("mock*", "stub", "!mock interview*", "!mock exam"),
                List.of("feed*", "!feedback*"), List.of("mock*")));
        assertThat(index.counts("A mock interview, mock interviewers, a mock exam.")).containsExactly(0, 0, 3);
        // "exam" is one word, not a prefix: "mock exams" is not blocked.
        assertThat(index.counts("Mock the clock; mocks and a stub. Mock exams.")).containsExactly(4, 0, 3);
        assertThat(index.counts("Feedback on the feed, feedback-driven feeds.")).containsExactly(0, 2, 0);
        assertThat(index.counts("mock")).containsExactly(1, 0, 1);
        // A negative keyword alone is no keyword: it counts nothing.
        assertThat(new KeywordIndex(List.of(List.of("!cache"))).counts("cache")).containsExactly(0);
    }

    @Test
    void aKeywordAfterAnEqualsSignMatchesOnlyInTheCaseItIsWrittenIn() {
        KeywordIndex index = new KeywordIndex(List.of(List.of("=PUT", "=POST", "=HTTP Verb*"), List.of("cache")));
        assertThat(index.counts("Use PUT rather than POST for updates")).containsExactly(2, 0);
        assertThat(index.counts("Put the cache in front; post the results")).containsExactly(0, 1);
        assertThat(index.counts("HTTP Verbs and http verbs")).containsExactly(1, 0);
        assertThat(KeywordIndex.words("PUT rather, Ünï", false)).containsExactly("PUT", "rather", "Ünï");
    }
}
