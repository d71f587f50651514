package sdq.term;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import sdq.deck.CardId;
import sdq.deck.DeckCard;
import sdq.quiz.AnswerFeedback;
import sdq.quiz.QuizSession;
import sdq.schedule.CardState;
import sdq.schedule.Grade;
import sdq.schedule.Leitner;
import sdq.schedule.Review;

/** What a quiz shows of a card, the same in the terminal and in plain lines. */
public final class QuizView {
    private final Styles styles;
    private final MarkdownView markdown;
    private final Function<CardId, CardState> states;
    private final Leitner leitner;
    private final LocalDate today;
    /** How long until a card comes back after each grade, now: shown with the grade keys. */
    private final Function<CardId, Map<Grade, Duration>> nextIn;

    public QuizView(Styles styles, Function<CardId, CardState> states, Leitner leitner, LocalDate today) {
        this(styles, states, leitner, today, id -> Map.of());
    }

    public QuizView(Styles styles, Function<CardId, CardState> states, Leitner leitner, LocalDate today,
                    Function<CardId, Map<Grade, Duration>> nextIn) {
        this.styles = styles;
        this.markdown = new MarkdownView(styles);
        this.states = states;
        this.leitner = leitner;
        this.today = today;
        this.nextIn = nextIn;
    }

    public Styles styles() {
        return styles;
    }

    /**
     * "7/20 · box 2 · caching, sharding · deck", with "new", "again" (failed this session) or
     * "learning" (in an FSRS learning step) after the box when it is so: position, box and topics first; the deck's name gives way (shortened) when the line is
     * wider than {@code width}.
     */
    AttributedString header(QuizSession session, DeckCard card, int width) {
        CardState state = states.apply(card.id());
        AttributedStringBuilder b = new AttributedStringBuilder();
        b.style(styles.accent()).append(session.position() + "/" + session.total());
        b.style(styles.dim()).append("  ·  box ").append(Integer.toString(leitner.boxOf(state)));
        if (state.isNew()) {
            b.style(styles.accent()).append(" new");
        } else if (session.isRetry()) {
            // Back after a failure, or in FSRS's learning steps after a pass (due again in minutes).
            b.style(styles.accent()).append(session.failedLast() ? " again" : " learning");
        }
        b.style(styles.dim());
        if (!card.card().topics().isEmpty()) {
            b.append("  ·  ").append(SafeText.clean(String.join(", ", card.card().topics())));
        }
        String deck = SafeText.clean(card.deck());
        // One column short of the width: a line that fills it would wrap on some terminals.
        int room = width - 1 - Wrap.width(b.toAttributedString().toString()) - 5;
        if (room >= 8) {
            b.append("  ·  ").append(deck.length() <= room ? deck : deck.substring(0, room - 1) + "…");
        }
        return Wrap.truncate(b.toAttributedString(), width - 1);
    }

    /**
     * The keys at the foot of the screen, in full where they fit, else shortened, never cut: the
     * way out ({@code q quit}) and to the rest ({@code ?}) are always there.
     */
    AttributedString footer(QuizSession.Side side, boolean more, int width) {
        return footer(side, Optional.empty(), more, width);
    }

    /**
     * As {@link #footer(QuizSession.Side, boolean, int)}; on the answer side each grade shows when
     * the card would come back after it ("1 again 10m · 2 hard 2d · 3 good 5d · 4 easy 12d").
     */
    AttributedString footer(QuizSession.Side side, Optional<DeckCard> card, boolean more, int width) {
        boolean question = side == QuizSession.Side.QUESTION;
        Map<Grade, Duration> next = question ? Map.of() : card.map(c -> nextIn.apply(c.id())).orElse(Map.of());
        String grades = next.size() == 4 ? "1 again " + brief(next.get(Grade.AGAIN)) + " · 2 hard "
                + brief(next.get(Grade.HARD)) + " · 3 good " + brief(next.get(Grade.GOOD)) + " · 4 easy "
                + brief(next.get(Grade.EASY)) : "1 again · 2 hard · 3 good · 4 easy";
        String full = question ? "Enter show answer · a type answer · s skip · b bury · u undo · e edit · ? keys · q quit"
                : grades + " (Space/Enter good) · u undo · s skip · ? keys · q quit";
        String shorter = question ? "⏎ answer · a type · s skip · b bury · u undo · q quit · ? keys"
                : grades + " · ⏎ good · u undo · q quit · ? keys";
        String short1 = question ? shorter : next.size() == 4 ? grades + " · q quit · ? keys" : shorter;
        String short2 = question ? shorter : next.size() == 4 ? "1 " + brief(next.get(Grade.AGAIN)) + " · 2 "
                + brief(next.get(Grade.HARD)) + " · 3 " + brief(next.get(Grade.GOOD)) + " · 4 "
                + brief(next.get(Grade.EASY)) + " · ⏎ good · q quit · ? keys" : shorter;
        String shortest = question ? "⏎ answer · q quit · ? keys" : "1-4 grade · ⏎ good · q quit · ? keys";
        String scroll = more ? "↓ more (j, PgDn)  " : "";
        String keys = full;
        for (String candidate : new String[] {full, shorter, short1, short2, shortest}) {
            keys = candidate;
            if (Wrap.width(scroll + candidate) <= width) {
                break;
            }
            if (!scroll.isEmpty() && Wrap.width("↓ j  " + candidate) <= width) {
                scroll = "↓ j  ";
                break;
            }
        }
        AttributedStringBuilder footer = new AttributedStringBuilder();
        if (!scroll.isEmpty()) {
            footer.style(styles.accent()).append(scroll);
        }
        footer.style(styles.dim()).append(keys);
        return footer.toAttributedString();
    }

    List<AttributedString> question(DeckCard card, int width) {
        List<AttributedString> out = new ArrayList<>();
        for (AttributedString line : markdown.render(card.card().question(), width)) {
            out.add(new AttributedString(line.toString(), styles.bold()));
        }
        return out;
    }

    List<AttributedString> answer(DeckCard card, int width) {
        return markdown.render(card.card().answer(), width);
    }

    /**
     * The typed answer, its key points marked, then how it measured against the model answer:
     * "Covered 2 of 5 key points (40%); suggested grade: 2 hard.", the points covered and missed.
     */
    List<AttributedString> feedback(AnswerFeedback feedback, String typed, int width) {
        List<AttributedString> out = new ArrayList<>();
        out.add(new AttributedString("Your answer:", styles.bold()));
        for (String line : SafeText.clean(typed).split("\n")) {
            for (AttributedString wrapped : Wrap.lines(new AttributedString(line), Math.max(10, width - 2))) {
                out.add(Marks.apply(new AttributedString("  " + wrapped), feedback.coveredWords(), styles.accent()));
            }
        }
        out.add(AttributedString.EMPTY);
        int all = feedback.covered().size() + feedback.missed().size();
        String count = all == 0 ? "No key points to measure it by"
                : "Covered " + feedback.covered().size() + " of " + all + (all == 1 ? " key point" : " key points");
        out.addAll(Wrap.lines(new AttributedString(count + "; suggested grade: " + feedback.suggested().key() + " "
                + feedback.suggested().word() + ".", styles.bold()), width));
        if (!feedback.covered().isEmpty()) {
            out.addAll(labelled("  covered: ", feedback.covered(), styles.accent(), width));
        }
        if (!feedback.missed().isEmpty()) {
            out.addAll(labelled("  missed:  ", feedback.missed(), styles.heading(), width));
        }
        return out;
    }

    /** "  missed:  a, b, c" wrapped, the lines after the first indented under the first point. */
    private List<AttributedString> labelled(String label, List<String> points, org.jline.utils.AttributedStyle style,
                                            int width) {
        String text = SafeText.clean(String.join(", ", points));
        List<AttributedString> out = new ArrayList<>();
        List<AttributedString> wrapped = Wrap.lines(new AttributedString(text), Math.max(10, width - label.length()));
        for (int i = 0; i < wrapped.size(); i++) {
            AttributedStringBuilder b = new AttributedStringBuilder();
            b.style(i == 0 ? style : styles.plain()).append(i == 0 ? label : " ".repeat(label.length()));
            b.style(styles.plain()).append(wrapped.get(i));
            out.add(b.toAttributedString());
        }
        return out;
    }

    /** The model answer with the key points the typed answer covered and missed marked. */
    List<AttributedString> answer(DeckCard card, AnswerFeedback feedback, int width) {
        List<AttributedString> out = new ArrayList<>();
        for (AttributedString line : markdown.render(card.card().answer(), width)) {
            out.add(Marks.apply(Marks.apply(line, feedback.missed(), styles.heading()), feedback.covered(), styles.accent()));
        }
        return out;
    }

    /** A time until a card comes back, as short as it can be read: "1m", "10m", "3h", "5d", "2.5mo", "1.2y". */
    static String brief(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return minutes < 1 ? "<1m" : minutes + "m";
        }
        if (minutes < 20 * 60) {
            // A day that is 23 or 25 hours long (clocks changed) is still a day.
            return (minutes / 60) + "h";
        }
        long days = Math.max(1, Math.round(minutes / (24.0 * 60)));
        if (days < 30) {
            return days + "d";
        }
        if (days < 360) {
            return String.format(java.util.Locale.ROOT, "%.1fmo", days / 30.0).replace(".0mo", "mo");
        }
        return String.format(java.util.Locale.ROOT, "%.1fy", days / 365.0).replace(".0y", "y");
    }

    /** "Saved: good. Box 1 -> 2, due 2026-11-26." */
    String saved(Review review) {
        CardState after = states.apply(review.card());
        LocalDate due = leitner.due(after, today);
        String when = due.equals(today) ? "again today" : due.equals(today.plusDays(1)) ? "tomorrow" : due.toString();
        return "Saved: " + review.grade().word() + ". Box " + review.boxBefore() + " -> " + review.boxAfter()
                + ", due " + when + ".";
    }

    /** The plain quiz's grade prompt, each grade with when the card would come back after it when that is known. */
    String gradePrompt(DeckCard card) {
        Map<Grade, Duration> next = nextIn.apply(card.id());
        String grades = next.size() == 4 ? "1 again " + brief(next.get(Grade.AGAIN)) + ", 2 hard "
                + brief(next.get(Grade.HARD)) + ", 3 good " + brief(next.get(Grade.GOOD)) + ", 4 easy "
                + brief(next.get(Grade.EASY)) : "1 again, 2 hard, 3 good, 4 easy";
        return "Grade: " + grades + " (u undo, s skip, b bury, q quit):";
    }

    /**
     * The keys, as lines at most {@code width} wide: each key with what it does is kept whole
     * ("b  bury until tomorrow" never breaks), and the keys of a kind start a line of their own.
     */
    static List<String> keys(boolean typedMode, int width) {
        List<List<String>> groups = typedMode
                ? List.of(List.of("Type your answer; an empty line submits it."),
                        List.of(":u undo the last grade", ":s skip", ":b bury until tomorrow", ":e edit", ":q quit"),
                        List.of("Then grade: 1 again  2 hard  3 good  4 easy", "(Enter: good)"))
                : List.of(List.of("Enter/Space  show the answer", "a  type an answer first"),
                        List.of("1 again  2 hard  3 good  4 easy", "(Space/Enter on the answer: good)"),
                        List.of("u  undo the last grade", "s  skip (comes back at the end)", "b  bury until tomorrow",
                                "e  edit the card in $EDITOR", "j/k, arrows, PgUp/PgDn  scroll", "?  these keys",
                                "q  quit"));
        List<String> out = new java.util.ArrayList<>();
        for (List<String> group : groups) {
            StringBuilder line = new StringBuilder();
            for (String key : group) {
                if (line.length() > 0 && Wrap.width(line) + 3 + Wrap.width(key) > width) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? "   " : "").append(key);
            }
            out.add(line.toString());
        }
        return out;
    }
}
