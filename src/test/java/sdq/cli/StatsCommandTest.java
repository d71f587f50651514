package sdq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sdq stats and sdq topics after a scripted session: the numbers add up, the charts read as expected. */
class StatsCommandTest {
    @TempDir
    Path dir;

    private Path home;

    @BeforeEach
    void decks() throws IOException {
        Path decks = Files.createDirectories(dir.resolve("decks"));
        Files.writeString(decks.resolve("caching.yaml"), """
                cards:
                  - {id: c-aaa001, q: "What is cache-aside?", a: Read then fill., topics: [caching]}
                  - {id: c-aaa002, q: "What is a stampede?", a: Many misses at once., topics: [caching]}
                  - {id: c-aaa003, q: "What is a TTL?", a: A lifetime for an entry., topics: [caching]}
                  - {id: c-bbb001, q: "How do you pick a shard key?", a: Even spread., topics: [sharding]}
                  - {id: c-bbb002, q: "What is a hot shard?", a: One shard with most traffic., topics: [sharding]}
                  - {id: c-ccc001, q: "What is a queue?", a: A buffer of messages., topics: [queues]}
                """);
        home = dir.resolve("state");
    }

    private Cli cli(String input) {
        return new Cli(dir).env("SDQ_HOME", home.toString()).env("XDG_CONFIG_HOME", dir.resolve("cfg").toString())
                .input(input);
    }

    /** Five grades: good, easy, again (then good when it comes back), hard. */
    private void session() {
        Cli.Result quiz = cli("\n3\n\n4\n\n1\n\n2\n\n3\n").run("quiz", "--new", "4");
        assertThat(quiz.code()).as(quiz.err()).isZero();
    }

    @Test
    void statsJsonAfterAScriptedSessionAddsUp() throws IOException {
        session();
        Map<String, Object> stats = JSON.std.mapFrom(cli("").run("stats", "--json").out());
        assertThat(stats).containsEntry("reviews", 5).containsEntry("cards", 6).containsEntry("new", 2)
                .containsEntry("learned", 4).containsEntry("date", "2026-11-23");
        @SuppressWarnings("unchecked")
        Map<String, Integer> boxes = (Map<String, Integer>) stats.get("boxes");
        assertThat(boxes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(6);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> heatmap = (List<Map<String, Object>>) stats.get("heatmap");
        assertThat(heatmap).hasSize(182).last().isEqualTo(Map.of("date", "2026-11-23", "reviews", 5));
        assertThat(stats.get("streak")).isEqualTo(Map.of("current", 1, "longest", 1));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> forecast = (List<Map<String, Object>>) stats.get("forecast");
        assertThat(forecast).hasSize(14);
        // The four cards reviewed all come back within the fortnight; the two new ones wait for no date.
        assertThat(forecast.stream().mapToInt(d -> (Integer) d.get("due")).sum()).isEqualTo(4);
        assertThat(stats).containsEntry("due_in_30_days", 4);
        // Every review was of a new card: none counts for retention yet.
        assertThat(stats.get("retention")).isEqualTo(Map.of(
                "last_7_days", Map.of("reviews", 0, "right", 0, "share", 0.0),
                "last_30_days", Map.of("reviews", 0, "right", 0, "share", 0.0),
                "by_topic", Map.of()));
    }

    @Test
    void theChartsAt80ColumnsInPlainText() throws IOException {
        session();
        String out = cli("").run("stats").out();
        Path golden = Path.of("src/test/resources/stats/stats-80.txt");
        if (Boolean.getBoolean("sdq.golden.update")) {
            Files.writeString(golden, out, StandardCharsets.UTF_8);
        }
        assertThat(out).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(out.lines()).allMatch(l -> l.length() <= 80);
        assertThat(out).doesNotContain("█").doesNotContain("\u001b");
    }

    @Test
    void topicsAreSortedByWhatNeedsWork() throws IOException {
        // None is mastered yet: the most offered today first (queues and sharding one card each), then by name.
        session();
        List<Object> topics = JSON.std.listFrom(cli("").run("topics", "--json").out());
        assertThat(topics.stream().map(t -> (Object) ((Map<?, ?>) t).get("topic")).toList()).containsExactly("queues", "sharding", "caching");
        assertThat(topics.get(0)).isEqualTo(Map.of("topic", "queues", "cards", 1, "new", 1, "due", 1, "mastery", 0.0));
    }
}
