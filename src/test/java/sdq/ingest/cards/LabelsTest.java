package sdq.ingest.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Question, answer and hint labels in every dress, and what is left after them. */
class LabelsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Q: What is a WAL?|QUESTION|What is a WAL?",
        "**Q:** What is a WAL?|QUESTION|What is a WAL?",
        "**Q1: What is Atomicity?**|QUESTION|**What is Atomicity?**",
        "__Q.__ Why?|QUESTION|Why?",
        "Question 3: Title|QUESTION|Title",
        "Ques: What?|QUESTION|What?",
        "Q. 어디에 두나요?|QUESTION|어디에 두나요?",
        "问：什么是限流？|QUESTION|什么是限流？",
        "Frage: Was ist ein Cache?|QUESTION|Was ist ein Cache?",
        "@question|QUESTION|''",
        "Follow-up: And then?|QUESTION|And then?",
        "A: Because.|ANSWER|Because.",
        "**A:** Because.|ANSWER|Because.",
        "**Answer: B**|ANSWER|**B**",
        "**Answer**: yes|ANSWER|yes",
        "Model Answer:|ANSWER|''",
        "Solution: shard it|ANSWER|shard it",
        "答：限制请求|ANSWER|限制请求",
        "**R :** Répartir les données|ANSWER|Répartir les données",
        "Hint 1: think of DNS|HINT|think of DNS",
        "1\\. What is lag?|NUMBER|What is lag?",
        "3) Why?|NUMBER|Why?",
    })
    void aLabelIsFoundInAnyDress(String line, Labels.Role role, String rest) {
        Optional<Labels.Label> label = Labels.of(line);
        assertThat(label).isPresent();
        assertThat(label.get().role()).isEqualTo(role);
        assertThat(label.get().rest()).isEqualTo(rest);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Q&A Session Notes", "Quorum reads", "Approach 1 (Pull):", "Answers vary by team",
        "2026 was the year", "Answering machines"})
    void textThatMerelyStartsLikeALabelIsNone(String line) {
        assertThat(Labels.of(line).filter(l -> l.role() != Labels.Role.NUMBER)).isEmpty();
    }

    @Test
    void aLetterBeforeAFullStopAnswersOnlyAQuestionLabelledTheSameWay() {
        Labels.Label option = Labels.of("A. Azure Cache is a managed store").orElseThrow();
        assertThat(option.answersAfter(':')).isFalse();
        assertThat(option.answersAfter((char) 0)).isFalse();
        assertThat(option.answersAfter('.')).isTrue();
        assertThat(Labels.of("A1) Each key scores every node").orElseThrow().answersAfter(')')).isTrue();
        assertThat(Labels.of("A: yes").orElseThrow().answersAfter((char) 0)).isTrue();
    }

    @Test
    void headingsThatOnlyLabelOrNumber() {
        assertThat(Labels.isAnswerHeading("Solution:")).isTrue();
        assertThat(Labels.isAnswerHeading("Solution (Hybrid): push and pull")).isFalse();
        assertThat(Labels.isQuestionNumber("Question 7")).isTrue();
        assertThat(Labels.isQuestionNumber("Question 7: Design X")).isFalse();
        assertThat(Labels.titled("Question 7: Design X")).contains("Design X");
    }

    @Test
    void youAnswersOutsideAChatAndAsksInOne() {
        assertThat(Labels.of("You: a token bucket per key").orElseThrow().role()).isEqualTo(Labels.Role.ANSWER);
        Labels.Label asked = Labels.of("You: how do I shard?", true).orElseThrow();
        assertThat(asked.role()).isEqualTo(Labels.Role.QUESTION);
        assertThat(asked.speaker()).isTrue();
        assertThat(Labels.of("User: the person signed in")).isEmpty();
        assertThat(Labels.of("User: why?", true).orElseThrow().speaker()).isTrue();
        assertThat(Labels.of("Interviewer: why?").orElseThrow().speaker()).isTrue();
        assertThat(Labels.of("You said:").orElseThrow().speaker()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"User.objects.all() runs one query", "Interviewer - Priya, 50 minutes",
        "User. The person signed in", "Human - in the loop"})
    void onlyAColonEndsASpeakersName(String line) {
        assertThat(Labels.of(line)).isEmpty();
        assertThat(Labels.of(line, true)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Assistant: sure|true", "ChatGPT said:|true", "**Claude:** yes|true",
        "GPT-4o: it depends|true", "Assistant manager duties|false", "Claude Shannon: information theory|false"})
    void anAssistantsTurnMakesAChat(String line, boolean turn) {
        assertThat(Labels.isAssistantTurn(line)).isEqualTo(turn);
    }
}
