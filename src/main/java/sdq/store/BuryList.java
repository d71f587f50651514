package sdq.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import sdq.deck.CardId;

/**
 * Cards put aside until tomorrow ({@code b} in the quiz): a small file of card ids and the day
 * they were buried, rewritten atomically. A burial from an earlier day has run out.
 */
final class BuryList {
    static final String NAME = "buried";

    private BuryList() {
    }

    static Map<CardId, LocalDate> read(Path home) throws IOException {
        Path file = home.resolve(NAME);
        Map<CardId, LocalDate> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n")) {
            String[] f = line.split("\t");
            if (f.length == 2 && sdq.deck.CardId.isValid(f[0])) {
                try {
                    out.put(new CardId(f[0]), LocalDate.parse(f[1]));
                } catch (DateTimeParseException e) {
                    // a damaged line only un-buries a card; nothing to report
                }
            }
        }
        return out;
    }

    static Set<CardId> buriedOn(Path home, LocalDate day) throws IOException {
        return read(home).entrySet().stream().filter(e -> e.getValue().equals(day)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    static void write(Path home, Map<CardId, LocalDate> buried, LocalDate today) throws IOException {
        StringBuilder out = new StringBuilder();
        buried.forEach((card, day) -> {
            if (!day.isBefore(today)) {
                out.append(card.value()).append('\t').append(day).append('\n');
            }
        });
        AtomicFile.write(home.resolve(NAME), out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
