package sdq.ingest.cards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1) What is TCP?|What is TCP?",
            "Q.3 What is head-of-line blocking?|What is head-of-line blocking?",
            "Q.4 - Why use anycast?|Why use anycast?",
            "#5: What is TLS resumption?|What is TLS resumption?",
            "(6) Long polling vs SSE?|Long polling vs SSE?",
            "7 — Explain Nagle's algorithm|Explain Nagle's algorithm",
            "9. Q: What is MTU?|What is MTU?",
            "Q1 [Easy] What is horizontal scaling?|What is horizontal scaling?",
            "Q12 [Hard] 🔥 How do you handle hot keys?|How do you handle hot keys?",
            "Q14 `[Medium]` `#caching` What is cache warming?|What is cache warming?",
            "🔹 **What is vertical scaling?**|What is vertical scaling?",
            "**Q: What is a read replica for?**|What is a read replica for?",
            "What is a TTL? #caching #redis|What is a TTL?",
            "What is a lease? #flashcard|What is a lease?",
            "[Medium] `#kafka` What does a consumer group give you?|What does a consumer group give you?",
    })
    void aQuestionLosesItsDress(String written, String shown) {
        assertThat(Questions.clean(written)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "`SELECT ... FOR UPDATE` vs optimistic locking?",
            "2PC vs 3PC?",
            "3 ways to shard a table?",
            "Why is C# garbage collected?",
            "What does [Paxos](https://example.org) guarantee?",
            "[Optional] What would you add with more time?",
            "10x traffic: what breaks first?",
    })
    void whatIsPartOfTheQuestionStays(String written) {
        assertThat(Questions.clean(written)).isEqualTo(written);
    }

    @Test
    void acknowledgementsLeaveASpeakersQuestionAndAsidesAreWholeSentences() {
        assertThat(Questions.withoutAcknowledgement("Okay. How many users?")).isEqualTo("How many users?");
        assertThat(Questions.withoutAcknowledgement("Hm, okay. Right. Why shard?")).isEqualTo("Why shard?");
        assertThat(Questions.withoutAcknowledgement("Okay, so why shard?")).isEqualTo("Okay, so why shard?");
        // Thousands of them do not take the regex too deep (a stack overflow was read as a file nested too deeply).
        assertThat(Questions.withoutAcknowledgement("ok, ".repeat(2_000) + "why?")).endsWith("why?");
        assertThat(Questions.isAside("Hm, okay. Can you repeat that last part?")).isTrue();
        assertThat(Questions.isAside("Great, we're at time. Any questions for me?")).isTrue();
        assertThat(Questions.isAside("Does that make sense so far?")).isTrue();
        assertThat(Questions.isAside("Your design has one leader. Does that make sense for a write-heavy load?")).isFalse();
        assertThat(Questions.isAside("Could you repeat the estimate for the peak hour, at ten times the traffic?")).isFalse();
        assertThat(Questions.isAside("Should we start with the schema? What tables would you create?")).isFalse();
    }
}
