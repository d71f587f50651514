package sdq.ingest.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sdq.ingest.doc.Block;
import sdq.ingest.doc.Inline;

/**
 * A paragraph of glossary lines, each a term, a dash and what it means ("Quorum — the fewest
 * replicas that must agree"): as notes apps export a list of terms, or as people type one. Each
 * line is a card, the term its question. A dash between words of a sentence is no glossary: the
 * term is at most six words and every line of the paragraph must be one.
 */
final class Glossary {
    /** A term, an em or en dash (or {@code --}) set off by spaces, and its meaning. */
    private static final Pattern LINE = Pattern.compile("^(\\S.{0,59}?)\\s+(?:[—–]|--)\\s+(\\S.*)$");
    /** Under a heading that names a glossary, also a hyphen ("CAP - ...") or a colon ("CAP: ..."). */
    private static final Pattern LOOSE_LINE = Pattern.compile("^(\\S.{0,59}?)(?:\\s+(?:[—–-]|--)\\s+|\\s*[:：]\\s+)(\\S.*)$");

    /** A list item led by a bold term and a colon or dash: "**Quorum:** the fewest ...", "**Quorum** — the fewest ...". */
    private static final Pattern BOLD_TERM = Pattern.compile(
            "^(\\*\\*|__)(?:([^*_]{1,60}?)\\s*[:：]\\1|([^*_]{1,60}?)\\1\\s*(?:[:：]|--|[—–-]))\\s*(\\S.*)$");

    /**
     * A word that says terms follow: "Glossary", "Key terms", "Vocabulary list", "Terms to know",
     * "Definitions (week 3)", "Cheat sheet". Not a word inside another ("Short-term", "Long-term").
     */
    private static final Pattern GLOSSARY_WORD = Pattern.compile("(?iu)(?<![\\p{L}-])(?:glossary|terms|terminology"
            + "|definitions|vocabulary|vocab|jargon|acronyms|abbreviations|keywords|key\\s+words|key\\s+terms?"
            + "|cheat\\s*-?\\s*sheets?|lexicon)(?![\\p{L}-])");
    /** Headings with such a word that name no glossary: "Terms of service", "In terms of cost". */
    private static final Pattern NOT_GLOSSARY = Pattern.compile(
            "(?iu)\\bterms\\s+(?:of\\s+(?:service|use)|and\\s+conditions)|\\bin\\s+terms\\s+of\\b");
    /** The most words a glossary heading has: a longer one is a sentence that mentions terms. */
    private static final int HEADING_WORDS = 6;
    /** Words that label a line of notes rather than name a term: "Note: ...", "Source: ...". */
    private static final java.util.Set<String> NOT_TERMS = java.util.Set.of("note", "notes", "nb", "tip", "tips",
            "todo", "warning", "example", "e.g", "see", "update", "edit", "credit", "credits", "ps", "caveat",
            "remember", "summary", "tldr", "tl;dr");
    /** Words a sentence starts with and a term does not: "The trick with these words - ...". */
    private static final java.util.Set<String> SENTENCE_STARTS = java.util.Set.of("the", "a", "an", "this", "these",
            "that", "those", "it", "i", "we", "you", "they", "he", "she", "in", "on", "at", "and", "but", "so", "if",
            "when", "my", "our", "your", "there", "here", "then", "also");
    /** The most words a term set off by a hyphen or colon has when it starts as a sentence may. */
    private static final int LOOSE_TERM_WORDS = 4;

    /**
     * Whether a list of bold terms under this heading is a glossary: elsewhere ("## Split brain",
     * then "- **Problem:** ...", "- **Fix:** ...") bold leads set out the parts of one explanation.
     */
    static boolean isGlossarySection(String heading) {
        // "2. Key terms (typed on my phone)", "📖 Glossary": the number, emoji and aside are not part of the name.
        String plain = Inline.plain(heading).replaceAll("\\([^)]*\\)|\\[[^\\]]*\\]", " ")
                .replaceAll("^[^\\p{L}]+", "").replaceAll("\\s+", " ").strip();
        return !plain.isEmpty() && plain.split(" ").length <= HEADING_WORDS && GLOSSARY_WORD.matcher(plain).find()
                && !NOT_GLOSSARY.matcher(plain).find();
    }

    /** One line: the term, what it means, and its line; or (term empty) a note among the lines ("Note: ..."). */
    record Entry(String term, String meaning, int line) {
        boolean note() {
            return term.isEmpty();
        }
    }

    /** "Note: all of these come up in the CDN question": a line that labels itself a note, not a term. */
    private static final Pattern NOTE = Pattern.compile("(?iu)^(?:\\*\\*)?(?:note|notes|nb|n\\.b\\.|ps|p\\.s\\.|tip|todo"
            + "|warning|caveat|remember|edit|update|see also|source|sources|ref|refs|references?)(?:\\*\\*)?\\s*[:：](?:\\*\\*)?\\s+\\S.*");

    /** A list entry: the term, the blocks of its meaning, and its line. */
    record ListEntry(String term, List<Block> meaning, int line) {
    }

    private Glossary() {
    }

    /**
     * The entries of a list under a heading that names a glossary, when every item of it (two or
     * more) starts with a term: a bold one and a colon or dash ("- **Quorum:** the fewest replicas
     * that must agree"), or one set off as a glossary line there is ("- Quorum - the fewest
     * ...", "- Quorum: the fewest ...", "- Quorum — ..."); what is under an item goes on its
     * meaning.
     */
    static Optional<List<ListEntry>> of(Block.ListBlock list) {
        if (list.items().size() < 2) {
            return Optional.empty();
        }
        List<ListEntry> out = new ArrayList<>();
        for (Block.Item item : list.items()) {
            if (item.children().isEmpty() || !(item.children().get(0) instanceof Block.Paragraph p)) {
                return Optional.empty();
            }
            if (!out.isEmpty() && NOTE.matcher(p.lines().get(0).text().strip()).matches()) {
                // "- Note: these come up in the CDN question": a note among the terms, no card.
                continue;
            }
            Matcher m = BOLD_TERM.matcher(p.lines().get(0).text().strip());
            String term;
            String rest;
            if (m.matches()) {
                term = (m.group(2) != null ? m.group(2) : m.group(3)).strip();
                rest = m.group(4).strip();
            } else {
                Optional<Entry> line = entry(p.lines().get(0), true);
                if (line.isEmpty()) {
                    return Optional.empty();
                }
                term = line.get().term();
                rest = line.get().meaning();
            }
            String plain = Inline.plain(term);
            if (plain.isEmpty() || plain.split("\\s+").length > 6 || plain.endsWith("?") || plain.endsWith(".")) {
                return Optional.empty();
            }
            List<Block.Line> lines = new ArrayList<>(p.lines());
            lines.set(0, new Block.Line(lines.get(0).number(), rest));
            List<Block> meaning = new ArrayList<>();
            meaning.add(new Block.Paragraph(lines));
            meaning.addAll(item.children().subList(1, item.children().size()));
            out.add(new ListEntry(term, meaning, item.line()));
        }
        return out.size() >= 2 ? Optional.of(out) : Optional.empty();
    }

    /** The entries, when the paragraph is two or more glossary lines and nothing else. */
    static Optional<List<Entry>> of(Block.Paragraph p) {
        return of(p, false);
    }

    /**
     * As {@link #of(Block.Paragraph)}; {@code glossary}: under a heading that names one, a hyphen
     * or colon may set the term off, and the paragraph is a glossary when it starts with a term
     * and half its lines or more are terms: a line that is none goes on the meaning before it
     * (a meaning wrapped onto the next line), but a note ("Note: ...") is an entry of its own
     * with no term, which is no card.
     */
    static Optional<List<Entry>> of(Block.Paragraph p, boolean glossary) {
        if (p.lines().size() < 2) {
            return Optional.empty();
        }
        List<Entry> out = new ArrayList<>();
        for (Block.Line line : p.lines()) {
            boolean note = glossary && !out.isEmpty() && NOTE.matcher(line.text().strip()).matches();
            Optional<Entry> entry = note ? Optional.empty() : entry(line, glossary);
            if (entry.isPresent()) {
                out.add(entry.get());
            } else if (note) {
                out.add(new Entry("", line.text().strip(), line.number()));
            } else if (!glossary || out.isEmpty()) {
                return Optional.empty();
            } else {
                Entry last = out.remove(out.size() - 1);
                if (last.note()) {
                    out.add(last);
                    out.add(new Entry("", line.text().strip(), line.number()));
                    continue;
                }
                out.add(new Entry(last.term(), last.meaning() + " " + line.text().strip(), last.line()));
            }
        }
        long terms = out.stream().filter(e -> !e.note()).count();
        return terms >= 2 && terms * 2 >= p.lines().size() ? Optional.of(out) : Optional.empty();
    }

    /** The term and meaning a line sets out, if it does. */
    private static Optional<Entry> entry(Block.Line line, boolean glossary) {
        String text = line.text().strip();
        Matcher m = LINE.matcher(text);
        boolean loose = false;
        if (!m.matches() && glossary) {
            m = LOOSE_LINE.matcher(text);
            loose = true;
        }
        if (!m.matches()) {
            return Optional.empty();
        }
        String term = m.group(1).replaceFirst("^\\*\\*(.+)\\*\\*$", "$1").strip();
        String plain = Inline.plain(term);
        String[] words = plain.split("\\s+");
        if (words.length > 6 || plain.endsWith("?") || plain.endsWith(".") || plain.endsWith(",")) {
            return Optional.empty();
        }
        String first = words[0].toLowerCase(java.util.Locale.ROOT);
        boolean sentence = SENTENCE_STARTS.contains(first) || Character.isLowerCase(plain.codePointAt(0));
        if (loose && (words.length > LOOSE_TERM_WORDS && sentence || NOT_TERMS.contains(plain.toLowerCase(java.util.Locale.ROOT)))) {
            return Optional.empty();
        }
        return Optional.of(new Entry(term, m.group(2).strip(), line.number()));
    }
}
