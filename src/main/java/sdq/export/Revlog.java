package sdq.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import sdq.deck.CardId;
import sdq.schedule.Fsrs;
import sdq.schedule.FsrsCard;
import sdq.schedule.Review;

/**
 * The review history in the column layout the FSRS optimizers read ({@code revlog.csv}):
 * {@code card_id,review_time,review_rating,review_state,review_duration}, one row per review,
 * oldest first. The card id is a number (the hex digits of sdq's id; another id, a stable
 * hash), the time milliseconds since 1970, the rating 1-4, the state the card was in when
 * reviewed (0 new, 1 learning, 2 review, 3 relearning, as FSRS's steps place it), and the
 * duration 0: sdq does not time answers, and the optimizers fit without it.
 */
public final class Revlog {
    public static final List<String> HEADER = List.of("card_id", "review_time", "review_rating", "review_state",
            "review_duration");

    private Revlog() {
    }

    /** Writes every review of {@code history} (each card's oldest first); {@code fsrs} places each in its state. */
    public static void write(Map<CardId, List<Review>> history, Fsrs fsrs, Writer out) throws IOException {
        record Row(long card, long time, int rating, int state) {
        }
        List<Row> rows = new ArrayList<>();
        history.forEach((id, reviews) -> {
            FsrsCard card = FsrsCard.NEW;
            long number = number(id);
            for (Review r : reviews) {
                rows.add(new Row(number, r.at().toInstant().toEpochMilli(), r.grade().key(), card.phase().ordinal()));
                card = fsrs.review(card, r.grade(), r.at(), 0);
            }
        });
        rows.sort(Comparator.comparingLong(Row::time).thenComparingLong(Row::card));
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
        printer.printRecord(HEADER);
        for (Row row : rows) {
            printer.printRecord(row.card(), row.time(), row.rating(), row.state(), 0);
        }
        printer.flush();
    }

    /** A card's number: the hex digits of an id such as {@code c-3f9a21}; for another id a hash beyond those. */
    static long number(CardId id) {
        String v = id.value();
        if (v.matches("c-[0-9a-f]{1,12}")) {
            return Long.parseLong(v.substring(2), 16);
        }
        return (1L << 48) + (v.hashCode() & 0xffffffffL);
    }
}
