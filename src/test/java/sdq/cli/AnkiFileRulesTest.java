package sdq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads {@code sdq export --format anki} the way Anki's manual describes its text import
 * (https://docs.ankiweb.net/importing/text-files.html), with a reader written here from those
 * rules and nothing of sdq's own: header lines at the top, each {@code #key:value} on its own
 * line; then one note per record, fields split on the separator; a field holding the separator,
 * a line break or a double quote is enclosed in double quotes, a double quote inside written
 * twice; the guid, deck and tags columns where the header says.
 */
class AnkiFileRulesTest {
    @TempDir
    Path dir;

    /** A file as Anki's rules read it. */
    record AnkiFile(Map<String, String> headers, List<List<String>> notes) {
    }

    @Test
    void anAnkiExportReadsByAnkisDocumentedRules() throws IOException {
        Files.createDirectories(dir.resolve("decks"));
        Files.copy(Path.of("src/test/resources/export/study.yaml"), dir.resolve("decks/study.yaml"));
        Cli.Result r = new Cli(dir).run("export", "--format", "anki");
        assertThat(r.code()).isZero();

        AnkiFile file = parse(r.out());
        assertThat(file.headers()).containsEntry("separator", "tab").containsEntry("html", "true")
                .containsEntry("notetype", "Basic").containsEntry("guid column", "1")
                .containsEntry("deck column", "4").containsEntry("tags column", "5");
        assertThat(file.notes()).hasSize(3).allSatisfy(note -> assertThat(note).hasSize(5));

        List<String> first = file.notes().get(0);
        assertThat(first.get(0)).isEqualTo("c-000001");
        assertThat(first.get(1)).isEqualTo("<p>What is <strong>cache-aside</strong>, and when does it go stale?</p>");
        assertThat(first.get(2)).startsWith("<p>The application reads the cache first;")
                .contains("<li>Reads: <code>GET user:42</code>, then the DB on a miss</li>")
                .contains("<em>delete</em>").endsWith("(&quot;the race&quot;).</p>");
        assertThat(first.get(3)).isEqualTo("System Design::study");
        assertThat(first.get(4)).isEqualTo("caching");

        List<String> second = file.notes().get(1);
        assertThat(second.get(1)).isEqualTo("<p>Compare consistent hashing\nwith modulo sharding.</p>");
        assertThat(second.get(2)).contains("<th>Keys moved when N grows</th>")
                .contains("<pre><code>node = ring.ceiling(hash(key))\t// tab inside\n</code></pre>");
        assertThat(second.get(4).split(" ")).containsExactly("sharding", "caching");

        List<String> third = file.notes().get(2);
        assertThat(third.get(1)).isEqualTo("<p>Why does &quot;a, b; c&quot; need quotes in CSV?</p>");
        assertThat(third.get(2)).contains("Tabs\tstay").contains("naïve, 日本語, 🔴");
        assertThat(third.get(4)).isEmpty();
    }

    @Test
    void rawHtmlInAnAnswerReachesAnkiAsTextNotAsMarkup() throws IOException {
        Files.createDirectories(dir.resolve("decks"));
        Files.writeString(dir.resolve("decks/x.yaml"), """
                sdq: 1
                deck: x
                cards:
                  - id: c-1
                    q: What does <script>alert(1)</script> do here?
                    a: Nothing; it is <b>shown</b>, not run.
                """);
        AnkiFile file = parse(new Cli(dir).run("export", "--format", "anki").out());
        assertThat(file.notes().get(0).get(1)).contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(file.notes().get(0).get(2)).contains("&lt;b&gt;shown&lt;/b&gt;");
    }

    /** Anki's rules, as its manual states them. */
    static AnkiFile parse(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        int at = 0;
        while (at < text.length() && text.charAt(at) == '#') {
            int end = text.indexOf('\n', at);
            String line = text.substring(at + 1, end);
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon), line.substring(colon + 1));
            at = end + 1;
        }
        char separator = switch (headers.getOrDefault("separator", "tab")) {
            case "tab", "Tab" -> '\t';
            case "comma", "Comma" -> ',';
            case "semicolon", "Semicolon" -> ';';
            default -> headers.get("separator").charAt(0);
        };
        List<List<String>> notes = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                notes.add(fields);
                fields = new ArrayList<>();
                fieldStart = true;
            } else {
                field.append(c);
                fieldStart = false;
            }
        }
        assertThat(quoted).as("a quoted field left open").isFalse();
        assertThat(field.length() == 0 && fields.isEmpty()).as("the last note ends with a line break").isTrue();
        return new AnkiFile(headers, notes);
    }
}
