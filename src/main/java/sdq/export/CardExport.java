package sdq.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import sdq.deck.DeckCard;
import sdq.schedule.CardState;
import sdq.schedule.Grade;
import sdq.schedule.Review;

/** The text of each export format, for cards and (where the format has room) their schedule. */
public final class CardExport {
    private CardExport() {
    }

    /**
     * A card with where it stands.
     *
     * @param card    the card and its deck
     * @param state   its schedule state
     * @param box     its box, within the configured boxes
     * @param due     the day it is due
     * @param history its reviews, oldest first (empty unless asked for)
     */
    public record Scheduled(DeckCard card, CardState state, int box, LocalDate due, List<Review> history) {
        public Scheduled {
            history = List.copyOf(history);
        }
    }

    /**
     * Anki notes: the card id as guid, question and answer as HTML, deck "System Design::deck",
     * topics as tags; a cloze card as a note of Anki's Cloze type.
     */
    public static String anki(List<DeckCard> cards) {
        return anki(cards, false);
    }

    /** The Anki text export; {@code images}: images stay images (else they are links, and fetch nothing). */
    public static String anki(List<DeckCard> cards, boolean images) {
        return Collected.text(out -> anki(cards, images, out));
    }

    /** The Anki text export to {@code out}, a card at a time. */
    public static void anki(List<DeckCard> cards, boolean images, java.io.Writer out) throws java.io.IOException {
        boolean clozes = cards.stream().anyMatch(c -> c.card().cloze().isPresent());
        Iterable<AnkiText.Note> notes = () -> cards.stream().map(c -> ankiNote(c, images)).iterator();
        AnkiText.write(notes, clozes, out);
    }

    /** The cards as an Anki package ({@code .apkg}) to {@code out}; {@code nowMillis} stamps its notes. */
    public static void ankiPackage(List<DeckCard> cards, boolean images, java.io.OutputStream out, long nowMillis)
            throws java.io.IOException {
        AnkiPackage.write(cards.stream().map(c -> ankiNote(c, images)).toList(), out, nowMillis);
    }

    /** As {@link #ankiPackage}, with each card's reviews ({@code history}) as Anki revlog rows, intervals by {@code leitner}. */
    public static void ankiPackage(List<DeckCard> cards, boolean images, java.util.Map<sdq.deck.CardId,
            List<sdq.schedule.Review>> history, sdq.schedule.Leitner leitner, java.io.OutputStream out, long nowMillis)
            throws java.io.IOException {
        java.util.Map<String, List<AnkiPackage.Revlog>> revlog = new java.util.HashMap<>();
        history.forEach((id, reviews) -> {
            List<AnkiPackage.Revlog> rows = new java.util.ArrayList<>();
            boolean lapsed = false;
            for (int i = 0; i < reviews.size(); i++) {
                sdq.schedule.Review r = reviews.get(i);
                int type = i == 0 ? 0 : lapsed ? 2 : 1;
                rows.add(new AnkiPackage.Revlog(r.at().toInstant().toEpochMilli(), r.grade().key(),
                        leitner.interval(r.boxAfter()), i == 0 ? 0 : leitner.interval(r.boxBefore()), type));
                lapsed = r.grade() == sdq.schedule.Grade.AGAIN;
            }
            revlog.put(id.value(), rows);
        });
        AnkiPackage.write(cards.stream().map(c -> ankiNote(c, images)).toList(), revlog, out, nowMillis);
    }

    /** A card as an Anki note: its id the GUID, its text as HTML, its deck under "System Design", its topics as tags. */
    private static AnkiText.Note ankiNote(DeckCard c, boolean images) {
        return c.card().cloze().isPresent()
                ? new AnkiText.Note(c.id().value(), MarkdownHtml.toHtml(c.card().cloze().get().text(), images), "",
                        "System Design::" + c.deck(), c.card().topics(), true)
                : new AnkiText.Note(c.id().value(), MarkdownHtml.toHtml(c.card().question(), images),
                        MarkdownHtml.toHtml(c.card().answer(), images), "System Design::" + c.deck(), c.card().topics());
    }

    /** A study sheet titled {@code title}. */
    public static String markdown(String title, List<DeckCard> cards) {
        return Collected.text(out -> markdown(title, cards, out));
    }

    /** The study sheet to {@code out}, a card at a time. */
    public static void markdown(String title, List<DeckCard> cards, Appendable out) throws java.io.IOException {
        MarkdownSheet.write(title, () -> cards.stream().map(c -> new MarkdownSheet.Entry(c.id().value(), c.deck(),
                c.card().question(), c.card().answer(), c.card().topics(), c.card().parent().map(p -> p.value())))
                .iterator(), out);
    }

    /**
     * CSV: id, deck, question, answer, topics, box, due; a cloze column when a card is a cloze
     * (so the file reads back as clozes); the progress columns when {@code withProgress}.
     */
    public static String csv(List<Scheduled> cards, boolean withProgress) {
        StringBuilder out = new StringBuilder();
        csv(cards, withProgress, out);
        return out.toString();
    }

    /** As {@link #csv(List, boolean)}, to {@code out}, a row at a time. */
    public static void csv(List<Scheduled> cards, boolean withProgress, Appendable out) {
        List<String> header = new ArrayList<>(CsvCards.HEADER);
        boolean clozes = cards.stream().anyMatch(s -> s.card().card().cloze().isPresent());
        if (clozes) {
            header.add("cloze");
        }
        if (withProgress) {
            header.addAll(CsvCards.PROGRESS);
        }
        Iterable<List<String>> rows = () -> cards.stream().map(s -> row(s, clozes, withProgress)).iterator();
        CsvCards.write(header, rows, out);
    }

    private static List<String> row(Scheduled s, boolean clozes, boolean withProgress) {
        DeckCard c = s.card();
        List<String> row = new ArrayList<>(List.of(c.id().value(), c.deck(), c.card().question(), c.card().answer(),
                String.join(";", c.card().topics()), Integer.toString(s.box()), s.due().toString()));
        if (clozes) {
            row.add(c.card().cloze().map(sdq.deck.Cloze::text).orElse(""));
        }
        if (withProgress) {
            CardState state = s.state();
            row.addAll(List.of(Integer.toString(state.reviews()), Integer.toString(state.lapses()),
                    state.lastGrade().map(Grade::word).orElse(""),
                    state.lastReviewed().map(LocalDate::toString).orElse(""),
                    s.history().stream().map(CardExport::review).collect(Collectors.joining(" | "))));
        }
        return row;
    }

    /** One review, compactly: "2026-11-23T09:30+01:00 good 1->2". */
    private static String review(Review r) {
        return at(r) + " " + r.grade().word() + " " + r.boxBefore() + "->" + r.boxAfter();
    }

    /** When a review was, to the second, with the offset of the zone it was in. */
    private static String at(Review r) {
        return r.at().toOffsetDateTime().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** JSON: each card as {@code list --json} has it, with its schedule, and its reviews when {@code withProgress}. */
    public static String json(List<Scheduled> cards, boolean withProgress) {
        StringBuilder out = new StringBuilder();
        json(cards, withProgress, out);
        return out.toString();
    }

    /** As {@link #json(List, boolean)}, to {@code out}, a card at a time. */
    public static void json(List<Scheduled> cards, boolean withProgress, Appendable out) {
        Json.writeArray(() -> cards.stream().<Object>map(s -> jsonCard(s, withProgress)).iterator(), out);
        try {
            out.append('\n');
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Object> jsonCard(Scheduled s, boolean withProgress) {
        Map<String, Object> card = Json.card(s.card());
        CardState state = s.state();
        card.put("box", s.box());
        card.put("due", s.due().toString());
        card.put("reviews", state.reviews());
        card.put("lapses", state.lapses());
        state.lastGrade().ifPresent(g -> card.put("last_grade", g.word()));
        state.lastReviewed().ifPresent(d -> card.put("last_reviewed", d.toString()));
        if (withProgress) {
            List<Map<String, Object>> reviews = new ArrayList<>();
            for (Review r : s.history()) {
                Map<String, Object> review = new LinkedHashMap<>();
                review.put("id", r.id());
                review.put("at", at(r));
                review.put("zone", r.at().getZone().getId());
                review.put("grade", r.grade().word());
                review.put("box_before", r.boxBefore());
                review.put("box_after", r.boxAfter());
                reviews.add(review);
            }
            card.put("history", reviews);
        }
        return card;
    }
}
