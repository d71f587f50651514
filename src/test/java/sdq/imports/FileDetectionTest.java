package sdq.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a file holds is told from its name and its first lines. */
class FileDetectionTest {
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "notes.txt|Q1: What?\\nAnswer: That.|NOTES",
        "export.txt|#separator:tab\\n#html:true\\nq\\ta|ANKI",
        "study.md|<!-- sdq study sheet, version 1: `sdq import` reads it back -->\\n\\n# T|MD",
        "cards.csv|question,answer|CSV",
        "cards.tsv|question\\tanswer|TSV",
        "cards.json|[]|JSON",
        "cards|[{\"q\": \"x\", \"a\": \"y\"}]|JSON",
        "notes|[TOC] What is a CDN?|NOTES",
        "export.txt|id,deck,question,answer,topics,box,due\\nc-1,d,What?,That.,,1,2026-11-23|CSV",
        "old-anki.txt|What is <b>x</b>?\\tIt is y.\\nWhy?\\t<div>Because</div>|ANKI",
        "one-note.txt|What is x?\\tThe <b>letter</b> x.|ANKI",
        "tabbed.txt|Caching\\tnotes\\nQ1: What?\\tAnswer: That.|NOTES",
        "notes.txt|title: Caching\\nQ1: What?\\nAnswer: That.|NOTES",
        "cards.yml|cards: []|YAML",
        "stdin|sdq: 1\\ndeck: x\\ncards: []|YAML",
        "deck.md|---\\ncards:\\n  - q: x\\n    a: y\\n---\\n|YAML",
        "post.md|---\\ntitle: Caching\\n---\\n\\n## What is a CDN?\\n\\nEdge caches.|NOTES",
    })
    void theFormatIsToldByNameAndFirstLines(String name, String text, FileFormat format) {
        String content = text.replace("\\n", "\n").replace("\\t", "\t");
        assertThat(FileDetection.detect(Path.of(name), content, () -> content)).isEqualTo(format);
    }
}
