package sdq.store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import sdq.deck.CardId;
import sdq.schedule.Grade;
import sdq.schedule.Leitner;
import sdq.schedule.Review;

/**
 * A child process for the crash and concurrency tests: records {@code count} reviews, printing
 * "saved ID" after each has been recorded, then closes the store (writing a snapshot).
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        String deck = args.length > 2 ? args[2] : "deck";
        ZonedDateTime start = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));
        Grade[] grades = Grade.values();
        try (ProgressStore store = ProgressStore.openForWriting(home, Leitner.standard(), Duration.ofSeconds(20))) {
            System.out.println("open");
            System.out.flush();
            for (int i = 0; i < count; i++) {
                Review r = store.record(new CardId("c-" + (i % 37)), deck, grades[i % grades.length],
                        start.plusMinutes(i));
                System.out.println("saved " + r.id());
                System.out.flush();
            }
        } catch (StateBusyException e) {
            System.out.println("busy " + e.pid());
            System.exit(1);
        }
        System.out.println("closed");
    }
}
