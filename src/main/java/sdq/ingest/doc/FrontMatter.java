package sdq.ingest.doc;

import java.util.Optional;

/**
 * YAML front matter at the top of a Markdown file ({@code ---} lines around {@code key: value}
 * lines): how many lines it takes, and the title it gives, if any. Its other keys are not
 * the notes' text.
 *
 * @param lines how many lines it takes from the top (0: there is none)
 * @param title its {@code title:}
 */
public record FrontMatter(int lines, Optional<String> title) {
    /** The front matter of a file's lines; none (0 lines) when it has none. */
    public static FrontMatter of(String[] lines) {
        if (lines.length < 2 || !lines[0].strip().equals("---")) {
            return new FrontMatter(0, Optional.empty());
        }
        Optional<String> title = Optional.empty();
        for (int i = 1; i < lines.length && i < 200; i++) {
            String line = lines[i];
            if (line.strip().equals("---") || line.strip().equals("...")) {
                return new FrontMatter(i + 1, title);
            }
            if (!line.isBlank() && !line.startsWith(" ") && !line.startsWith("\t") && !line.startsWith("-")
                    && !line.startsWith("#") && line.indexOf(':') <= 0) {
                return new FrontMatter(0, Optional.empty());
            }
            if (title.isEmpty() && line.startsWith("title:")) {
                String value = line.substring(6).strip().replaceAll("^[\"']|[\"']$", "").strip();
                title = value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return new FrontMatter(0, Optional.empty());
    }
}
