package sdq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sdq.deck.CardId;
import sdq.schedule.Leitner;
import sdq.store.ProgressStore;

/** The quiz without a terminal: plain lines in, plain lines out, progress saved. */
class QuizCommandTest {
    @TempDir
    Path dir;

    private Path home;

    @BeforeEach
    void decks() throws IOException {
        Path decks = Files.createDirectories(dir.resolve("decks"));
        Files.writeString(decks.resolve("caching.yaml"), """
                cards:
                  - id: c-aaa001
                    q: What is cache-aside?
                    a: |
                      - **Read**: check the cache, then the database
                      - **Fill**: write what was read into the cache with a **TTL**
                    topics: [caching]
                  - id: c-aaa002
                    q: What is a cache stampede?
                    a: Many misses for one hot key at once, all hitting the database.
                    topics: [caching]
                  - id: c-bbb001
                    q: How do you pick a shard key?
                    a: High cardinality, even spread, aligned with queries.
                    topics: [sharding]
                """);
        home = dir.resolve("state");
    }

    private Cli cli(String input) {
        return new Cli(dir).env("SDQ_HOME", home.toString()).env("XDG_CONFIG_HOME", dir.resolve("cfg").toString())
                .input(input);
    }

    private ProgressStore progress() {
        return ProgressStore.openReadOnly(home, Leitner.standard());
    }

    @Test
    void aPlainSessionShowsQuestionsAnswersAndSavesEveryGrade() {
        Cli.Result r = cli("\n3\n\n1\n\n4\n").run("quiz", "--topic", "cache");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("1/2  ·  box 1 new  ·  caching  ·  caching\nWhat is cache-aside?\n")
                .contains("Answer:\n• Read: check the cache, then the database\n")
                .contains("Grade: 1 again 1d, 2 hard 1d, 3 good 3d, 4 easy 7d (u undo, s skip, b bury, q quit):")
                .contains("Saved: good. Box 1 -> 2, due 2026-11-26.")
                .contains("Saved: again. Box 1 -> 1, due tomorrow.")
                .contains("2/2  ·  box 1 again  ·  caching  ·  caching\nWhat is a cache stampede?")
                .contains("Reviewed 2 cards in 3 answers: 2 right, 1 wrong, in 0 s.")
                .contains("  box 1 -> 2: 1 card")
                .contains("Weakest topics: caching (1 of 3 wrong)")
                .doesNotContain("\u001b");
        ProgressStore p = progress();
        assertThat(p.reviewCount()).isEqualTo(3);
        assertThat(p.state(new CardId("c-aaa001")).box()).isEqualTo(2);
        assertThat(p.state(new CardId("c-aaa002")).lapses()).isEqualTo(1);
        assertThat(p.state(new CardId("c-bbb001")).isNew()).isTrue();
    }

    @Test
    void aTypedAnswerGetsFeedbackOnTheKeyPoints() {
        Cli.Result r = cli("I read from the cache, fill it on a miss\ngood\n").run("quiz", "--topic", "caching", "--new", "1");
        assertThat(r.out()).contains("Your answer:\n  I read from the cache, fill it on a miss\n")
                .contains("Covered 2 of 3 key points; suggested grade: 3 good.")
                .contains("  covered: Read, Fill").contains("  missed:  TTL")
                .contains("Model answer:\n• Read: check the cache");
    }

    @Test
    void theEndOfInputEndsTheSessionAndKeepsWhatWasGraded() {
        Cli.Result r = cli("\n4\n\n").run("quiz");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Reviewed 1 card: 1 right, 0 wrong");
        assertThat(progress().reviewCount()).isEqualTo(1);
    }

    @Test
    void quitUndoSkipAndBuryWorkFromLines() {
        Cli.Result r = cli("\n3\n:u\n\n4\n:s\n:b\n\nq\n").run("quiz");
        assertThat(r.out()).contains("Undone; back to the previous card.").contains("Skipped; it comes back at the end.")
                .contains("Buried until tomorrow.").contains("Reviewed 1 card");
        ProgressStore p = progress();
        assertThat(p.reviewCount()).isEqualTo(1);
        assertThat(p.state(new CardId("c-aaa001")).box()).isEqualTo(3);
        assertThat(p.buried(java.time.LocalDate.of(2026, 11, 23))).hasSize(1);
    }

    @Test
    void aBadGradeIsAskedAgain() {
        Cli.Result r = cli("\n7\nmeh\n2\n").run("quiz", "--limit", "1", "--new", "1");
        assertThat(r.out()).contains("Please answer 1-4 or again/hard/good/easy (or u, s, b, q).")
                .contains("Saved: hard.");
    }

    @Test
    void withNothingDueItSaysWhenTheNextCardsAre() {
        cli("\n3\n\n3\n\n3\n").run("quiz");
        Cli.Result again = cli("").run("quiz");
        assertThat(again.code()).isZero();
        assertThat(again.out()).isEqualTo("Nothing is due now. Next: 3 cards on 2026-11-26 (in 3 days)."
                + " To review early: sdq quiz --cram.\n");
        Cli.Result cram = cli("\n2\n").run("quiz", "--cram", "--limit", "1");
        assertThat(cram.out()).contains("Saved: hard. Box 2 -> 2, due 2026-11-26.");
    }

    @Test
    void theDaysShareIsKept() {
        cli("\n3\n").run("quiz", "--new", "1");
        Cli.Result r = cli("").run("quiz", "--new", "1");
        assertThat(r.out()).startsWith("You have done today's share: 0 reviews and 1 new card today. 0 due cards and 2 new"
                + " cards wait; --limit N takes N cards now, --new N allows N new cards a day, --cram reviews early.");
    }

    @Test
    void aSecondSessionOnTheSameStateIsRefusedWithThePid() throws IOException {
        try (ProgressStore held = ProgressStore.openForWriting(home, Leitner.standard(), Duration.ZERO)) {
            Cli.Result r = cli("\n3\n").run("quiz");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).startsWith("sdq: Another sdq session (pid " + ProcessHandle.current().pid() + ")");
            assertThat(JSON.std.mapFrom(cli("").run("stats", "--json").out())).containsEntry("reviews", 0);
        }
    }

    @Test
    void anUnknownTopicIsBadInput() {
        Cli.Result r = cli("").run("quiz", "--topic", "kubernetes");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("No topic matches 'kubernetes'");
    }

    @Test
    void statsAfterAQuizShowTheReviews() throws IOException {
        cli("\n3\n\n3\n").run("quiz");
        Map<String, Object> stats = JSON.std.mapFrom(cli("").run("stats", "--json").out());
        assertThat(stats).containsEntry("reviews", 2);
    }
}
