package sdq.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sdq.deck.Card;
import sdq.schedule.Grade;
import sdq.store.DeckYaml;
import sdq.term.AnswerParts;

/**
 * The suggested grade of a typed answer, on real shipped cards: for each, a good answer, a
 * partial one and one off the topic (src/test/resources/feedback/typed-answers.tsv, written for
 * these tests). The good one is suggested good or easy, the partial one less or the same, never
 * again; the one off the topic again.
 */
class TypedAnswerGradesTest {
    private static final Map<String, Card> CARDS = new HashMap<>();
    private static final Map<String, Map<String, String>> ANSWERS = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws IOException {
        try (var files = Files.list(Path.of("decks"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
                DeckYaml.read(file.toString(), name, Optional.of(file), Files.readAllBytes(file)).deck().cards()
                        .forEach(c -> CARDS.put(c.id().value(), c));
            }
        }
        for (String line : Files.readAllLines(Path.of("src/test/resources/feedback/typed-answers.tsv"),
                StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t", 3);
            ANSWERS.computeIfAbsent(parts[0], k -> new LinkedHashMap<>()).put(parts[1], parts[2]);
        }
    }

    private static AnswerFeedback measure(Card card, String typed) {
        return AnswerFeedback.of(card.question(), AnswerParts.of(card.answer()), typed);
    }

    @Test
    void thereAreAtLeastTwentyCardsEachWithThreeAnswers() {
        assertThat(ANSWERS).hasSizeGreaterThanOrEqualTo(20);
        ANSWERS.forEach((id, answers) -> {
            assertThat(CARDS).as("card %s is shipped", id).containsKey(id);
            assertThat(answers).containsOnlyKeys("good", "partial", "off");
        });
    }

    @Test
    void theSuggestedGradesAreOrderedRight() {
        List<String> wrong = new ArrayList<>();
        ANSWERS.forEach((id, answers) -> {
            Card card = CARDS.get(id);
            AnswerFeedback good = measure(card, answers.get("good"));
            AnswerFeedback partial = measure(card, answers.get("partial"));
            AnswerFeedback off = measure(card, answers.get("off"));
            boolean right = good.suggested().compareTo(Grade.GOOD) >= 0 && partial.suggested() != Grade.AGAIN
                    && partial.suggested().compareTo(good.suggested()) <= 0 && off.suggested() == Grade.AGAIN;
            if (!right) {
                wrong.add(id + ": good " + good.suggested() + " " + good.covered() + "/" + good.missed() + ", partial "
                        + partial.suggested() + " " + partial.covered() + "/" + partial.missed() + ", off "
                        + off.suggested());
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void keyPointsAreIdeasNotFragments() {
        List<String> shuffle = KeyPoints.of(CARDS.get("c-5c69f4").question(), AnswerParts.of(CARDS.get("c-5c69f4").answer()))
                .stream().map(KeyPoints.Point::phrase).toList();
        assertThat(shuffle).doesNotContain("Instead of 4 fixed", "For each customer, we", "{1, 5}", "1, 5");
        List<String> hot = KeyPoints.of(CARDS.get("c-500790").question(), AnswerParts.of(CARDS.get("c-500790").answer()))
                .stream().map(KeyPoints.Point::phrase).toList();
        assertThat(hot).contains("key replication", "local caching", "key salting").doesNotContain("Fixes");
    }

    @Test
    void replicateItCoversKeyReplication() {
        AnswerFeedback f = measure(CARDS.get("c-500790"), "One key is hot; replicate it on other nodes.");
        assertThat(f.covered()).contains("key replication");
    }
}
