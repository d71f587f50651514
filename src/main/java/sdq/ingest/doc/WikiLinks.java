package sdq.ingest.doc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wiki links of Obsidian, Foam, Dendron and Logseq, which Markdown does not know, as the
 * text they show: {@code [[kafka-basics|Kafka]]} is "Kafka", {@code [[dynamo]]} is "dynamo",
 * {@code [[page#Heading]]} is "page > Heading"; an embed ({@code ![[diagram.png]]}) shows
 * nothing in a card. Code, fenced or inline, is left as it is.
 */
final class WikiLinks {
    private static final Pattern LINK = Pattern.compile("(!?)\\[\\[([^\\[\\]|\\n]+?)(?:\\|([^\\[\\]\\n]+?))?\\]\\]");

    private WikiLinks() {
    }

    static String plain(String markdown) {
        if (!markdown.contains("[[")) {
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
            if (!fence && lines[i].contains("[[")) {
                lines[i] = line(lines[i]);
            }
        }
        return String.join("\n", lines);
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
