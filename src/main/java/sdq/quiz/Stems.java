package sdq.quiz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words of a text as their English stems (Lucene's analyzer: lower case, possessives and
 * stop words dropped, Porter stemming), so that "replicate" meets "replication" and "caches"
 * meets "caching"; and whether two stems are near enough to count as one (a typo apart).
 */
final class Stems {
    /** A stem and the word of the text it came from. */
    record Word(String stem, String text) {
    }

    private static final CharArraySet STOP;

    static {
        CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        stop.addAll(Arrays.asList("can", "use", "using", "used", "e.g", "eg", "i.e", "ie", "vs", "via", "per", "do",
                "does", "its", "you", "your", "we", "our", "so", "than", "also", "which", "what", "when", "how", "why",
                "who", "would", "should", "could", "may", "might", "must", "has", "have", "had", "been", "being", "each",
                "any", "all", "more", "most", "other", "some", "only", "one", "two", "etc", "like", "just", "very",
                "from", "about", "over", "up", "out", "because", "while", "where", "them", "him", "her", "his", "i"));
        STOP = CharArraySet.unmodifiableSet(stop);
    }

    private static final Analyzer ANALYZER = new EnglishAnalyzer(STOP);
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

    private Stems() {
    }

    /** The words of the text that are not stop words, in order, each with its stem. */
    static List<Word> of(String text) {
        List<Word> out = new ArrayList<>();
        try (TokenStream tokens = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                out.add(new Word(term.toString(), text.substring(offset.startOffset(), offset.endOffset())));
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The stems alone. */
    static List<String> stems(String text) {
        return of(text).stream().map(Word::stem).toList();
    }

    /** The same stem, or (for stems of five letters or more) one typo apart. */
    static boolean near(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() < 5 || b.length() < 5 || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        return ONE_EDIT.apply(a, b) >= 0;
    }
}
