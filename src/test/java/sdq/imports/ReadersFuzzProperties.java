package sdq.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.api.Assertions;

/**
 * Every reader fed random and mutated real inputs (truncated, bytes flipped, lines shuffled, a
 * huge line, deep nesting, NUL, invalid UTF-8, UTF-16): each ends in cards or in an error that
 * names the file, never in an uncaught exception or a hang. Tries are bounded so CI stays fast;
 * the limit on each try only catches a hang (it is minutes above what any try takes).
 */
class ReadersFuzzProperties {
    private static final Duration HANG = Duration.ofSeconds(60);
    private static Path dir;

    /** One real input of each kind, written here (no corpus text). */
    private static final Map<FileFormat, String> SAMPLES = Map.ofEntries(
            Map.entry(FileFormat.MARKDOWN, "# Caching\n\n## What is a cache?\n\nA **fast** copy.\n\n- one\n  - two\n\n"
                    + "```\ncode\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"),
            Map.entry(FileFormat.PLAIN, "Caching\n=======\n\nQ: What is a cache?\nA: A fast copy.\n\nTTL\n  How long an"
                    + " entry lives.\n"),
            Map.entry(FileFormat.HTML, "<html><body><h1>Caching</h1><h2>What is a cache?</h2><p>A <b>fast</b> copy."
                    + "</p><ul><li>one<ul><li>two</li></ul></li></ul><table><tr><td>a</td></tr></table></body></html>"),
            Map.entry(FileFormat.ORG, "* Caching\n** What is a cache?\nA fast copy.\n- one\n  - two\n#+BEGIN_SRC\nx\n"
                    + "#+END_SRC\n"),
            Map.entry(FileFormat.ASCIIDOC, "= Caching\n\n== What is a cache?\n\nA fast copy.\n\n* one\n** two\n\n----\n"
                    + "code\n----\n"),
            Map.entry(FileFormat.RST, "Caching\n=======\n\nWhat is a cache?\n----------------\n\nA fast copy.\n\n"
                    + ".. code::\n\n   x = 1\n"),
            Map.entry(FileFormat.WEB, "Skip to content\nMenu\n\nWhat is a cache?\n\nA fast copy of data kept near.\n\n"
                    + "Share this:\nTwitter\n"),
            Map.entry(FileFormat.OBSIDIAN, "#flashcards\n\nWhat is a cache?::A fast copy\n\nTTL\n?\nHow long it lives\n"),
            Map.entry(FileFormat.LOGSEQ, "- What is a cache? #card\n  - A fast copy\n- TTL :: how long\n"),
            Map.entry(FileFormat.CSV, "question,answer,topics\n\"What is a cache?\",\"A fast, near copy\",caching\n"),
            Map.entry(FileFormat.TSV, "What is a cache?\tA fast copy\tcaching\n"),
            Map.entry(FileFormat.ANKI, "#separator:tab\n#html:true\nWhat is a <b>cache</b>?\tA fast copy<br>kept near\n"),
            Map.entry(FileFormat.JSON, "[{\"question\": \"What is a cache?\", \"answer\": \"A fast copy\"}]"),
            Map.entry(FileFormat.YAML, "cards:\n  - q: What is a cache?\n    a: |\n      A fast copy.\n"),
            Map.entry(FileFormat.MD, "# Caching\n\n## What is a cache?\n\nA fast copy.\n"));

    @BeforeContainer
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("sdq-fuzz");
    }

    @AfterContainer
    static void removeDir() throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Collections.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Property(tries = 150)
    void everyReaderEndsInCardsOrAnErrorNamingTheFile(@ForAll("formats") FileFormat format,
                                                      @ForAll("mutations") Mutation mutation, @ForAll long seed) {
        byte[] input = mutation.apply(SAMPLES.get(format).getBytes(StandardCharsets.UTF_8), new Random(seed));
        readEndsWell(format, input);
    }

    @Property(tries = 60)
    void randomBytesAsAnyFormatEndWell(@ForAll("formats") FileFormat format, @ForAll byte[] bytes) {
        readEndsWell(format, bytes);
    }

    @Property(tries = 40)
    void detectionOfAnyMutatedInputEndsWell(@ForAll("formats") FileFormat kind, @ForAll("mutations") Mutation mutation,
                                            @ForAll long seed) {
        byte[] input = mutation.apply(SAMPLES.get(kind).getBytes(StandardCharsets.UTF_8), new Random(seed));
        readEndsWell(FileFormat.AUTO, input);
    }

    private static void readEndsWell(FileFormat format, byte[] input) {
        Path file = dir.resolve("input" + extension(format));
        try {
            Files.write(file, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileReading.Read read = Assertions.assertTimeoutPreemptively(HANG,
                () -> new FileReading(format, new InputFiles(dir)).read(file, Map.of()));
        if (read instanceof FileReading.Read.Failed failed) {
            assertThat(failed.message()).startsWith(file.getFileName().toString());
            assertThat(failed.message()).doesNotContain("Exception").doesNotContain("\tat ");
        } else {
            for (Part part : ((FileReading.Read.Ok) read).parts()) {
                part.note().drafts().forEach(d -> {
                    assertThat(d.question()).isNotBlank();
                    assertThat(d.answer()).isNotBlank();
                });
            }
        }
    }

    private static String extension(FileFormat format) {
        return switch (format) {
            case CSV -> ".csv";
            case TSV -> ".tsv";
            case ANKI -> ".txt";
            case JSON -> ".json";
            case YAML -> ".yaml";
            case HTML -> ".html";
            case ORG -> ".org";
            case ASCIIDOC -> ".adoc";
            case RST -> ".rst";
            case PLAIN, WEB -> ".txt";
            default -> ".md";
        };
    }

    @Provide
    Arbitrary<FileFormat> formats() {
        return Arbitraries.of(new ArrayList<>(SAMPLES.keySet()));
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Arbitraries.of(Mutation.values());
    }

    /** How a real input is spoilt. */
    enum Mutation {
        TRUNCATED {
            byte[] apply(byte[] in, Random r) {
                return java.util.Arrays.copyOf(in, r.nextInt(in.length + 1));
            }
        },
        BYTES_FLIPPED {
            byte[] apply(byte[] in, Random r) {
                byte[] out = in.clone();
                for (int i = 0; i < 1 + r.nextInt(8); i++) {
                    out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
                }
                return out;
            }
        },
        LINES_SHUFFLED {
            byte[] apply(byte[] in, Random r) {
                List<String> lines = new ArrayList<>(List.of(new String(in, StandardCharsets.UTF_8).split("\n", -1)));
                Collections.shuffle(lines, r);
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
        },
        HUGE_LINE {
            byte[] apply(byte[] in, Random r) {
                String s = new String(in, StandardCharsets.UTF_8);
                int at = r.nextInt(s.length() + 1);
                return (s.substring(0, at) + "word ".repeat(200_000 + r.nextInt(100_000)) + s.substring(at))
                        .getBytes(StandardCharsets.UTF_8);
            }
        },
        DEEP_NESTING {
            byte[] apply(byte[] in, Random r) {
                String[] open = {"- ", "> ", "<ul><li>", "<b>", "[", "{", "*", "  "};
                String o = open[r.nextInt(open.length)];
                return (new String(in, StandardCharsets.UTF_8) + "\n" + o.repeat(3000) + "x\n")
                        .getBytes(StandardCharsets.UTF_8);
            }
        },
        NUL {
            byte[] apply(byte[] in, Random r) {
                byte[] out = in.clone();
                out[r.nextInt(out.length)] = 0;
                return out;
            }
        },
        INVALID_UTF8 {
            byte[] apply(byte[] in, Random r) {
                byte[] out = java.util.Arrays.copyOf(in, in.length + 3);
                int at = r.nextInt(in.length);
                System.arraycopy(in, at, out, at + 3, in.length - at);
                out[at] = (byte) 0xC3;
                out[at + 1] = (byte) 0xFF;
                out[at + 2] = (byte) 0x80;
                return out;
            }
        },
        UTF16 {
            byte[] apply(byte[] in, Random r) {
                String s = new String(in, StandardCharsets.UTF_8);
                return r.nextBoolean() ? s.getBytes(StandardCharsets.UTF_16) : s.getBytes(StandardCharsets.UTF_16LE);
            }
        },
        CR_ONLY {
            byte[] apply(byte[] in, Random r) {
                return new String(in, StandardCharsets.UTF_8).replace('\n', '\r').getBytes(StandardCharsets.UTF_8);
            }
        };

        abstract byte[] apply(byte[] in, Random r);
    }
}
