package sdq.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import sdq.schedule.Grade;
import sdq.term.AnswerParts;

/** Feedback on typed answers: key points from the answer's structure, covered in any word form. */
class AnswerFeedbackTest {
    private static final String FAULT = """
            - **Fault**: A component deviating from its specification (e.g., hard disk crashes, network packet lost)
            - **Failure**: The system as a whole stops providing service to users
            - **Key insight**: A fault-tolerant system prevents faults from causing failures
            - **Example**: If one server crashes (fault) but load balancer redirects to healthy servers, no user sees downtime
            """;

    private static AnswerFeedback of(String answer, String typed) {
        return AnswerFeedback.of("What is the difference?", AnswerParts.of(answer), typed);
    }

    @Test
    void keyPointsComeFromBoldTextAndListLeadsButNotLabels() {
        assertThat(KeyPoints.of("What is the difference?", AnswerParts.of(FAULT)).stream().map(KeyPoints.Point::phrase))
                .startsWith("Fault", "Failure").doesNotContain("Key insight", "Example");
    }

    @Test
    void wordsCountInAnyFormAndWithATypo() {
        AnswerFeedback f = of("- **Caching** keeps hot data close\n- **Replication** copies it", "cached data, replicaton");
        assertThat(f.covered()).containsExactly("Caching", "Replication");
        assertThat(f.coveredWords()).containsExactly("cached", "replicaton");
    }

    @Test
    void anEmptyOrUnrelatedAnswerIsAgain() {
        assertThat(of(FAULT, "").suggested()).isEqualTo(Grade.AGAIN);
        assertThat(of(FAULT, "Kafka partitions are ordered logs.").suggested()).isEqualTo(Grade.AGAIN);
    }

    @Test
    void whatTheQuestionSaysIsNoKeyPoint() {
        AnswerFeedback f = AnswerFeedback.of("What is a Bloom filter?", AnswerParts.of("A **Bloom filter** is a"
                + " **bit array** with **k hash functions**."), "a bit array");
        assertThat(f.covered()).containsExactly("bit array");
        assertThat(f.missed()).containsExactly("k hash functions");
    }
}
