package sdq.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TopicsTest {
    private static final Set<String> KNOWN = Set.of("caching", "consensus", "consistency", "databases",
            "load-balancing", "sharding", "replication", "rate-limiting", "api-design");

    @ParameterizedTest
    @ValueSource(strings = {"caching", "Caching", "CACHING", "cache", "caches", "cach", " caching "})
    void everyFormOfCacheFindsCaching(String query) {
        assertThat(Topics.match(query, KNOWN)).containsExactly("caching");
    }

    @Test
    void spacesAndCaseFindAHyphenatedTopic() {
        assertThat(Topics.match("Load Balancing", KNOWN)).containsExactly("load-balancing");
        assertThat(Topics.match("load_balancing", KNOWN)).containsExactly("load-balancing");
    }

    @Test
    void aPrefixFindsEveryTopicItStarts() {
        assertThat(Topics.match("load", KNOWN)).containsExactly("load-balancing");
        assertThat(Topics.match("cons", KNOWN)).containsExactly("consensus", "consistency");
    }

    @Test
    void singularAndPluralMeet() {
        assertThat(Topics.match("database", KNOWN)).containsExactly("databases");
        assertThat(Topics.match("shards", KNOWN)).containsExactly("sharding");
        assertThat(Topics.match("replicas", KNOWN)).containsExactly("replication");
        assertThat(Topics.match("replica", KNOWN)).containsExactly("replication");
    }

    @Test
    void anyPrefixCountsAndAShortOneMayFindMany() {
        assertThat(Topics.match("ca", KNOWN)).containsExactly("caching");
        assertThat(Topics.match("r", KNOWN)).containsExactly("rate-limiting", "replication");
    }

    @Test
    void unrelatedOrEmptyMatchesNothing() {
        assertThat(Topics.match("kubernetes", KNOWN)).isEmpty();
        assertThat(Topics.match("", KNOWN)).isEmpty();
    }

    @Test
    void closeMatchesOfATypo() {
        assertThat(Topics.closeMatches("cachign", KNOWN, 3)).startsWith("caching");
        assertThat(Topics.closeMatches("shardnig", KNOWN, 3)).startsWith("sharding");
        assertThat(Topics.closeMatches("zzzzzz", KNOWN, 3)).isEmpty();
    }

    @Test
    void canonicalFormOfHandWrittenNames() {
        assertThat(Topics.canonical("Load Balancing")).isEqualTo("load-balancing");
        assertThat(Topics.canonical("  API / Design ")).isEqualTo("api-design");
        assertThat(Topics.canonical("---")).isEmpty();
        assertThat(Topics.isCanonical("load-balancing")).isTrue();
        assertThat(Topics.isCanonical("Load")).isFalse();
        assertThat(Topics.isCanonical("a--b")).isFalse();
    }

    @Test
    void editDistanceCountsASwapAsOne() {
        assertThat(Names.editDistance("caching", "cahcing")).isEqualTo(1);
        assertThat(Names.editDistance("abc", "abc")).isZero();
        assertThat(Names.editDistance("", "abc")).isEqualTo(3);
        assertThat(Names.editDistance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void closeNamesIncludeSwapsAndContainment() {
        assertThat(Names.closeTo("lsit", List.of("list", "show", "topics"), 3)).containsExactly("list");
        assertThat(Names.closeTo("answer", List.of("id", "q", "a"), 1)).containsExactly("a");
    }
}
