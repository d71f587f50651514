package sdq.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A notes file near the 64 MB limit imports in a Java given 256 MB of heap: 50 MB of Markdown
 * with characters beyond Latin-1 (two bytes each in a Java string, so the text alone would be
 * 100 MB held whole) and 240,000 cards, each of them in the deck written.
 */
class LargeNotesIT {
    @TempDir
    Path dir;

    private static final int CARDS = 240_000;

    @Test
    void fiftyMegabytesOfMarkdownImportWithAQuarterGigabyteOfHeap() throws Exception {
        Path notes = dir.resolve("big-notes.md");
        write(notes);
        assertThat(Files.size(notes)).isGreaterThan(50L * 1000 * 1000);
        Jar.Result result = Jar.runWith(List.of("-Xmx256m", "-XX:+UseSerialGC"), 300, dir,
                "import", "--decks", dir.resolve("decks").toString(), notes.toString());
        assertThat(result.err()).doesNotContain("memory").doesNotContain("Exception");
        assertThat(result.code()).as(result.err()).isZero();
        Path deck = dir.resolve("decks/interview-notes-at-scale.yaml");
        long cards;
        try (var lines = Files.lines(deck)) {
            cards = lines.filter(l -> l.startsWith("  - id: ")).count();
        }
        assertThat(cards).isEqualTo(CARDS);
        try (var lines = Files.lines(deck)) {
            assertThat(lines.filter(l -> l.contains("q: Why does shard 239999 need a leader’s lease?")).count())
                    .isEqualTo(1);
        }
    }

    /** Chapters of cards in three shapes, answers with curly quotes, bullets and a little Greek. */
    private static void write(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# Interview notes at scale\n\n");
            for (int i = 0; i < CARDS; i++) {
                if (i % 2000 == 0) {
                    out.write("# Chapter " + (i / 2000 + 1) + "\n\n");
                }
                String answer = "A replica that lost its lease must stop serving writes; otherwise two leaders"
                        + " accept them and the log forks (the “split brain” case, Δ between clocks).";
                switch (i % 3) {
                    case 0 -> out.write("## Why does shard " + i + " need a leader’s lease?\n\n" + answer + "\n\n");
                    case 1 -> out.write("Q: Why does shard " + i + " need a leader’s lease?\nA: " + answer + "\n\n");
                    default -> out.write("**Why does shard " + i + " need a leader’s lease?**\n\n• " + answer
                            + "\n• It renews the lease well before it runs out.\n\n");
                }
            }
        }
    }
}
