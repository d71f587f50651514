package sdq.quiz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import sdq.schedule.Grade;

/**
 * How much of a model answer a typed answer covers: which of its key points ({@link KeyPoints})
 * the typed answer has, in any form of their words ("replicate it" covers "key replication"), and
 * the grade that suggests. An answer that shares nothing with the model answer is off the topic.
 *
 * @param covered      key points the typed answer has
 * @param missed       key points it lacks
 * @param coveredWords the words of the typed answer that covered a point (to mark them)
 * @param coverage     covered / all, 0 to 1
 * @param suggested    the grade it suggests
 */
public record AnswerFeedback(List<String> covered, List<String> missed, List<String> coveredWords, double coverage,
                             Grade suggested) {
    public AnswerFeedback {
        covered = List.copyOf(covered);
        missed = List.copyOf(missed);
        coveredWords = List.copyOf(coveredWords);
    }

    /** A key point counts as covered when this share of its words (rounded up) was said. */
    private static final double POINT_SHARE = 0.6;
    /** How many key points a full answer names: a long answer has more than anyone types. */
    private static final int FULL = 5;
    /** How many of the answer's own words a full answer says. */
    private static final int CONTENT_WORDS = 12;
    /** The suggested grade weighs the key points covered so much, the answer's words said the rest. */
    private static final double POINTS_WEIGHT = 0.6;

    public static AnswerFeedback of(String question, AnswerText answer, String typed) {
        List<KeyPoints.Point> points = KeyPoints.of(question, answer);
        List<Stems.Word> said = Stems.of(typed);
        List<String> covered = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        Set<String> words = new LinkedHashSet<>();
        Set<String> asked = new java.util.HashSet<>(Stems.stems(question));
        java.util.Map<String, Integer> shared = new java.util.HashMap<>();
        points.forEach(p -> new LinkedHashSet<>(p.stems()).forEach(t -> shared.merge(t, 1, Integer::sum)));
        for (KeyPoints.Point point : points) {
            List<Stems.Word> hits = hits(point.stems(), point.words(), said);
            List<Stems.Word> other = hits(point.otherStems(), List.of(), said);
            // Its own word (in no other point, not in the question) is enough for a point of two or three words.
            boolean ownWord = point.stems().size() > 1 && point.stems().size() <= 3 && hits.stream().anyMatch(w ->
                    point.stems().stream().anyMatch(t -> Stems.near(w.stem(), t) && shared.get(t) == 1 && !asked.contains(t)));
            boolean main = enough(hits, point.stems()) || ownWord;
            if (main || !point.otherStems().isEmpty() && enough(other, point.otherStems())) {
                covered.add(point.phrase());
                (main ? hits : other).forEach(w -> words.add(w.text()));
            } else {
                missed.add(point.phrase());
            }
        }
        double overlap = overlap(answer, said);
        Set<String> own = own(answer, asked);
        long ownSaid = own.stream().filter(t -> said.stream().anyMatch(w -> Stems.near(w.stem(), t))).count();
        // How much of the answer's own matter was said, out of as many words as a full answer would name.
        double content = own.isEmpty() ? 0 : Math.min(1.0, (double) ownSaid / Math.min(CONTENT_WORDS, own.size()));
        double coverage = points.isEmpty() ? content : Math.min(1.0, (double) covered.size() / Math.min(FULL, points.size()));
        double score = points.isEmpty() ? content : POINTS_WEIGHT * coverage + (1 - POINTS_WEIGHT) * content;
        boolean touches = ownSaid >= 3 || points.stream().flatMap(p -> p.stems().stream())
                .anyMatch(t -> said.stream().anyMatch(w -> Stems.near(w.stem(), t)));
        return new AnswerFeedback(covered, missed, List.copyOf(words), coverage, suggest(score, overlap, touches, typed));
    }

    private static boolean enough(List<Stems.Word> hits, List<String> stems) {
        return !stems.isEmpty() && hits.size() >= Math.max(1, (int) Math.ceil(stems.size() * POINT_SHARE));
    }

    /** The answer's own words: not the question's, not numbers. */
    private static Set<String> own(AnswerText answer, Set<String> asked) {
        Set<String> own = new LinkedHashSet<>();
        for (String stem : Stems.stems(answer.plain())) {
            if (!asked.contains(stem) && stem.chars().anyMatch(Character::isLetter) && stem.length() > 2) {
                own.add(stem);
            }
        }
        return own;
    }

    /** The words said that meet a stem of the point (or, a typo apart, one of its words). */
    private static List<Stems.Word> hits(List<String> stems, List<String> pointWords, List<Stems.Word> said) {
        List<Stems.Word> out = new ArrayList<>();
        for (int k = 0; k < stems.size(); k++) {
            String stem = stems.get(k);
            String word = k < pointWords.size() ? pointWords.get(k) : stem;
            said.stream().filter(w -> Stems.near(w.stem(), stem) || Stems.near(w.text().toLowerCase(java.util.Locale.ROOT),
                    word)).findFirst().ifPresent(out::add);
        }
        return out;
    }

    /** How much of what was said is about the answer at all: the share of its words the answer has. */
    private static double overlap(AnswerText answer, List<Stems.Word> said) {
        if (said.isEmpty()) {
            return 0;
        }
        Set<String> known = new LinkedHashSet<>(Stems.stems(answer.plain()));
        long on = said.stream().filter(w -> known.stream().anyMatch(k -> Stems.near(k, w.stem()))).count();
        return (double) on / said.size();
    }

    /**
     * Again for nothing typed, or nothing of the answer's; hard for a little of it (a word of a
     * key point, or a few of the answer's own words, in words mostly the answer's); then good, or
     * easy for nearly all.
     */
    private static Grade suggest(double score, double overlap, boolean touchesAPoint, String typed) {
        if (typed.isBlank() || overlap < 0.15) {
            return Grade.AGAIN;
        }
        if (score < 0.2) {
            return overlap >= 0.5 && touchesAPoint ? Grade.HARD : Grade.AGAIN;
        }
        if (score < 0.5) {
            return Grade.HARD;
        }
        return score >= 0.9 ? Grade.EASY : Grade.GOOD;
    }
}
