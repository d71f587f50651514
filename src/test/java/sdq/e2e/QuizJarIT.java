package sdq.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quiz through the real jar, without a terminal: answers and grades piped in. */
class QuizJarIT {
    @TempDir
    Path dir;

    private Map<String, String> env;

    @BeforeEach
    void setUp() throws IOException {
        Path decks = Files.createDirectories(dir.resolve("decks"));
        Files.writeString(decks.resolve("caching.yaml"), """
                cards:
                  - id: c-aaa001
                    q: What is cache-aside?
                    a: |
                      - **Read**: check the cache, then the database
                      - **Fill**: write it to the cache with a **TTL**
                    topics: [caching]
                  - id: c-aaa002
                    q: What is a cache stampede?
                    a: Many misses for one hot key at once.
                    topics: [caching]
                """);
        env = Map.of("SDQ_HOME", dir.resolve("state").toString(), "XDG_CONFIG_HOME", dir.resolve("cfg").toString(),
                "HOME", dir.resolve("home").toString(), "NO_COLOR", "");
    }

    @Test
    void pipedAnswersAndGradesAreSavedToTheLog() throws Exception {
        Jar.Result r = Jar.run(dir, env, "read the cache then fill it\ngood\n\n1\n\n4\n", "quiz", "--topic", "caching");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("What is cache-aside?").contains("Your answer:\n  read the cache then fill it")
                .contains("Covered 2 of 3 key points")
                .contains("Saved: good.").contains("Saved: again.").contains("Saved: easy.")
                .contains("Reviewed 2 cards in 3 answers: 2 right, 1 wrong").doesNotContain("\u001b");
        List<String> log = Files.readAllLines(dir.resolve("state/reviews.log"));
        assertThat(log).hasSize(4);
        assertThat(log.get(1)).startsWith("R\t").contains("\tc-aaa001\tcaching\t").contains("\tgood\t1\t2\ty\t");
        assertThat(log.get(2)).contains("\tc-aaa002\tcaching\t").contains("\tagain\t1\t1\ty\t");
        assertThat(Files.readString(dir.resolve("state/state.snapshot"))).contains("c-aaa001\tcaching\t2\t");

        Jar.Result stats = Jar.run(dir, env, "", "stats", "--json");
        assertThat(stats.out()).contains("\"reviews\" : 3");
    }

    @Test
    void theBundledDecksWorkFromAnyDirectory() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Jar.Result r = Jar.run(elsewhere, env, "\n3\n", "quiz", "--topic", "caching", "--limit", "1", "--new", "1");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("1/1").contains("Saved: good.");
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        Jar.Result r = Jar.run(dir, env, "", "quiz", "--topic", "kubernetes");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("sdq: No topic matches 'kubernetes'").doesNotContain("Exception");
    }
}
