package sdq.ingest.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static sdq.ingest.doc.PlainLines.*;

/**
 * Plain-text notes into blocks, by their layout: each line its own paragraph (a line that runs
 * on from one that did not end a sentence joins it), bullets of any kind ({@code •}, {@code -},
 * {@code *}, numbers) as lists nested by indentation, short title-case lines after a blank
 * line and underlined lines as headings, pipe tables as tables, a run of lines laid out by
 * spaces as preformatted text, short "Label:" lines in bold. The text is escaped so that
 * Markdown shows it as it is.
 */
public final class PlainNotes {
    private final List<String> lines = new ArrayList<>();
    private final List<Integer> numbers = new ArrayList<>();
    private final List<Block> out = new ArrayList<>();
    /** The list being built. */
    private final PlainList list = new PlainList();

    private PlainNotes(String[] raw) {
        email = EmailText.isEmail(raw);
        splitGluedBullets(email ? EmailText.read(raw) : raw);
    }

    /** Lines already split, each with its line in the notes (an indented block read on its own). */
    private PlainNotes(List<String> lines, List<Integer> numbers) {
        this.lines.addAll(lines);
        this.numbers.addAll(numbers);
    }

    /**
     * Wrapped lines join their paragraph up to this length; a "paragraph" longer is a wall of
     * lines without full stops (a log, a word list), which goes on in a new paragraph: joining
     * it whole would cost time in the square of its length.
     */
    private static final int MAX_JOINED = 4000;

    /** Whether the notes are an email to oneself (see {@link EmailText}). */
    private boolean email;

    /** Lines before this index start no preformatted group (see {@link #preformattedGroup}). */
    private int noGroupBefore;

    public static Document read(String text) {
        PlainNotes reader = new PlainNotes(text.split("\n", -1));
        reader.convert();
        return new Document("plain text", Optional.empty(), reader.out);
    }

    private void convert() {
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
                continue;
            }
            int group = preformattedGroup(i);
            if (group > 0) {
                boolean inItem = !list.isEmpty() && indent(line) > list.indent();
                Optional<Block> columns = inItem ? Optional.empty()
                        : PlainColumns.of(lines.subList(i, i + group), numbers.subList(i, i + group));
                if (columns.isPresent()) {
                    // Two columns set out with spaces: a glossary, or a table of questions and answers.
                    closeList();
                    out.add(columns.get());
                    i += group;
                    continue;
                }
                int cut = Integer.MAX_VALUE;
                for (String l : lines.subList(i, i + group)) {
                    cut = inItem ? Math.min(cut, indent(l)) : 0;
                }
                List<String> pre = new ArrayList<>();
                for (String l : lines.subList(i, i + group)) {
                    // Only the indentation's tabs are widened; a tab inside the line is kept.
                    String lead = l.substring(0, l.length() - l.stripLeading().length()).replace("\t", "    ");
                    String expanded = lead + l.stripLeading().stripTrailing();
                    pre.add(inItem ? expanded.substring(Math.min(cut, lead.length())) : l.stripTrailing());
                }
                String literal = String.join("\n", pre);
                Block.Code code = new Block.Code("", literal + "\n", Markdown.code("", literal), numbers.get(i),
                        numbers.get(i + group - 1));
                if (inItem) {
                    list.addToItem(code, numbers.get(i + group - 1));
                } else {
                    closeList();
                    out.add(code);
                }
                i += group;
                continue;
            }
            int tabbed = tabbedGroup(i);
            Optional<Block> tabColumns = tabbed >= 3 && list.isEmpty()
                    ? PlainColumns.of(lines.subList(i, i + tabbed), numbers.subList(i, i + tabbed)) : Optional.empty();
            if (tabColumns.isPresent()) {
                // Two columns set apart by tabs, as a table copied out of a spreadsheet or a document.
                out.add(tabColumns.get());
                i += tabbed;
                continue;
            }
            if (isTableLine(line)) {
                closeList();
                i = table(i);
                continue;
            }
            if (i + 1 < lines.size() && UNDERLINE.matcher(lines.get(i + 1)).matches() && !lines.get(i + 1).isBlank()
                    && !isListLine(line) && line.strip().length() <= 80 && (i == 0 || lines.get(i - 1).isBlank())) {
                closeList();
                int level = lines.get(i + 1).strip().startsWith("=") ? 1 : 2;
                out.add(new Block.Heading(level, Markdown.escape(line.strip()), numbers.get(i), numbers.get(i + 1)));
                i += 2;
                continue;
            }
            if (listItem(i)) {
                i++;
                continue;
            }
            boolean previousLine = i > 0 && !lines.get(i - 1).isBlank();
            Block last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean wrapped = previousLine && (!endsSentence(lines.get(i - 1)) || runsOnAfterSemicolon(lines.get(i - 1), line))
                    && !Furniture.isNoise(line)
                    && !NEW_LABEL.matcher(line).find()
                    && !Furniture.isNoise(lines.get(i - 1))
                    && (list.isEmpty() ? last instanceof Block.Paragraph p && !p.markdown().startsWith("**") : true);
            if (!list.isEmpty() && (indent(line) > list.indent() || wrapped)) {
                // A wrapped line of the item above (notes saved from a web page break lines at inline code).
                list.continueItem(Markdown.escape(line.strip()), numbers.get(i));
                i++;
                continue;
            }
            if (list.isEmpty() && previousLine && !Furniture.isNoise(line) && last instanceof Block.Paragraph p
                    && glossaryLine(line) && (wrapped && glossaryLine(lines.get(i - 1))
                    || glossaryLine(p.lines().get(0).text()))) {
                // "Quorum - the fewest replicas ..." under another such line (or under one whose meaning ended
                // with a full stop or wrapped onto the next line): a line of a glossary, not a wrapped one.
                List<Block.Line> more = new ArrayList<>(p.lines());
                more.add(new Block.Line(numbers.get(i), Markdown.escape(line.strip())));
                out.set(out.size() - 1, new Block.Paragraph(more));
                i++;
                continue;
            }
            if (list.isEmpty() && wrapped && !isTableLine(lines.get(i - 1)) && last instanceof Block.Paragraph p
                    && p.lines().get(p.lines().size() - 1).text().length() < MAX_JOINED) {
                Block.Line l = p.lines().get(p.lines().size() - 1);
                List<Block.Line> joined = new ArrayList<>(p.lines().subList(0, p.lines().size() - 1));
                joined.add(new Block.Line(l.number(), l.text() + " " + Markdown.escape(line.strip())));
                out.set(out.size() - 1, new Block.Paragraph(joined));
                i++;
                continue;
            }
            closeList();
            int under = indentedUnder(i);
            if (under > i + 1) {
                // A line with text indented under it: a term (or question) and what it means; or, when
                // what is under it are questions with their answers indented under them, a topic of an outline.
                Block.Definition d = definition(i, under);
                if (isOutlineTopic(d)) {
                    out.add(new Block.Heading(out.isEmpty() ? 1 : 2, d.term(), d.line(), d.line()));
                    out.addAll(d.children());
                } else {
                    out.add(d);
                }
                i = under;
                continue;
            }
            Matcher banner = BANNER.matcher(line.strip());
            if (email && EmailText.isBreak(line)) {
                // "On Mon, 13 May ... wrote:", a signature's "-- ": what follows answers nothing above it.
                out.add(new Block.Rule(numbers.get(i)));
            } else if (banner.matches() && !Character.isWhitespace(line.charAt(0)) && (i == 0 || lines.get(i - 1).isBlank())
                    && (i + 1 == lines.size() || lines.get(i + 1).isBlank())) {
                // "--- Feedback ---", "=== Week 2 ===": a heading drawn with a rule on both sides.
                out.add(new Block.Heading(out.isEmpty() ? 1 : 2, Markdown.escape(banner.group(2).strip()), numbers.get(i),
                        numbers.get(i)));
            } else if (PlainHeadings.isHeading(lines, i) && !Furniture.isNoise(line) && !Furniture.isLinkRow(line)) {
                // The first line of the notes, when it is a heading, is their title.
                out.add(new Block.Heading(out.isEmpty() ? 1 : 2, Markdown.escape(line.strip()), numbers.get(i),
                        numbers.get(i)));
            } else {
                out.add(Block.Paragraph.of(numbers.get(i), label(Markdown.escape(line.strip()))));
            }
            i++;
        }
        closeList();
    }

    /**
     * The end of the lines indented under line {@code i} (blank lines among them), when it is a
     * line of text that is not a label ("Answer:") and the lines under it are not a list; else
     * {@code i + 1}.
     */
    private int indentedUnder(int i) {
        String line = lines.get(i);
        int indent = indent(line);
        if (i + 1 >= lines.size() || lines.get(i + 1).isBlank() || indent(lines.get(i + 1)) < indent + 2
                || isListLine(lines.get(i + 1)) || isTableLine(line) || !termOrQuestion(line.strip())
                || Character.isLowerCase(lines.get(i + 1).strip().charAt(0))) {
            // A label, a sentence that runs on, or text that goes on in lower case: one paragraph.
            return i + 1;
        }
        int end = i + 1;
        int last = end;
        while (end < lines.size() && (lines.get(end).isBlank() || indent(lines.get(end)) >= indent + 2)) {
            if (!lines.get(end).isBlank()) {
                last = end + 1;
            }
            end++;
        }
        return last;
    }

    private Block.Definition definition(int i, int end) {
        int common = Integer.MAX_VALUE;
        for (int k = i + 1; k < end; k++) {
            if (!lines.get(k).isBlank()) {
                common = Math.min(common, indent(lines.get(k)));
            }
        }
        List<String> body = new ArrayList<>();
        for (int k = i + 1; k < end; k++) {
            String l = lines.get(k).replace("\t", "    ");
            body.add(l.isBlank() ? "" : l.substring(Math.min(common, indent(l))));
        }
        PlainNotes inner = new PlainNotes(body, numbers.subList(i + 1, end));
        inner.convert();
        return new Block.Definition(Markdown.escape(lines.get(i).strip()), inner.out, false, numbers.get(i),
                numbers.get(end - 1));
    }

    /** A term that does not ask over lines that are questions, each with its answer indented under it. */
    private static boolean isOutlineTopic(Block.Definition d) {
        String term = d.term().strip();
        return !term.endsWith("?") && !term.endsWith("？") && d.children().stream()
                .filter(b -> b instanceof Block.Definition q && (q.term().endsWith("?") || q.term().endsWith("？")))
                .count() >= Math.max(1, d.children().size() / 2.0);
    }

    /** "... more reads;" then "a replica in another region ...": prose that runs on; not code ("x = 1;", "BEGIN;"). */
    private static boolean runsOnAfterSemicolon(String previous, String line) {
        String p = previous.strip();
        String t = line.strip();
        return p.endsWith(";") && !t.isEmpty() && Character.isLowerCase(t.codePointAt(0)) && p.indexOf(' ') > 0
                && p.chars().noneMatch(c -> "=(){}[]<>".indexOf(c) >= 0) && t.chars().noneMatch(c -> "=(){}".indexOf(c) >= 0);
    }

    /** A line that asks in words, not code that ends in a ternary's '?': a capital, three words, no code marks. */
    private static final Pattern OUTLINE_QUESTION = Pattern.compile("\\p{Lu}[^=;{}()<>\\[\\]]*\\s\\S+\\s[^=;{}<>\\[\\]]*[?？]");

    /**
     * Whether the lines {@code [from, end)} are an outline, not text laid out by spaces: the first
     * at the margin, and an indented line that asks with a line indented deeper under it.
     */
    private boolean isOutline(int from, int end) {
        if (indent(lines.get(from)) > 0 || lines.get(from).contains("   ")) {
            return false;
        }
        for (int k = from + 1; k + 1 < end; k++) {
            String t = lines.get(k).strip();
            if (OUTLINE_QUESTION.matcher(t).matches() && indent(lines.get(k)) > 0
                    && indent(lines.get(k + 1)) > indent(lines.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Takes line {@code i} into the list being built if it is an item; false when it is not one. */
    private boolean listItem(int i) {
        String line = lines.get(i);
        Matcher bullet = BULLET.matcher(line);
        Matcher numbered = NUMBERED.matcher(line);
        boolean isBullet = bullet.matches() && !bullet.group(3).isBlank();
        boolean isNumbered = !isBullet && numbered.matches();
        if (!isBullet && !isNumbered) {
            return false;
        }
        if (isNumbered && !list.isEmpty() && (indent(line) < list.rootIndent()
                || indent(line) == list.rootIndent() && list.bulleted())) {
            // A number out of a list of bullets (or left of all its items) is no item of it: a new list
            // begins, or a numbered question after an answer that ended in a list.
            closeList();
        }
        if (isNumbered && list.isEmpty() && numberedQuestion(i, numbered.group(3))) {
            // "1. What is X?" with its answer on the lines below: the number labels a question.
            out.add(Block.Paragraph.of(numbers.get(i), numbered.group(2) + "\\. " + Markdown.escape(numbered.group(3).strip())));
            return true;
        }
        String marker = isBullet ? "-" : numbered.group(2) + ".";
        String text = isBullet ? bullet.group(3) : numbered.group(3);
        list.add(indent(line), marker, numbers.get(i), Markdown.escape(text.strip()));
        return true;
    }

    /** A numbered line that asks, not followed by another item: a question whose answer is the text below. */
    private boolean numberedQuestion(int i, String text) {
        String t = text.strip();
        if (!t.endsWith("?") && !t.endsWith("？")) {
            return false;
        }
        int next = i + 1;
        while (next < lines.size() && lines.get(next).isBlank()) {
            next++;
        }
        return next < lines.size() && !isListLine(lines.get(next)) && indent(lines.get(next)) <= indent(lines.get(i));
    }

    private void closeList() {
        list.close().ifPresent(out::add);
    }

    private int table(int i) {
        int from = i;
        List<String> rows = new ArrayList<>();
        while (i < lines.size() && isTableLine(lines.get(i))) {
            rows.add(lines.get(i).strip());
            i++;
        }
        List<List<String>> cells = new ArrayList<>();
        for (String row : rows) {
            if (!DELIMITER_ROW.matcher(row).matches()) {
                List<String> r = new ArrayList<>();
                for (String c : row.substring(1, row.length() - 1).split("\\|", -1)) {
                    r.add(c.strip());
                }
                cells.add(r);
            }
        }
        List<String> header = cells.isEmpty() ? List.of() : cells.get(0);
        out.add(new Block.Table(header, cells.isEmpty() ? List.of() : cells.subList(1, cells.size()),
                String.join("\n", rows), numbers.get(from), numbers.get(i - 1)));
        return i;
    }

    /**
     * Bullets glued onto the end of the line before ("...step one. - Step two"), as web pages
     * saved as text have them, put back on lines of their own.
     */
    private void splitGluedBullets(String[] raw) {
        boolean listContext = false;
        for (int n = 0; n < raw.length; n++) {
            String line = raw[n];
            Matcher bullet = BULLET.matcher(line);
            boolean isBullet = bullet.matches();
            listContext = isBullet || (listContext && !line.isBlank());
            if (!listContext || line.indexOf(" - ") < 0) {
                add(n + 1, line);
                continue;
            }
            String indent = " ".repeat(indent(line));
            String[] parts = GLUED_BULLET.split(line.strip());
            add(n + 1, indent + parts[0]);
            for (int k = 1; k < parts.length; k++) {
                add(n + 1, indent + (isBullet ? bullet.group(2) : "-") + " " + parts[k]);
            }
        }
    }

    private void add(int number, String line) {
        lines.add(line);
        numbers.add(number);
    }

    /**
     * Whether the lines from {@code from} are an example the text above introduces, in a list
     * item: after a blank line, indented four or more past a line that ends with a colon ("Use
     * this formula:"), and code rather than prose.
     */
    private boolean introducedAsExample(int from) {
        if (list.isEmpty() || from < 2 || !lines.get(from - 1).isBlank() || indent(lines.get(from)) <= list.indent()) {
            return false;
        }
        String above = lines.get(from - 2);
        if (!above.stripTrailing().endsWith(":") || indent(lines.get(from)) < indent(above) + 4
                || isListLine(lines.get(from))) {
            return false;
        }
        // Code or a formula, not prose indented for the eye: no line ends a sentence, one has code's signs.
        boolean code = false;
        for (int k = from; k < lines.size() && !lines.get(k).isBlank(); k++) {
            String t = lines.get(k).strip();
            if (t.endsWith(".") || t.endsWith("!") || t.endsWith("?")) {
                return false;
            }
            code |= t.contains("->") || t.chars().anyMatch(c -> "=(){}[]<>;/*+|".indexOf(c) >= 0);
        }
        return code;
    }

    /**
     * A run of text lines laid out by spaces (a little diagram, aligned columns), to keep as
     * preformatted text: more than one line, one of them indented far without being a bullet.
     * Returns how many lines the run has, or 0.
     */
    private int preformattedGroup(int from) {
        if (from < noGroupBefore) {
            // A later start in a run already found to be no group is none either (linear, not quadratic).
            return 0;
        }
        int end = from;
        boolean deep = false;
        while (end < lines.size() && !lines.get(end).isBlank()) {
            String line = lines.get(end);
            if (isListLine(line) || isTableLine(line)) {
                noGroupBefore = end;
                return 0;
            }
            deep |= indent(line) >= 8 || line.contains("   ") && line.strip().contains("   ");
            end++;
        }
        if (end - from > 1 && deep && !isOutline(from, end) || introducedAsExample(from)) {
            return end - from;
        }
        noGroupBefore = end;
        return 0;
    }

    /** How many lines from {@code from} on, none blank, have a tab after their first word (or start with one, wrapped). */
    private int tabbedGroup(int from) {
        int end = from;
        while (end < lines.size() && !lines.get(end).isBlank()
                && (lines.get(end).strip().indexOf('\t') > 0 || end > from && lines.get(end).startsWith("\t"))) {
            end++;
        }
        return end - from;
    }

}
