package sdq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decks are merged in parallel, but the ids new cards take must be exactly those of merging the
 * decks one after another: two new decks whose first choice of id for a card is the same id.
 */
class ImportIdsTest {
    private static final Pattern CARD = Pattern.compile("- id: (c-[0-9a-f]+)\n +q: (.*)\n");

    @TempDir
    Path dir;

    @Test
    void twoNewDecksWantingTheSameIdGetWhatImportingThemInTurnGives() throws IOException {
        int[] clash = clash("alpha-notes", "beta-notes");
        write("both/alpha.txt", "Alpha Notes", clash[0]);
        write("both/beta.txt", "Beta Notes", clash[1]);
        write("alpha/alpha.txt", "Alpha Notes", clash[0]);
        write("beta/beta.txt", "Beta Notes", clash[1]);

        Map<String, String> together = importInto("together", "both");
        Map<String, String> inTurn = importInto("in-turn", "alpha");
        inTurn.putAll(importInto("in-turn", "beta"));

        assertThat(together).hasSize(20).isEqualTo(inTurn);
        assertThat(together.values()).doesNotHaveDuplicates();
        assertThat(together.get("alpha-notes/Question " + clash[0] + "?"))
                .isEqualTo(id("alpha-notes", clash[0], 0));
        assertThat(together.get("beta-notes/Question " + clash[1] + "?"))
                .isEqualTo(id("beta-notes", clash[1], 1));
    }

    /** Question numbers whose first ids in the two decks are the same. */
    private static int[] clash(String a, String b) {
        Map<String, Integer> first = new HashMap<>();
        for (int n = 10; n < 40_000; n++) {
            first.put(id(a, n, 0), n);
        }
        for (int n = 10; n < 40_000; n++) {
            Integer other = first.get(id(b, n, 0));
            if (other != null) {
                return new int[] {other, n};
            }
        }
        throw new AssertionError("no two questions found whose ids clash");
    }

    /** The id {@code sdq.ingest.CardIds} gives "Question n?" in {@code deck} at {@code attempt}. */
    private static String id(String deck, int n, int attempt) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((deck + "\nquestion " + n + "\n" + attempt).getBytes(StandardCharsets.UTF_8));
            return "c-" + HexFormat.of().formatHex(hash, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Notes of ten cards, the first asking "Question {@code n}?". */
    private void write(String file, String title, int n) throws IOException {
        StringBuilder notes = new StringBuilder(title + "\n\n");
        for (int k = n; k < n + 10; k++) {
            notes.append("Q: Question ").append(k).append("?\nA: Answer ").append(k).append(".\n\n");
        }
        Files.createDirectories(dir.resolve(file).getParent());
        Files.writeString(dir.resolve(file), notes.toString());
    }

    /** Imports the notes under {@code notes} into the decks {@code decks}: deck/question to id. */
    private Map<String, String> importInto(String decks, String notes) throws IOException {
        Files.createDirectories(dir.resolve(decks));
        Cli.Result r = new Cli(dir).run("import", "--decks", decks, notes);
        assertThat(r.code()).as(r.err()).isZero();
        Map<String, String> ids = new HashMap<>();
        List<Path> files = new ArrayList<>();
        try (var list = Files.list(dir.resolve(decks))) {
            list.forEach(files::add);
        }
        for (Path file : files) {
            String deck = file.getFileName().toString().replace(".yaml", "");
            Matcher m = CARD.matcher(Files.readString(file));
            while (m.find()) {
                ids.put(deck + "/" + m.group(2), m.group(1));
            }
        }
        return ids;
    }
}
