package sdq.ingest.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sdq.ingest.doc.Block;
import sdq.ingest.doc.Furniture;
import sdq.ingest.doc.Inline;
import sdq.ingest.doc.Markdown;

/**
 * What makes an answer: the blocks under a question tidied (rules, comments and page furniture
 * left out, a lone quotation unwrapped), and why some are no answer at all: nothing, only
 * markup or tags, only "TODO", only a link elsewhere, or a to-do list.
 */
final class Answers {
    private static final Set<String> PLACEHOLDERS = Set.of("todo", "tbd", "tba", "wip", "fixme", "to do", "xxx",
            "coming soon", "answer", "placeholder", "write me", "n/a", "na", "none", "tk", "later", "待补充", "待定");
    /** Punctuation, spaces, and emoji and symbols ("😊", "👍"): no words. */
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}\\p{So}\\p{Sk}\\p{Cs}\\uFE0F\\u200D…\\s]+");
    private static final Pattern ENDS = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern ELSEWHERE = Pattern.compile("(?iu)^(see|refer to|check( out)?|read|go to|visit|look at"
            + "|details (are )?in|more (is )?in|documented in|explained in|covered in|answered in|siehe|voir|consultez"
            + "|ask (on|in|at)|please see|for (more|details)|more (details|information) (in|at|on))\\b");
    private static final Pattern POINTER = Pattern.compile("(?iu)\\]\\(|:ref:|:doc:|<<|link:|https?://|\\b(page|section"
            + "|documentation|docs|guide|faq|chapter|article|below|above|here|community|website|wiki|mailing list"
            + "|forum|tutorial|manual)\\b");
    /** A link to a place in the same page, alone on its line: navigation ("Back to top"). */
    private static final Pattern IN_PAGE_LINK = Pattern.compile("^(\\[[^\\]]*\\]\\(#[^)]*\\)\\s*)+$");
    private static final Pattern CLAUSE = Pattern.compile("^|,\\s+|;\\s+(?=see\\b)");
    /** Images by reference only ("![][image1]", as Google Docs exports them, the image far below as data). */
    private static final Pattern IMAGE_BY_REFERENCE = Pattern.compile("^(?:!\\[[^\\]]*\\]\\[[^\\]]*\\]\\s*)+$");
    private static final Pattern TAGS = Pattern.compile("(?u)^(#[\\p{L}\\p{N}_/-]+\\s*)+$");

    private Answers() {
    }

    /** Whether a block says anything: not a rule, a comment or set-aside text. */
    static boolean hasContent(Block b) {
        if (b instanceof Block.Rule || b instanceof Block.Skipped) {
            return false;
        }
        if (b instanceof Block.Html h) {
            return !Inline.plain(COMMENT.matcher(h.markdown()).replaceAll("")).isBlank();
        }
        if (b instanceof Block.Paragraph p) {
            String md = p.markdown();
            for (int k = 0; k < md.length(); k++) {
                if (Character.isLetterOrDigit(md.charAt(k)) && md.charAt(k) < 128) {
                    // Words in plain sight: no need to take the markup off to see them.
                    return md.indexOf('<') < 0 && md.indexOf('[') < 0 || !Inline.plain(md).isBlank();
                }
            }
            return !Inline.plain(md).isBlank();
        }
        return !b.markdown().isBlank();
    }

    /**
     * The blocks of an answer: without rules, comments, page furniture and set-aside text; a lone
     * quotation unwrapped. A page's footer ("Related articles", a copyright line, a row of links)
     * ends it: nothing after it answers anything.
     */
    static List<Block> tidy(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            if (k > 0 && startsFooter(b)) {
                break;
            }
            if (!hasContent(b) || b instanceof Block.Paragraph tags && tags.markdown().indexOf('#') >= 0
                    && TAGS.matcher(Inline.plain(tags.markdown())).matches()
                    || b instanceof Block.Paragraph p && p.lines().size() == 1 && (Furniture.isNoise(p.markdown())
                    && !ELSEWHERE.matcher(Inline.plain(p.markdown())).find()
                    || IN_PAGE_LINK.matcher(Inline.unwrapStrong(p.markdown().strip())).matches()
                    || IMAGE_BY_REFERENCE.matcher(p.markdown().strip()).matches())) {
                continue;
            }
            out.add(b);
        }
        if (out.size() == 1 && out.get(0) instanceof Block.Quote q) {
            return tidy(q.children());
        }
        if (!out.isEmpty() && out.get(0) instanceof Block.Paragraph p) {
            // "👉 A metric such as CPU...": the pointer before an answer is decoration.
            String first = p.lines().get(0).text();
            String bare = Questions.withoutLeadingDecoration(first.stripLeading());
            if (!bare.equals(first.stripLeading()) && !bare.isBlank()) {
                List<Block.Line> lines = new ArrayList<>(p.lines());
                lines.set(0, new Block.Line(lines.get(0).number(), bare));
                out.set(0, new Block.Paragraph(lines));
            }
        }
        return out;
    }

    /** A paragraph, a definition or preformatted text whose first line starts a page's footer. */
    private static boolean startsFooter(Block b) {
        String first;
        if (b instanceof Block.Paragraph p) {
            first = Inline.plain(p.lines().get(0).text());
        } else if (b instanceof Block.Definition d) {
            first = Inline.plain(d.term());
        } else {
            return false;
        }
        return Furniture.startsFooter(Inline.unwrapStrong(first.strip()));
    }

    /** The answer as Markdown: its blocks a paragraph apart, a quotation in quote marks without them. */
    static String markdown(List<Block> blocks, boolean source) {
        return unquote(Markdown.join(blocks, source));
    }

    /** Why these blocks are no answer, if they are none. */
    static Optional<String> whyNot(List<Block> blocks) {
        if (blocks.isEmpty()) {
            return Optional.of("a question with no answer");
        }
        boolean allOpenTasks = true;
        int length = 0;
        for (Block b : blocks) {
            allOpenTasks &= b instanceof Block.ListBlock l && l.items().stream().allMatch(i -> i.task() == Block.Task.OPEN);
            length += b.markdown().length();
        }
        if (allOpenTasks) {
            return Optional.of("a to-do list, not an answer");
        }
        if (blocks.stream().allMatch(Answers::onlyLinks)) {
            return Optional.of("an answer that only points elsewhere");
        }
        if (length > 600) {
            // Placeholders, tags and pointers are short: a longer answer is an answer.
            return Optional.empty();
        }
        StringBuilder plain = new StringBuilder();
        for (Block b : blocks) {
            plain.append(' ').append(Inline.plain(b.markdown()));
        }
        String text = plain.toString().strip();
        if (text.length() <= 40) {
            String words = PUNCTUATION.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
            if (words.isEmpty() || text.startsWith("#") && TAGS.matcher(text).matches()) {
                return Optional.of("an answer of only markup or tags");
            }
            String bare = ENDS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
            if (PLACEHOLDERS.contains(words) || PLACEHOLDERS.contains(bare)) {
                return Optional.of("an answer that is only \"" + text + "\"");
            }
        } else if (text.startsWith("#") && TAGS.matcher(text).matches()) {
            return Optional.of("an answer of only markup or tags");
        }
        if (blocks.size() == 1 && blocks.get(0) instanceof Block.Paragraph p && pointsElsewhere(p.markdown(), text)) {
            return Optional.of("an answer that only points elsewhere");
        }
        return Optional.empty();
    }

    /** A list of nothing but links, as tables of contents are. */
    private static boolean onlyLinks(Block b) {
        return b instanceof Block.ListBlock l && l.items().stream().allMatch(i -> i.children().size() == 1
                && i.children().get(0) instanceof Block.Paragraph p && isLink(p.markdown()));
    }

    private static boolean isLink(String markdown) {
        String t = markdown.strip();
        return t.startsWith("[") && t.endsWith(")") && t.indexOf("](") > 0 && t.indexOf("](") == t.lastIndexOf("](");
    }

    private static boolean pointsElsewhere(String markdown, String plain) {
        boolean onlyLink = isLink(markdown);
        int words = Asking.words(plain);
        if (onlyLink || words > 30) {
            return onlyLink;
        }
        // "See X." or "If you use Y, see X.": the answer is elsewhere.
        Matcher clause = CLAUSE.matcher(plain);
        while (clause.find()) {
            if (ELSEWHERE.matcher(plain.substring(clause.end())).find()) {
                return POINTER.matcher(markdown).find();
            }
        }
        return false;
    }

    /**
     * An answer written as one quotation ({@code "I would..." ... "}) without the quote marks:
     * they mark speech, not content.
     */
    static String unquote(String answer) {
        if (!answer.startsWith("\"") || answer.length() < 3) {
            return answer;
        }
        String[] lines = answer.split("\n", -1);
        int length = 0;
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k];
            if (line.startsWith("#")) {
                return answer;
            }
            length += line.length() + (k > 0 ? 1 : 0);
            if (line.endsWith("\"") && (k > 0 || line.length() > 1)) {
                String inner = answer.substring(1);
                int close = length - 2;
                String quoted = inner.substring(0, close);
                if (quoted.indexOf('"') >= 0 && quoted.chars().filter(ch -> ch == '"').count() % 2 == 1) {
                    return answer;
                }
                return (quoted + inner.substring(close + 1)).strip();
            }
        }
        return answer;
    }
}
