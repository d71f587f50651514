package sdq.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import sdq.schedule.Grade;

/** Feedback on typed answers, on real cards from the shipped decks. */
class AnswerFeedbackTest {
    private static final String FAULT = """
            - **Fault**: A component deviating from its specification (e.g., hard disk crashes, network packet lost)
            - **Failure**: The system as a whole stops providing service to users
            - **Key insight**: A fault-tolerant system prevents faults from causing failures
            - **Example**: If one server crashes (fault) but load balancer redirects to healthy servers, no user sees downtime
            """;

    private static final String HOT_KEYS = "Hot keys — a celebrity’s profile or a trending item maps to one node. Vnodes"
            + " help with even distribution but do not help if a single key is hot. Fixes: (a) key replication — store"
            + " hot keys on multiple nodes; (b) local caching — each app server caches the top 100 hot keys in-process"
            + " with a short TTL; (c) key salting — append a random suffix and read from a random shard.";

    @Test
    void keyPointsComeFromBoldTextListLeadsAndTerms() {
        assertThat(AnswerFeedback.keyPoints(FAULT)).startsWith("Fault", "Failure", "Key insight", "Example");
        assertThat(AnswerFeedback.keyPoints(HOT_KEYS)).contains("Hot keys", "key replication", "local caching",
                "key salting", "TTL");
    }

    @Test
    void aGoodAnswerScoresHigh() {
        AnswerFeedback f = AnswerFeedback.of(FAULT, "A fault is one component deviating from its spec; a failure is"
                + " when the whole system stops serving users. Key insight: fault tolerance stops faults becoming"
                + " failures, for example a load balancer routing around a crashed server.");
        assertThat(f.coverage()).isGreaterThanOrEqualTo(0.75);
        assertThat(f.suggested()).isIn(Grade.GOOD, Grade.EASY);
        AnswerFeedback hot = AnswerFeedback.of(HOT_KEYS, "Hot keys: one celebrity key lands on one node. Fix with key"
                + " replication, local caching with a TTL, or key salting across shards.");
        assertThat(hot.coverage()).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void aPartAnswerNamesWhatItMissed() {
        AnswerFeedback f = AnswerFeedback.of(HOT_KEYS, "The node holds a hot key; cache it locally (local caching).");
        assertThat(f.covered()).contains("Hot keys", "local caching");
        assertThat(f.missed()).contains("key replication", "key salting");
        assertThat(f.suggested()).isIn(Grade.AGAIN, Grade.HARD);
    }

    @Test
    void anEmptyOrUnrelatedAnswerScoresLow() {
        assertThat(AnswerFeedback.of(FAULT, "").suggested()).isEqualTo(Grade.AGAIN);
        AnswerFeedback unrelated = AnswerFeedback.of(FAULT, "Kafka partitions are ordered logs replicated by ISR.");
        assertThat(unrelated.coverage()).isLessThan(0.3);
        assertThat(unrelated.suggested()).isEqualTo(Grade.AGAIN);
    }
}
