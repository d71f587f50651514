package sdq.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sdq.deck.InvalidInputException;

class TopicTaggerTest {
    private final TopicTagger tagger = new TopicTagger(Taxonomy.builtIn());

    @Test
    void aRememberingTaggerGivesTheSameTopicsEveryTime() {
        TopicTagger remembering = tagger.remembering();
        for (String q : List.of("What is cache-aside?", "How do you choose a shard key?", "What is a quorum?", "Hello")) {
            List<String> topics = tagger.topics(q, "Storage", "Readers fill the cache.");
            assertThat(remembering.topics(q, "Storage", "Readers fill the cache.")).isEqualTo(topics);
            assertThat(remembering.topics(q, "Storage", "Readers fill the cache.")).isEqualTo(topics);
            assertThat(remembering.topics(q, "", "")).isEqualTo(tagger.topics(q, "", ""));
        }
    }

    @Test
    void theQuestionDecidesFirst() {
        assertThat(tagger.topics("What is cache-aside and when does it go wrong?", "", "Readers fill the cache."))
                .startsWith("caching");
        assertThat(tagger.topics("How do you choose a shard key?", "", "Spread the writes.")).startsWith("sharding");
    }

    @Test
    void aCacheMentionedOnceInPassingIsNoCachingCard() {
        List<String> topics = tagger.topics("How does Raft elect a leader?", "",
                "Nodes time out and start an election; a candidate needs a majority of votes. Clients may cache"
                        + " the leader address.");
        assertThat(topics).contains("consensus").doesNotContain("caching");
    }

    @Test
    void wordsOfInterviewPracticeAreNoTopic() {
        // "Mock interview" is practice, not test doubles; "feedback" is no feed; "live coding" is nothing real-time.
        List<String> topics = tagger.topics("How would you limit each user to 100 requests a minute?",
                "Mock interview 3: live coding round", "A token bucket per user. Feedback: talk about retries earlier.");
        assertThat(topics).contains("rate-limiting").doesNotContain("testing", "real-time");
        assertThat(tagger.topics("How do you mock the payment service in tests?", "", "Use a stub.")).contains("testing");
        // A token bucket limits rates; it is no security token.
        assertThat(tagger.topics("How does a token bucket smooth bursts?", "", "Tokens refill at a fixed rate."))
                .contains("rate-limiting").doesNotContain("security");
    }

    @Test
    void aUserTopicOfOnlyExclusionsKeepsItsKeywordsAndAddsThem() {
        TopicTagger mine = new TopicTagger(Taxonomy.builtIn().with(Map.of("caching", List.of("!cache rules everything*")),
                false));
        assertThat(mine.topics("What is cache-aside?", "", "Readers fill the cache.")).startsWith("caching");
        assertThat(mine.topics("Why do people say cache rules everything around me?", "", "A song.")).doesNotContain("caching");
    }

    @Test
    void theSectionCounts() {
        assertThat(tagger.topics("What goes wrong first?", "Caching Strategies", "The hit rate falls."))
                .contains("caching");
    }

    @Test
    void aScenarioWeighsLessThanTheQuestionAsked() {
        List<String> topics = tagger.topics("**Scenario:** Your cache and database hold config values.\n\n"
                + "**Question:** How do you roll out a configuration change safely?", "", "Canary it.");
        assertThat(topics.get(0)).isEqualTo("deployment");
    }

    @Test
    void everyCardGetsOneToThreeTopics() {
        assertThat(tagger.topics("Tell me about yourself.", "", "Hello.")).containsExactly("architecture");
        assertThat(tagger.topics("Cache, shard, replicate, rate limit, queue, monitor and deploy?", "", ""))
                .hasSize(3);
    }

    @Test
    void usersCanAddAndReplaceTopics() {
        Taxonomy mine = Taxonomy.builtIn().with(Map.of("Kubernetes", List.of("kubernetes", "k8s", "pod*")), false);
        assertThat(mine.topics()).contains("kubernetes", "caching");
        assertThat(new TopicTagger(mine).topics("How do pods find each other in k8s?", "", "")).startsWith("kubernetes");
        Taxonomy only = Taxonomy.builtIn().with(Map.of("k8s", List.of("kubernetes")), true);
        assertThat(only.topics()).containsExactly("k8s");
        assertThatThrownBy(() -> Taxonomy.builtIn().with(Map.of("!!", List.of("x")), false))
                .isInstanceOf(InvalidInputException.class);
    }
}
