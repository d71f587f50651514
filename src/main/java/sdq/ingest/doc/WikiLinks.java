package sdq.ingest.doc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wiki links of Obsidian, Foam, Dendron and Logseq, which Markdown does not know, as the
 * text they show: {@code [[kafka-basics|Kafka]]} is "Kafka", {@code [[dynamo]]} is "dynamo",
 * {@code [[page#Heading]]} is "page > Heading"; an embed ({@code ![[diagram.png]]}) shows
 * nothing in a card; a block id ({@code ^wal1}) is dropped. Code, fenced or inline, is left as
 * it is.
 */
final class WikiLinks {
    private static final Pattern LINK = Pattern.compile("(!?)\\[\\[([^\\[\\]|\\n]+?)(?:\\|([^\\[\\]\\n]+?))?\\]\\]");

    private WikiLinks() {
    }

    static String plain(String markdown) {
        boolean links = markdown.contains("[[");
        boolean ids = markdown.contains("^");
        if (!links && !ids) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        boolean fence = false;
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                fence = !fence;
                continue;
            }
            if (!fence && ids && lines[i].indexOf('^') >= 0 && !lines[i].startsWith("    ") && !lines[i].startsWith("\t")) {
                lines[i] = withoutBlockId(lines[i]);
            }
            if (!fence && links && lines[i].contains("[[")) {
                lines[i] = line(lines[i]);
            }
        }
        return String.join("\n", lines);
    }

    /**
     * Obsidian's block ids, which name a paragraph for links to it: "^wal1" on a line of its own
     * (in a callout too, "> ^wal1") or at the end of a sentence ("... block. ^page1"). No part of a
     * card; "git log feature ^main" (no sentence ends before it) and indented code keep theirs.
     */
    private static final Pattern BLOCK_ID = Pattern.compile(
            "(?:^((?:\\s*>)*)\\s*|(?<=[.!?)\"”’*_`\\]])\\s+)\\^[A-Za-z0-9][A-Za-z0-9-]*\\s*$");

    private static String withoutBlockId(String line) {
        Matcher m = BLOCK_ID.matcher(line);
        if (!m.find()) {
            return line;
        }
        // A line that was only the id keeps its quote marks, so the callout it is in goes on.
        return line.substring(0, m.start()) + (m.group(1) != null ? m.group(1) : "");
    }

    /** One line, its inline code spans kept. */
    private static String line(String line) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < line.length()) {
            int tick = line.indexOf('`', at);
            int end = tick < 0 ? line.length() : tick;
            out.append(links(line.substring(at, end)));
            if (tick < 0) {
                break;
            }
            int run = tick;
            while (run < line.length() && line.charAt(run) == '`') {
                run++;
            }
            int close = line.indexOf(line.substring(tick, run), run);
            int stop = close < 0 ? line.length() : close + (run - tick);
            out.append(line, tick, stop);
            at = stop;
        }
        return out.toString();
    }

    private static String links(String text) {
        Matcher m = LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String shown;
            if (!m.group(1).isEmpty()) {
                shown = "";
            } else if (m.group(3) != null) {
                shown = m.group(3).strip();
            } else {
                shown = m.group(2).strip().replace("#", " > ");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }
}
