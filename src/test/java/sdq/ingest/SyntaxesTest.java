package sdq.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The syntax of a notes file whose name does not tell it, from its text. */
class SyntaxesTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "<!DOCTYPE html>\\n<html><body><h2>Why?</h2><p>Because.</p></body></html>|HTML",
        "#+TITLE: Notes\\n* Caching\\n** What is a TTL?\\n   How long a value lives.|ORG",
        "* Caching\\n** What is a TTL?\\n   How long.\\n** Why?\\n   Because.|ORG",
        "= Notes\\n:toc:\\n\\n== Caching\\n\\n[qanda]\\nWhat is a TTL?::\\n  How long.|ASCIIDOC",
        "Notes\\n=====\\n\\n.. _ttl:\\n\\nWhat is a TTL?\\n--------------\\n\\nHow long, see ``ttl``.|RST",
        "# Notes\\n\\n## What is a TTL?\\n\\nHow **long** a value lives.\\n\\n> quote|MARKDOWN",
        "Q1: What is a TTL?\\nAnswer:\\n  - How long a value lives.|PLAIN",
        "* item one\\n* item two\\n* item three|PLAIN",
    })
    void theTextTellsTheSyntax(String text, NoteSyntax syntax) {
        assertThat(Syntaxes.ofText(text.replace("\\n", "\n"))).isEqualTo(syntax);
    }
}
