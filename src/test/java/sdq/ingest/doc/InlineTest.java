package sdq.ingest.doc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words of Markdown inline text, for judging it. */
class InlineTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "**What** is *a* `cache`?|What is a cache?",
        "[the guide](https://x.org/a_b) and ![img](p.png)|the guide and img",
        "snake_case and __bold__ and ~~gone~~|snake_case and bold and gone",
        "a <b>tag</b> here|a tag here",
        "escaped \\* star and \\_under|escaped * star and _under",
        "  runs   of\\n spaces  |runs of spaces",
        "x == y|x y",
    })
    void markupIsTakenOff(String markdown, String plain) {
        assertThat(Inline.plain(markdown.replace("\\n", "\n"))).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"**all bold**|true", "**half** bold|false", "__under__|true", "**a** and **b**|false"})
    void allStrongIsOneRun(String markdown, boolean expected) {
        assertThat(Inline.isAllStrong(markdown)).isEqualTo(expected);
    }
}
