package sdq.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sdq.deck.CardId;
import sdq.schedule.Grade;
import sdq.schedule.Leitner;
import sdq.schedule.Review;
import sdq.schedule.Statistics.Answer;

/** The light answers statistics read are the reviews of the log, undone ones left out, as the full history has them. */
class AnswersTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));
    private static final List<CardId> CARDS = List.of(new CardId("a"), new CardId("b"), new CardId("c"));

    @TempDir
    Path home;

    @Test
    void answersAreTheHistoryWithoutUndoneReviewsForEverySelection() throws IOException {
        Random random = new Random(11);
        try (ProgressStore store = ProgressStore.openForWriting(home, Leitner.standard(), Duration.ofMillis(200))) {
            ZonedDateTime at = NOW;
            for (int i = 0; i < 400; i++) {
                at = at.plusHours(1 + random.nextInt(30));
                if (random.nextInt(4) == 0) {
                    // Several undos in a row reach back past other cards' reviews.
                    for (int u = random.nextInt(3); u >= 0; u--) {
                        store.undoLast(at);
                    }
                } else {
                    store.record(CARDS.get(random.nextInt(3)), "d", Grade.values()[random.nextInt(4)], at);
                }
            }
        }
        ProgressStore read = ProgressStore.openReadOnly(home, Leitner.standard());
        for (Set<CardId> selection : List.of(Set.copyOf(CARDS), Set.of(CARDS.get(0)), Set.of(CARDS.get(1), CARDS.get(2)),
                Set.<CardId>of(new CardId("none")))) {
            Map<CardId, List<Answer>> expected = read.history(selection).entrySet().stream()
                    .filter(e -> !e.getValue().isEmpty())
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream().map(Answer::of).toList()));
            assertThat(read.answers(selection)).as(selection.toString()).isEqualTo(expected);
        }
    }

    @Test
    void anAnswerChangesTheCardAsItsReviewDid() throws IOException {
        try (ProgressStore store = ProgressStore.openForWriting(home, Leitner.standard(), Duration.ofMillis(200))) {
            Review first = store.record(CARDS.get(0), "d", Grade.GOOD, NOW);
            Review second = store.record(CARDS.get(0), "d", Grade.AGAIN, NOW.plusDays(2));
            List<Answer> answers = store.answers(Set.of(CARDS.get(0))).get(CARDS.get(0));
            assertThat(answers).containsExactly(Answer.of(first), Answer.of(second));
            assertThat(answers.get(1).applyTo(answers.get(0).applyTo(sdq.schedule.CardState.NEW)))
                    .isEqualTo(second.applyTo(first.applyTo(sdq.schedule.CardState.NEW)))
                    .isEqualTo(store.state(CARDS.get(0)));
        }
    }
}
