package sdq.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Notes for the import benchmark, the same on every run (a seeded generator): files in the
 * shapes people keep notes in (Markdown question headings, bold questions, numbered questions,
 * Q:/A: labels in plain text, org headings, a table of questions), with prose, lists and code
 * in the answers.
 */
final class NotesCorpus {
    private static final String[] TOPICS = {"cache", "shard", "replica", "queue", "index", "load balancer",
        "rate limiter", "consensus group", "CDN edge", "write-ahead log"};
    private static final String[] VERBS = {"fail over", "scale out", "stay consistent", "recover", "evict entries",
        "rebalance", "throttle clients", "drain", "compact", "elect a leader"};
    private static final String[] WORDS = ("the a latency throughput partition replica leader follower quorum"
            + " request client server read write commit log snapshot cache miss hit key value hash ring node"
            + " region zone retry timeout budget backoff queue consumer producer offset").split(" ");

    private final Random random;

    NotesCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** Writes files into {@code dir} until they hold {@code bytes}; returns how many bytes they hold. */
    long write(Path dir, long bytes) throws IOException {
        Files.createDirectories(dir);
        long total = 0;
        int n = 0;
        while (total < bytes) {
            int shape = n % 6;
            String name = String.format("%04d-notes.%s", n, shape == 3 ? "txt" : shape == 4 ? "org" : "md");
            byte[] text = file(shape, 40 + random.nextInt(40)).getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(name), text);
            total += text.length;
            n++;
        }
        return total;
    }

    private String file(int shape, int cards) {
        StringBuilder out = new StringBuilder();
        out.append(switch (shape) {
            case 3 -> "SYSTEM DESIGN NOTES\n\n";
            case 4 -> "#+TITLE: System design notes\n\n";
            default -> "# System design notes\n\n";
        });
        if (shape == 5) {
            out.append("| Question | Answer |\n|---|---|\n");
        }
        for (int i = 0; i < cards; i++) {
            String q = question();
            switch (shape) {
                case 0 -> out.append("## ").append(q).append("\n\n").append(answer()).append("\n");
                case 1 -> out.append("**").append(q).append("**\n\n").append(answer()).append("\n");
                case 2 -> out.append(i + 1).append(". ").append(q).append("\n\n").append(answer()).append("\n");
                case 3 -> out.append("Q: ").append(q).append("\nA: ").append(sentence()).append("\n   ")
                        .append(sentence()).append("\n\n");
                case 4 -> out.append("* ").append(q).append("\n")
                        .append(answer().replaceFirst("```\n", "#+begin_src\n").replaceFirst("```\n", "#+end_src\n"))
                        .append("\n");
                default -> out.append("| ").append(q).append(" | ").append(sentence()).append(" |\n");
            }
        }
        return out.toString();
    }

    private String question() {
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        String verb = VERBS[random.nextInt(VERBS.length)];
        return switch (random.nextInt(3)) {
            case 0 -> "How does a " + topic + " " + verb + " under load " + random.nextInt(1000) + "?";
            case 1 -> "Why would a " + topic + " need to " + verb + " in region " + random.nextInt(1000) + "?";
            default -> "What happens when a " + topic + " cannot " + verb + " (case " + random.nextInt(1000) + ")?";
        };
    }

    private String answer() {
        StringBuilder a = new StringBuilder(sentence()).append(' ').append(sentence()).append("\n\n");
        int kind = random.nextInt(4);
        if (kind == 0) {
            for (int k = 0; k < 3; k++) {
                a.append("- ").append(sentence()).append('\n');
            }
        } else if (kind == 1) {
            a.append("```\nretry(backoff = ").append(random.nextInt(100)).append("ms)\n```\n");
        } else {
            a.append(sentence()).append('\n');
        }
        return a.toString();
    }

    private String sentence() {
        StringBuilder s = new StringBuilder();
        int words = 8 + random.nextInt(12);
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            s.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return s.append('.').toString();
    }
}
