package sdq.ingest.cards;

import static org.assertj.core.api.Assertions.assertThat;

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
}
