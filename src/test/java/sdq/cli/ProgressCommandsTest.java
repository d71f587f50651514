package sdq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sdq.deck.CardId;
import sdq.schedule.Grade;
import sdq.schedule.Leitner;
import sdq.store.ProgressStore;

class ProgressCommandsTest {
    @TempDir
    Path dir;

    private Cli cli;
    private Path home;

    @BeforeEach
    void decks() throws IOException {
        Path decks = Files.createDirectories(dir.resolve("decks"));
        Files.writeString(decks.resolve("caching.yaml"), """
                cards:
                  - {id: c-aaa001, q: "What is cache-aside?", a: Read then fill., topics: [caching]}
                  - {id: c-aaa002, q: "What is a stampede?", a: Many misses at once., topics: [caching]}
                  - {id: c-aaa003, q: "What is a TTL?", a: A lifetime for an entry., topics: [caching]}
                """);
        home = dir.resolve("state");
        cli = new Cli(dir).env("SDQ_HOME", home.toString()).env("XDG_CONFIG_HOME", dir.resolve("config").toString());
    }

    private void review(String id, Grade grade) throws IOException {
        try (ProgressStore store = ProgressStore.openForWriting(home, Leitner.standard(), Duration.ZERO)) {
            store.record(new CardId(id), "caching", grade, ZonedDateTime.now(Cli.CLOCK));
        }
    }

    @Test
    void statsOnAFreshHomeCountsEveryCardAsNewInBoxOne() throws IOException {
        Cli.Result r = cli.run("stats", "--json");
        assertThat(r.code()).isZero();
        Map<String, Object> stats = JSON.std.mapFrom(r.out());
        assertThat(stats).containsEntry("reviews", 0).containsEntry("cards", 3).containsEntry("new", 3)
                .containsEntry("due", 0).containsEntry("offered", 3).containsEntry("waiting", 0);
        assertThat(stats.get("boxes")).isEqualTo(Map.of("1", 3, "2", 0, "3", 0, "4", 0, "5", 0));
        assertThat(Files.exists(home)).isFalse();
    }

    @Test
    void statsCountReviewsAndBoxes() throws IOException {
        review("c-aaa001", Grade.GOOD);
        review("c-aaa002", Grade.EASY);
        Map<String, Object> stats = JSON.std.mapFrom(cli.run("stats", "--json").out());
        assertThat(stats).containsEntry("reviews", 2).containsEntry("new", 1).containsEntry("due", 0).containsEntry("offered", 1);
        assertThat(stats.get("boxes")).isEqualTo(Map.of("1", 1, "2", 1, "3", 1, "4", 0, "5", 0));
        assertThat(cli.run("stats").out()).startsWith("3 cards: 1 new, 2 learned, 0 due today; 2 reviews logged\n"
                + "Today sdq quiz offers 1 card (0 due, 1 new).\n");
    }

    @Test
    void reviewedCardsThatLeftTheDecksAreOrphans() throws IOException {
        review("c-gone01", Grade.GOOD);
        Cli.Result r = cli.run("list", "--orphans", "--json");
        assertThat(JSON.std.listFrom(r.out())).containsExactly(
                Map.of("id", "c-gone01", "deck", "caching", "box", 2, "reviews", 1));
        assertThat(cli.run("list", "--orphans").out()).contains("c-gone01").contains("caching");
        assertThat(JSON.std.mapFrom(cli.run("stats", "--json").out())).containsEntry("orphans", 1);
    }

    @Test
    void configShowsDefaultsAndTheUsersSettings() throws IOException {
        Map<String, Object> defaults = JSON.std.mapFrom(cli.run("config", "--json").out());
        assertThat(defaults).containsEntry("boxes", List.of(1, 3, 7, 14, 30)).containsEntry("on_fail", "first-box")
                .containsEntry("exists", false).containsEntry("home", home.toString());
        Files.createDirectories(dir.resolve("config/sdq"));
        Files.writeString(dir.resolve("config/sdq/config.yaml"), "boxes: [1, 2, 4]\non-fail: previous-box\nnew-per-day: 5\n");
        Map<String, Object> mine = JSON.std.mapFrom(cli.run("config", "--json").out());
        assertThat(mine).containsEntry("boxes", List.of(1, 2, 4)).containsEntry("on_fail", "previous-box")
                .containsEntry("new_per_day", 5).containsEntry("exists", true);
        assertThat(cli.run("config").out()).contains("boxes:           [1, 2, 4] days");
    }

    @Test
    void aBadConfigValueIsNamedWithItsPlace() throws IOException {
        Files.createDirectories(dir.resolve("config/sdq"));
        Files.writeString(dir.resolve("config/sdq/config.yaml"), "boxes: [1, 0]\n");
        Cli.Result r = cli.run("config");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).endsWith("config/sdq/config.yaml:1:12: a box interval must be at least 1 day, found 0\n");
        Files.writeString(dir.resolve("config/sdq/config.yaml"), "on-fail: sometimes\n");
        assertThat(cli.run("stats").err()).contains("`on-fail` must be `first-box` or `previous-box`, found 'sometimes'");
    }

    @Test
    void fsrsIsChosenInTheConfigWithItsRetentionAndFittedParameters() throws IOException {
        assertThat(JSON.std.mapFrom(cli.run("config", "--json").out())).containsEntry("scheduler", "leitner")
                .containsEntry("desired_retention", 0.9);
        Files.createDirectories(dir.resolve("config/sdq"));
        String fitted = "[0.3, 1.1, 2.9, 9.4, 6.1, 0.7, 2.8, 0.01, 1.7, 0.15, 0.9, 1.5, 0.07, 0.3, 1.6, 0.5, 1.9, 0.6,"
                + " 0.1, 0.07, 0.2]";
        Files.writeString(dir.resolve("config/sdq/config.yaml"), "scheduler: fsrs\ndesired-retention: 0.85\n"
                + "fsrs-parameters: " + fitted + "\n");
        Map<String, Object> mine = JSON.std.mapFrom(cli.run("config", "--json").out());
        assertThat(mine).containsEntry("scheduler", "fsrs").containsEntry("desired_retention", 0.85);
        assertThat(mine.get("fsrs_parameters").toString()).startsWith("[0.3, 1.1, 2.9");
        assertThat(cli.run("config").out()).contains("scheduler:       fsrs, desired retention 0.85, parameters [0.3,");
        review("c-aaa001", Grade.GOOD);
        Cli.Result stats = cli.run("stats");
        assertThat(stats.code()).isZero();
        assertThat(stats.out()).contains("\nRecall predicted by FSRS now: 100% on average over 1 card (lowest 100%).\n");
        assertThat(JSON.std.mapFrom(cli.run("stats", "--json").out()).get("predicted_recall"))
                .isEqualTo(Map.of("cards", 1, "average", 1.0, "lowest", 1.0));
    }

    @Test
    void aBadSchedulerSettingIsNamedWithItsPlace() throws IOException {
        Files.createDirectories(dir.resolve("config/sdq"));
        Path config = dir.resolve("config/sdq/config.yaml");
        Files.writeString(config, "scheduler: sm2\n");
        Cli.Result r = cli.run("config");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).endsWith("config/sdq/config.yaml:1:12: `scheduler` must be `leitner` or `fsrs`, found 'sm2'\n");
        Files.writeString(config, "scheduler: fsrs\ndesired-retention: 0.5\n");
        assertThat(cli.run("stats").err()).endsWith("config/sdq/config.yaml:2:20: `desired-retention` must be a number"
                + " from 0.70 to 0.99 (the chance of recall a card is scheduled for), found '0.5'\n");
        Files.writeString(config, "fsrs-parameters: [1, 2, 3]\n");
        assertThat(cli.run("stats").err()).contains("config/sdq/config.yaml:1:18: `fsrs-parameters`: FSRS-6 has 21"
                + " parameters; 3 were given;");
        Files.writeString(config, "fsrs-parameters: [NaN, 1, 2]\n");
        assertThat(cli.run("stats").err()).contains("config/sdq/config.yaml:1:18: `fsrs-parameters`: 'NaN' is not a number");
        Files.delete(config);
        Cli.Result quiz = cli.run("quiz", "--scheduler", "sm2");
        assertThat(quiz.code()).isEqualTo(2);
        assertThat(quiz.err()).contains("--scheduler must be leitner or fsrs, not 'sm2'.");
    }

    @Test
    void theReviewHistoryGoesOutInTheLayoutTheFsrsOptimizersRead() throws IOException {
        ZonedDateTime now = ZonedDateTime.now(Cli.CLOCK);
        try (ProgressStore store = ProgressStore.openForWriting(home, Leitner.standard(), Duration.ZERO)) {
            store.record(new CardId("c-aaa001"), "caching", Grade.GOOD, now);
            store.record(new CardId("c-aaa002"), "caching", Grade.AGAIN, now.plusMinutes(1));
            store.record(new CardId("c-aaa001"), "caching", Grade.EASY, now.plusMinutes(11));
            store.record(new CardId("c-aaa001"), "caching", Grade.HARD, now.plusDays(9));
        }
        long t = now.toInstant().toEpochMilli();
        Cli.Result r = cli.run("export", "--format", "revlog");
        assertThat(r.code()).isZero();
        // Card c-aaa001 is 0xaaa001: new, then in its learning step, then in review.
        assertThat(r.out()).isEqualTo("card_id,review_time,review_rating,review_state,review_duration\n"
                + 0xaaa001 + "," + t + ",3,0,0\n"
                + 0xaaa002 + "," + (t + 60_000) + ",1,0,0\n"
                + 0xaaa001 + "," + (t + 660_000) + ",4,1,0\n"
                + 0xaaa001 + "," + (t + 9 * 86_400_000L) + ",2,2,0\n");
        // A reset card is new again: its reviews before the reset are left out.
        try (ProgressStore store = ProgressStore.openForWriting(home, Leitner.standard(), Duration.ZERO)) {
            store.reset(new CardId("c-aaa001"), now.plusDays(10));
            store.record(new CardId("c-aaa001"), "caching", Grade.GOOD, now.plusDays(11));
        }
        assertThat(cli.run("export", "--format", "revlog").out()).isEqualTo(
                "card_id,review_time,review_rating,review_state,review_duration\n"
                + 0xaaa002 + "," + (t + 60_000) + ",1,0,0\n"
                + 0xaaa001 + "," + (t + 11 * 86_400_000L) + ",3,0,0\n");
    }

    @Test
    void doctorFindsAHealthyStateHealthy() throws IOException {
        review("c-aaa001", Grade.GOOD);
        Cli.Result r = cli.run("doctor");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("State directory: " + home).contains("reviews.log: 1 entries")
                .contains("state.snapshot: ok").contains("lock: free").endsWith("Everything is in order.\n");
    }

    @Test
    void doctorExplainsADamagedSnapshotAndRepairsIt() throws IOException {
        review("c-aaa001", Grade.GOOD);
        Files.writeString(home.resolve("state.snapshot"), "garbage");
        Cli.Result check = cli.run("doctor");
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.out()).contains("problem: state.snapshot is damaged")
                .contains("Run 'sdq doctor --repair'");
        Cli.Result repair = cli.run("doctor", "--repair");
        assertThat(repair.code()).isZero();
        assertThat(repair.out()).contains("saved the old snapshot as state.snapshot.before-repair-")
                .contains("rebuilt state.snapshot from reviews.log: 1 cards, 1 reviews").endsWith("Repaired.\n");
        assertThat(cli.run("doctor").out()).endsWith("Everything is in order.\n");
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("state.snapshot.before-repair-"));
        }
    }

    @Test
    void readingCommandsWarnAboutADamagedSnapshotButWork() throws IOException {
        review("c-aaa001", Grade.GOOD);
        Files.writeString(home.resolve("state.snapshot"), "garbage");
        Cli.Result r = cli.run("stats", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.err()).startsWith("sdq: warning: ").contains("state.snapshot is unreadable");
        assertThat(JSON.std.mapFrom(r.out())).containsEntry("reviews", 1);
    }

    @Test
    void theHomeOptionChoosesTheStateDirectory() throws IOException {
        review("c-aaa001", Grade.GOOD);
        Path other = dir.resolve("elsewhere");
        assertThat(JSON.std.mapFrom(cli.run("stats", "--json", "--home", other.toString()).out()))
                .containsEntry("reviews", 0);
    }
}
