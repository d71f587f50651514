package sdq.ingest;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import sdq.ingest.doc.Block;
import sdq.ingest.doc.Document;
import sdq.ingest.doc.EmailText;
import sdq.ingest.doc.Furniture;
import sdq.ingest.doc.Inline;

/**
 * The title of a notes file, which names its deck: the one the document gives itself (front
 * matter, {@code #+TITLE:}, {@code <title>}, a Logseq {@code title::} page property), else its
 * first heading or first line of text, read from its blocks so that markup, tags, properties and
 * front matter never become the title; else the file's name, without its extension.
 */
final class Titles {
    /** A line of tags only: {@code #flashcards/system-design #review}. */
    private static final Pattern TAGS = Pattern.compile("(?:#[\\p{L}\\p{N}_/\\-\\[\\]]+\\s*)+");
    /** A Logseq or Dataview property line: {@code key:: value}. */
    private static final Pattern PROPERTY = Pattern.compile("^(?:- )?([A-Za-z][\\w-]*)::(?:\\s+(.*))?$");
    /** Tags after a title: "Kafka notes #interview/system-design #kafka". */
    private static final Pattern TRAILING_TAGS = Pattern.compile("(?<=\\S)(?:\\s+\\\\?#[\\p{L}][\\p{L}\\p{N}_/-]*)+\\s*$");
    /** A question, or a line labelled as one or as a speaker's turn: the first card, not a title. */
    private static final Pattern QUESTION = Pattern.compile(
            "(?iu)^(?:(?:q\\s*\\d{0,3}|ques|question\\s*#?\\d{0,4})\\s*[:：.)]"
            + "|(?:interviewer|user|human|you(?:\\s+(?:said|asked|wrote))?)\\s*[:：])\\s*\\S.*|.*[?？]$");
    /** Blocks read for a title before the file's name is taken instead. */
    private static final int LOOK = 6;

    private Titles() {
    }

    static String of(String file, String text, Document document) {
        return of(file, text, document, -1);
    }

    /**
     * The title; {@code firstCard}: the line of the notes' first card (-1: none known), which a
     * question that titles the notes must be to give way to the file's name.
     */
    static String of(String file, String text, Document document, int firstCard) {
        // The file's name without its directory or extension: "notes/roam-export.md" is "roam-export".
        String name = file.replaceFirst("^.*[/\\\\]", "").replaceFirst("(?<=.)\\.[A-Za-z0-9]{1,10}$", "");
        Optional<String> given = document.title().map(Titles::clean).filter(t -> !t.isEmpty())
                .or(() -> pageProperty(text))
                .or(() -> EmailText.subject(text).map(Titles::clean));
        if (given.isPresent()) {
            return given.get();
        }
        int seen = 0;
        for (Block block : document.blocks()) {
            if (seen++ == LOOK) {
                break;
            }
            if (!givesTitle(block)) {
                return name;
            }
            Optional<String> title = titleOf(block);
            if (title.isPresent() && !title.get().isEmpty()) {
                // Notes that start with their first card have no title of their own: the file names them.
                // A question over notes that answer others ("# What is Kubernetes?") still titles them.
                boolean firstCardHere = firstCard < 0 || firstCard >= block.line() && firstCard <= block.endLine();
                return asks(title.get()) && firstCardHere ? name : title.get();
            }
        }
        return name;
    }

    /** Whether a title is read from a block, or passed over: not from a list, a table, a quote, code. */
    private static boolean givesTitle(Block block) {
        return block instanceof Block.Heading || block instanceof Block.Paragraph || block instanceof Block.Text
                || block instanceof Block.Html || block instanceof Block.Skipped || block instanceof Block.Rule
                || block instanceof Block.Declared;
    }

    /** The title a block gives, if it gives one. */
    private static Optional<String> titleOf(Block block) {
        if (block instanceof Block.Heading h) {
            return Optional.of(clean(Inline.plain(h.text())));
        }
        if (block instanceof Block.Paragraph p) {
            return firstText(p.lines().stream().map(Block.Line::text));
        }
        if (block instanceof Block.Text t) {
            return firstText(t.markdown().lines());
        }
        if (block instanceof Block.Html h) {
            return Optional.of(clean(Jsoup.parse(h.markdown()).text()));
        }
        return Optional.empty();
    }

    private static Optional<String> firstText(java.util.stream.Stream<String> lines) {
        return lines.map(String::strip).filter(l -> !notTitle(l)).findFirst().map(l -> clean(Inline.plain(l)));
    }

    /** {@code title:: Load balancing} among the first lines of a Logseq page. */
    private static Optional<String> pageProperty(String text) {
        int n = 0;
        for (String line : text.lines().toList()) {
            if (line.isBlank()) {
                continue;
            }
            var m = PROPERTY.matcher(line.strip());
            if (!m.matches() || ++n > 12) {
                return Optional.empty();
            }
            if (m.group(1).equalsIgnoreCase("title") && m.group(2) != null && !m.group(2).isBlank()) {
                return Optional.of(clean(m.group(2)));
            }
        }
        return Optional.empty();
    }

    private static boolean asks(String title) {
        return QUESTION.matcher(title.strip()).matches();
    }

    private static boolean notTitle(String line) {
        return line.isEmpty() || TAGS.matcher(line).matches() || PROPERTY.matcher(line).matches()
                || Furniture.isNoise(line) || Furniture.isLinkRow(line);
    }

    /** Without markup characters or emoji, spaces joined, at most 120 characters. */
    /** The id a notes app puts after a page's title when it exports it ("Caching 2b1c9e0f5d2a4c8e..."). */
    private static final Pattern EXPORT_ID = Pattern.compile("(?<=\\S)\\s+(?=[0-9a-f]*\\d)(?=[0-9a-f]*[a-f])[0-9a-f]{16,32}$");

    private static String clean(String title) {
        String t = TRAILING_TAGS.matcher(title.strip().replaceFirst("^#{1,6}\\s+", "")).replaceFirst("");
        t = EXPORT_ID.matcher(t).replaceFirst("");
        t = t.replaceAll("[^\\p{L}\\p{N}\\p{P}\\p{Zs}+=<>|~^$]", "").replaceAll("\\s+", " ").strip();
        return t.length() > 120 ? t.substring(0, 120).strip() : t;
    }
}
