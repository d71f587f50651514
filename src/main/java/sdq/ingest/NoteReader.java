package sdq.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one notes file into card drafts: decodes and repairs the text, then lets each extractor
 * whose shape the notes have take its cards, most specific first, each from the lines the ones
 * before it left. What looks like a question but became no card is reported, with its line.
 */
public final class NoteReader {
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s.*");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:[-*+•]|\\d{1,3}[.)])\\s+");

    private NoteReader() {
    }

    /** Reads the bytes of the notes file named {@code name}. */
    public static ReadNote read(String name, byte[] bytes) {
        DecodedText decoded = DecodedText.of(name, bytes);
        return read(name, decoded.text(), decoded.encoding(), decoded.repaired());
    }

    static ReadNote read(String name, String text, String encoding, int repaired) {
        Note note = new Note(name, text);
        boolean markdown = isMarkdown(note);
        List<Extractor> extractors = List.of(new DetailsBlocks(), new WebPageText(), new QuestionBlocks(markdown),
                new HeadingQuestions(), new LabelledPairs());
        Extraction all = Extraction.empty();
        List<String> shapes = new ArrayList<>();
        for (Extractor extractor : extractors) {
            if (extractor.score(note) == 0) {
                continue;
            }
            Extraction found = extractor.extract(note);
            note.use(found);
            for (Skip skip : found.skipped()) {
                note.use(skip.line() - 1, skip.line());
            }
            if (!found.drafts().isEmpty()) {
                shapes.add(extractor.name());
            }
            all = all.plus(found);
        }
        List<Draft> drafts = new ArrayList<>(all.drafts());
        return new ReadNote(title(note), drafts, skips(note, all.skipped()), shapes, encoding, repaired);
    }

    /** The skips of the extractors, and the questions and page furniture nobody took, by line. */
    private static List<Skip> skips(Note note, List<Skip> found) {
        Map<Integer, Skip> byLine = new LinkedHashMap<>();
        for (Skip skip : found) {
            byLine.putIfAbsent(skip.line(), skip);
        }
        for (int i = 0; i < note.size(); i++) {
            if (note.isUsed(i) || byLine.containsKey(i + 1)) {
                continue;
            }
            String line = note.line(i).strip();
            if (Lines.isNoise(line)) {
                byLine.put(i + 1, new Skip(i + 1, line, "navigation or footer text"));
                continue;
            }
            String text = Lines.stripEmphasis(LIST_MARK.matcher(line).replaceFirst("")).replaceAll("^[\"“]|[\"”]$", "");
            if (text.endsWith("?") && text.length() > 12 && !text.startsWith("|")) {
                byLine.put(i + 1, new Skip(i + 1, text, "a question with no answer"));
            }
        }
        List<Skip> out = new ArrayList<>(byLine.values());
        out.sort(Comparator.comparingInt(Skip::line));
        return out;
    }

    /** A heading, a fence, a quote, bold text or a link: signs that a file is Markdown. */
    private static boolean isMarkdownLine(String line) {
        String t = line.stripLeading();
        if (t.startsWith("#")) {
            return HEADING.matcher(t).matches();
        }
        if (t.startsWith("```") || t.startsWith("~~~") || t.startsWith("> ")) {
            return true;
        }
        int bold = t.indexOf("**");
        return bold >= 0 && t.indexOf("**", bold + 3) > 0 || t.contains("](");
    }

    private static boolean isMarkdown(Note note) {
        int signs = 0;
        for (String line : note.lines()) {
            if (isMarkdownLine(line) && ++signs >= 3) {
                return true;
            }
        }
        return false;
    }

    /** The notes' title: their first line that is not page furniture, without markup or emoji. */
    static String title(Note note) {
        for (String line : note.lines()) {
            if (line.isBlank() || Lines.isNoise(line)) {
                continue;
            }
            String t = Lines.stripEmphasis(line.strip().replaceFirst("^#{1,6}\\s+", "").replaceFirst("\\s+#+$", ""));
            t = t.replaceAll("[^\\p{L}\\p{N}\\p{P}\\p{Zs}+=<>|~^$]", "").replaceAll("\\s+", " ").strip();
            if (!t.isEmpty()) {
                return t.length() > 120 ? t.substring(0, 120).strip() : t;
            }
        }
        return note.name();
    }
}
