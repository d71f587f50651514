package sdq.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sdq.deck.CardId;
import sdq.schedule.CardState;
import sdq.schedule.Grade;

/** The snapshot reads back exactly what was written, and a line not in its format is refused even under a good checksum. */
class SnapshotTest {
    @TempDir
    Path home;

    @Test
    void whatIsWrittenReadsBack() throws IOException {
        Map<CardId, CardState> states = new HashMap<>();
        Map<CardId, String> decks = new HashMap<>();
        LocalDate day = LocalDate.of(2026, 11, 30);
        for (int i = 0; i < 300; i++) {
            CardId id = new CardId("c-" + i);
            states.put(id, new CardState(1 + i % 5, i % 3 == 0 ? Optional.empty() : Optional.of(day.plusDays(i)),
                    Optional.of(day.minusDays(i)), i % 2 == 0 ? Optional.empty() : Optional.of(day), i, i / 7,
                    i % 4 == 0 ? Optional.empty() : Optional.of(Grade.values()[i % 4])));
            decks.put(id, "deck-" + i % 3);
        }
        Set<CardId> suspended = new HashSet<>(Set.of(new CardId("c-1"), new CardId("gone")));
        new Snapshot(1234, "r-9", 777, states, decks, suspended).write(home);

        Snapshot read = Snapshot.read(home.resolve(Snapshot.NAME));
        assertThat(read.logEnd()).isEqualTo(1234);
        assertThat(read.lastId()).isEqualTo("r-9");
        assertThat(read.reviews()).isEqualTo(777);
        assertThat(read.states()).isEqualTo(states);
        assertThat(read.decks()).isEqualTo(decks);
        assertThat(read.suspended()).isEqualTo(suspended);
    }

    @Test
    void noLastIdAndNoCardsReadBack() throws IOException {
        new Snapshot(0, null, 0, new HashMap<>(), new HashMap<>(), new HashSet<>()).write(home);
        Snapshot read = Snapshot.read(home.resolve(Snapshot.NAME));
        assertThat(read.lastId()).isNull();
        assertThat(read.states()).isEmpty();
    }

    @Test
    void aCardLineWithTooFewOrTooManyFieldsIsRefused() throws IOException {
        String good = "C\tc-1\tdeck\t2\t2026-12-01\t2026-11-01\t2026-11-28\t3\t1\tgood";
        assertThat(read(good).states()).containsKey(new CardId("c-1"));
        for (String bad : new String[] {"C\tc-1\tdeck\t2\t2026-12-01\t2026-11-01\t2026-11-28\t3\t1",
            "C\tc-1\tdeck\t2\t2026-12-01\t2026-11-01\t2026-11-28\t3\t1\tgood\textra", "C\tc-1", "C\tc-1\tdeck",
            "C\tc-1\tdeck\tx\t-\t-\t-\t0\t0\t-", "C\tc-1\tdeck\t1\t2026-13-01\t-\t-\t0\t0\t-",
            "C\tc-1\tdeck\t1\t-\t-\t-\t0\t0\tsuperb", "X\tc-1", "log\t1\t-"}) {
            assertThatThrownBy(() -> read(bad), bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aDayWrittenOtherwiseIsStillRead() throws IOException {
        Snapshot s = read("C\tc-1\tdeck\t2\t+12026-12-01\t-\t-\t0\t0\t-");
        assertThat(s.states().get(new CardId("c-1")).scheduled()).contains(LocalDate.of(12026, 12, 1));
    }

    @Test
    void aCountOtherThanTheCardsIsIncomplete() throws IOException {
        Path file = home.resolve("s");
        String body = Snapshot.HEADER + "\nlog\t0\t-\t0\n";
        Files.writeString(file, body + "end\t1\t" + crc(body) + "\n");
        assertThatThrownBy(() -> Snapshot.read(file)).hasMessage("it is incomplete");
        Files.writeString(file, body + "end\tmany\t" + crc(body) + "\n");
        assertThatThrownBy(() -> Snapshot.read(file)).hasMessage("it is incomplete");
        Files.writeString(file, body + "end\t0\t" + crc(body + "x") + "\n");
        assertThatThrownBy(() -> Snapshot.read(file)).hasMessageContaining("checksum");
        Files.writeString(file, body);
        assertThatThrownBy(() -> Snapshot.read(file)).hasMessageContaining("no end line");
        Files.writeString(file, "# another file\nend\t0\t00000000\n");
        assertThatThrownBy(() -> Snapshot.read(file)).hasMessageContaining("no end line");
    }

    private Snapshot read(String cardLine) throws IOException {
        Path file = home.resolve("hand-made");
        String body = Snapshot.HEADER + "\nlog\t10\t-\t1\n" + cardLine + "\n";
        Files.writeString(file, body + "end\t1\t" + crc(body) + "\n", StandardCharsets.UTF_8);
        return Snapshot.read(file);
    }

    private static String crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }
}
