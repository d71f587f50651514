package sdq.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import sdq.deck.CardId;
import sdq.schedule.CardState;
import sdq.schedule.Grade;
import sdq.schedule.Leitner;
import sdq.schedule.Review;

/** Writes a large review log directly, for benchmarks: as if years of reviews had been made. */
public final class LogFixture {
    private LogFixture() {
    }

    /** {@code reviews} reviews spread over {@code cards}, a day apart per card, then a snapshot. */
    public static void write(Path home, List<CardId> cards, String deck, int reviews, long seed) throws IOException {
        Files.createDirectories(home);
        Leitner leitner = Leitner.standard();
        Random random = new Random(seed);
        CardState[] states = new CardState[cards.size()];
        java.util.Arrays.fill(states, CardState.NEW);
        ZonedDateTime start = ZonedDateTime.of(2023, 1, 1, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));
        try (BufferedWriter out = Files.newBufferedWriter(home.resolve(ReviewLog.NAME), StandardCharsets.UTF_8)) {
            out.write(ReviewLog.HEADER);
            out.write('\n');
            for (int i = 0; i < reviews; i++) {
                int c = random.nextInt(cards.size());
                ZonedDateTime at = start.plusMinutes(i);
                Grade grade = Grade.values()[random.nextInt(4)];
                CardState before = states[c];
                Review review = new Review("r" + Integer.toString(i, 36), cards.get(c), deck, at, grade,
                        Math.min(before.box(), leitner.boxes()), leitner.boxAfter(before, grade, at.toLocalDate()),
                        leitner.reschedules(before, grade, at.toLocalDate()));
                states[c] = review.applyTo(before);
                out.write(LogCodec.line(new LogEntry.Reviewed(review)));
                out.write('\n');
            }
        }
        try (ProgressStore store = ProgressStore.repair(home, leitner, java.time.Duration.ZERO)) {
            store.checkpoint();
        }
    }
}
