package sdq.imports;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import sdq.export.AnkiText;
import sdq.export.CsvCards;
import sdq.export.JsonCards;
import sdq.export.MarkdownSheet;
import sdq.store.FlashcardYaml;

/** What a file holds, told from its name and its first lines. */
final class FileDetection {
    private FileDetection() {
    }

    /**
     * The format a file's name and first lines ({@code text}: the start of the file) show; a
     * Markdown file that may be all front matter is read whole ({@code whole}) to be sure.
     */
    static FileFormat detect(Path file, String text, Supplier<String> whole) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (AnkiText.looksLike(text)) {
            return FileFormat.ANKI;
        }
        if (MarkdownSheet.looksLike(text)) {
            return FileFormat.MD;
        }
        if (name.endsWith(".csv")) {
            return FileFormat.CSV;
        }
        if (name.endsWith(".tsv")) {
            return FileFormat.TSV;
        }
        boolean markdown = name.endsWith(".md") || name.endsWith(".markdown");
        if (name.endsWith(".json") || !markdown && JsonCards.looksLike(text)
                && (text.contains("\"q\"") || text.contains("\"question\""))) {
            return FileFormat.JSON;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml") || !markdown && FlashcardYaml.startsAsCards(text)) {
            return FileFormat.YAML;
        }
        if (!markdown && CsvCards.looksLike(text)) {
            return FileFormat.CSV;
        }
        if (!markdown && (AnkiText.looksLikeHeaderless(text) || AnkiText.looksLikeRows(text))) {
            return FileFormat.ANKI;
        }
        if (name.endsWith(".md") && text.startsWith("---") && FlashcardYaml.isCardsInFrontMatter(whole.get())) {
            return FileFormat.YAML;
        }
        return FileFormat.NOTES;
    }
}
