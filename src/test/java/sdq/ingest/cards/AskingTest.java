package sdq.ingest.cards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What reads as a question, by its form, in several languages. */
class AskingTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "What is a cache?|QUESTION",
        "Why shard? 🤔|QUESTION",
        "Can I change the timezone? Why is everything in UTC?|QUESTION",
        "What is session consistency? (see docs)|QUESTION",
        "什么是缓存击穿？|QUESTION",
        "¿Qué es un balanceador de carga?|QUESTION",
        "Explain the CAP theorem|TASK",
        "Design a URL shortener|TASK",
        "Explain CAP.|TASK",
        "Design Patterns|NO",
        "List of commands|NO",
        "Kafka vs RabbitMQ|VERSUS",
        "Difference between left join and right join|VERSUS",
        "How it works|WEAK",
        "Why they're needed|WEAK",
        "Wie funktioniert Sharding|WEAK",
        "如何实现分布式锁|TASK",
        "HashMap的put过程|NO",
        "Caching basics|NO",
        "Solution|NO",
    })
    void formTellsHowPlainlyATextAsks(String text, Asking expected) {
        assertThat(Asking.of(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "What is Paxos? [wiki](https://en.wikipedia.org/wiki/Paxos)",
        "What is a TTL? <https://example.org/ttl>",
    })
    void aLinkAfterTheQuestionMarkIsAnAside(String markdown) {
        assertThat(Asking.ofMarkdown(markdown)).isEqualTo(Asking.QUESTION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Why shard?", "Explain the CAP theorem", "Kafka vs Pulsar"})
    void questionsTasksAndComparisonsAskAsFronts(String text) {
        assertThat(Asking.of(text).asks()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Kafka vs Pulsar", "How it works", "Caching"})
    void aComparisonOrAQuestionWordAloneIsNoQuestionAsAHeading(String text) {
        assertThat(Asking.of(text).asksAsHeading()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aLongTextAsksOnlyWithAQuestionMark() {
        String long_ = "Explain " + "the system ".repeat(40);
        assertThat(Asking.of(long_)).isEqualTo(Asking.NO);
        assertThat(Asking.of(long_ + "?")).isEqualTo(Asking.QUESTION);
    }
}
