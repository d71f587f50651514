package sdq.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sdq.ingest.Draft;

/**
 * The importer measured on documents other people wrote ({@code ../shared/corpus}, or
 * {@code $SDQ_CORPUS}): every document is read as {@code sdq import} reads it, and its cards
 * compared with the cards keyed by hand in {@code gold.json}. Prints recall, precision and
 * answer starts per document and in total, writes them to {@code target/corpus.json}, and fails
 * when a total falls below the figures recorded in {@code src/test/resources/corpus/ratchet.json}
 * (raise them there as the importer gets better). Skips, saying so, where the corpus is not.
 */
class CorpusEvaluationTest {
    private static final Path RATCHET = Path.of("src/test/resources/corpus/ratchet.json");

    private static Path corpus() {
        String env = System.getenv("SDQ_CORPUS");
        return env != null ? Path.of(env) : Path.of("../shared/corpus");
    }

    record Totals(int items, int cards, int found, int rightStarts) {
        Totals plus(CorpusScore s) {
            return new Totals(items + s.items(), cards + s.cards(), found + s.found(), rightStarts + s.rightStarts());
        }

        double recall() {
            return (double) found / Math.max(1, items);
        }

        double precision() {
            return (double) found / Math.max(1, cards);
        }

        double answerStarts() {
            return (double) rightStarts / Math.max(1, found);
        }

        Map<String, Object> json() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("items", items);
            out.put("cards", cards);
            out.put("found", found);
            out.put("recall", round(recall()));
            out.put("precision", round(precision()));
            out.put("answerStarts", round(answerStarts()));
            return out;
        }
    }

    @Test
    void theCorpusReadsAtLeastAsWellAsRecorded() throws IOException {
        Path corpus = corpus();
        assumeTrue(Files.isRegularFile(corpus.resolve("gold.json")),
                "no corpus at " + corpus.toAbsolutePath() + " (set SDQ_CORPUS): the corpus evaluation is skipped");
        Map<String, Object> gold = JSON.std.mapFrom(Files.readString(corpus.resolve("gold.json")));
        Map<String, Object> ratchet = JSON.std.mapFrom(Files.readString(RATCHET));
        @SuppressWarnings("unchecked")
        List<String> cardSyntaxes = (List<String>) ratchet.get("cardSyntaxFiles");
        FileReading reading = new FileReading(FileFormat.AUTO, new InputFiles(corpus.resolve("docs")));
        List<CorpusScore> scores = new ArrayList<>();
        Totals all = new Totals(0, 0, 0, 0);
        Totals notes = new Totals(0, 0, 0, 0);
        for (Map.Entry<String, Object> entry : gold.entrySet()) {
            Path file = corpus.resolve("docs").resolve(entry.getKey());
            CorpusScore score = CorpusScore.of(entry.getKey(), keys(entry.getValue()), drafts(reading.read(file, Map.of())));
            scores.add(score);
            all = all.plus(score);
            notes = cardSyntaxes.contains(entry.getKey()) ? notes : notes.plus(score);
        }
        print(scores, all, notes);
        write(scores, all, notes);
        check("all", all, ratchet);
        check("notes", notes, ratchet);
    }

    private static void check(String scope, Totals totals, Map<String, Object> ratchet) {
        @SuppressWarnings("unchecked")
        Map<String, Object> floor = (Map<String, Object>) ratchet.get(scope);
        String why = scope + ": a total fell below " + RATCHET + " (see target/corpus.json for each document)";
        assertThat(totals.recall()).as(why + ": recall").isGreaterThanOrEqualTo(number(floor, "recall"));
        assertThat(totals.precision()).as(why + ": precision").isGreaterThanOrEqualTo(number(floor, "precision"));
        assertThat(totals.answerStarts()).as(why + ": answer starts").isGreaterThanOrEqualTo(number(floor, "answerStarts"));
    }

    private static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    private static List<Draft> drafts(FileReading.Read read) {
        if (read instanceof FileReading.Read.Failed failed) {
            System.out.println("corpus: " + failed.message());
            return List.of();
        }
        return ((FileReading.Read.Ok) read).parts().stream().flatMap(p -> p.note().drafts().stream()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<CorpusScore.Key> keys(Object entry) {
        List<CorpusScore.Key> keys = new ArrayList<>();
        for (Object o : (List<Object>) ((Map<String, Object>) entry).get("cards")) {
            Map<String, Object> card = (Map<String, Object>) o;
            keys.add(new CorpusScore.Key((String) card.get("q"), (String) card.get("a_start"),
                    ((Number) card.get("line")).intValue()));
        }
        return keys;
    }

    private static void print(List<CorpusScore> scores, Totals all, Totals notes) {
        StringBuilder out = new StringBuilder("\ncorpus evaluation\n");
        out.append(String.format("%-32s %5s %5s %5s %7s %9s %7s%n", "document", "items", "cards", "found", "recall",
                "precision", "starts"));
        for (CorpusScore s : scores) {
            out.append(String.format("%-32s %5d %5d %5d %7.2f %9.2f %7.2f%n", s.file(), s.items(), s.cards(), s.found(),
                    s.recall(), s.precision(), s.answerStarts()));
        }
        out.append(String.format("%-32s %5d %5d %5d %7.2f %9.2f %7.2f%n", "total", all.items(), all.cards(), all.found(),
                all.recall(), all.precision(), all.answerStarts()));
        out.append(String.format("%-32s %5d %5d %5d %7.2f %9.2f %7.2f%n", "notes (no card syntax)", notes.items(),
                notes.cards(), notes.found(), notes.recall(), notes.precision(), notes.answerStarts()));
        System.out.print(out);
    }

    private static void write(List<CorpusScore> scores, Totals all, Totals notes) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("all", all.json());
        out.put("notes", notes.json());
        List<Object> documents = new ArrayList<>();
        for (CorpusScore s : scores) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("file", s.file());
            d.put("items", s.items());
            d.put("cards", s.cards());
            d.put("found", s.found());
            d.put("recall", round(s.recall()));
            d.put("precision", round(s.precision()));
            d.put("answerStarts", round(s.answerStarts()));
            d.put("missed", s.missed());
            d.put("extra", s.extra());
            d.put("wrongStarts", s.wrongStarts());
            documents.add(d);
        }
        out.put("documents", documents);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/corpus.json"), JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(out),
                StandardCharsets.UTF_8);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
