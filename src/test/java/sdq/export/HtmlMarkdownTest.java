package sdq.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Anki's HTML fields, as its editor and other tools leave them, back to Markdown. */
class HtmlMarkdownTest {

    @Test
    void theEditorsDivsAndBreaksBecomeParagraphsAndLineBreaks() {
        assertThat(HtmlMarkdown.toMarkdown("<div>First line</div><div>Second&nbsp;line<br></div><div><br></div>"))
                .isEqualTo("First line\n\nSecond line");
    }

    @Test
    void listsNestedListsAndCode() {
        String html = "<ul><li>Cache <b>reads</b><ul><li>with a TTL</li></ul></li><li><code>GET k</code></li></ul>"
                + "<pre><code class=\"language-sql\">SELECT *\nFROM t;</code></pre>";
        assertThat(HtmlMarkdown.toMarkdown(html)).isEqualTo("""
                - Cache **reads**
                  - with a TTL
                - `GET k`

                ```sql
                SELECT *
                FROM t;
                ```""");
    }

    /** "- - -" would be a rule: a list that opens an item of a list takes the other bullet. */
    @Test
    void listsThatOpenAnItemStayListsNotARule() {
        String html = "<ul><li><ul><li><ul><li></li></ul></li></ul></li></ul>";
        String markdown = HtmlMarkdown.toMarkdown(html);
        assertThat(MarkdownHtml.toHtml(markdown)).doesNotContain("<hr").contains("<ul>\n<li>\n<ul>\n<li>\n<ul>");
        assertThat(HtmlMarkdown.toMarkdown("<ul><li>a<ul><li>b</li></ul></li></ul>")).isEqualTo("- a\n  - b");
    }

    @Test
    void tablesAndLinks() {
        String html = "<table><tr><th>Scheme</th><th>Moved</th></tr><tr><td>modulo</td><td>all</td></tr></table>"
                + "<p>See <a href=\"https://example.com/ring\">the ring</a>.</p>";
        assertThat(HtmlMarkdown.toMarkdown(html)).isEqualTo("""
                |Scheme|Moved|
                |---|---|
                |modulo|all|

                See [the ring](https://example.com/ring).""");
    }

    @Test
    void tagSoupAndEntitiesReadAsABrowserWouldAndEscapesStayOnlyWhereNeeded() {
        assertThat(HtmlMarkdown.toMarkdown("<p>a &lt; b &amp;&amp; c<p>shard_0 | 50% * 2")).isEqualTo(
                "a < b && c\n\nshard_0 | 50% * 2");
        // Text that would otherwise read as Markdown keeps its escape.
        assertThat(HtmlMarkdown.toMarkdown("<p>*not emphasis*</p><p># not a heading</p>"))
                .isEqualTo("\\*not emphasis\\*\n\n\\# not a heading");
    }

    @Test
    void twoListsInARowStayTwoLists() {
        assertThat(MarkdownHtml.toHtml(HtmlMarkdown.toMarkdown("<ul><li>a</li></ul><ul><li>b</li></ul>")))
                .isEqualTo("<ul>\n<li>a</li>\n</ul>\n<ul>\n<li>b</li>\n</ul>");
    }
}
