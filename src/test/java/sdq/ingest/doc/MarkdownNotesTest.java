package sdq.ingest.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown into blocks: the writer's own Markdown kept, and the shapes commonmark does not know put together. */
class MarkdownNotesTest {
    private static List<Block> blocks(String markdown) {
        return MarkdownNotes.read(markdown).blocks();
    }

    @Test
    void blocksKeepTheirSourceWithoutTheirContainersIndentation() {
        List<Block> blocks = blocks("1. **Q?**\n   - a `b` *c*\n\n     ```\n     x\n\n     y\n     ```\n");
        Block.Item item = ((Block.ListBlock) blocks.get(0)).items().get(0);
        assertThat(item.children().get(0).markdown()).isEqualTo("**Q?**");
        assertThat(item.children().get(1).markdown()).isEqualTo("- a `b` *c*\n\n  ```\n  x\n\n  y\n  ```");
        assertThat(item.line()).isEqualTo(1);
        assertThat(item.endLine()).isEqualTo(8);
    }

    @Test
    void quotedBlocksLoseTheirQuoteMarks() {
        Block.Quote quote = (Block.Quote) blocks("> first\n> - item\n").get(0);
        assertThat(quote.children()).extracting(Block::markdown).containsExactly("first", "- item");
    }

    @Test
    void frontMatterIsSetAsideAndItsTitleKept() {
        Document d = MarkdownNotes.read("---\ntitle: \"My notes\"\ntags: [a]\n---\n\n## What?\n\nThat.\n");
        assertThat(d.title()).contains("My notes");
        assertThat(d.blocks().get(0)).isInstanceOfSatisfying(Block.Heading.class, h -> assertThat(h.line()).isEqualTo(6));
    }

    @Test
    void aRuleUnderASentenceIsARuleNotAHeadingUnderline() {
        List<Block> blocks = blocks("Some explanation of the answer.\n---\n## Next\n");
        assertThat(blocks.get(0)).isInstanceOf(Block.Paragraph.class);
        assertThat(blocks.get(1)).isInstanceOf(Block.Rule.class);
        assertThat(blocks("Title\n---\n").get(0)).isInstanceOf(Block.Heading.class);
    }

    @Test
    void detailsArePutTogetherWhateverTheirBlankLines() {
        for (String md : List.of("<details>\n<summary><b>Q:</b> Why?</summary>\n\n**A:** Because.\n</details>\n",
                "<details><summary>Q: Why?</summary>\nBecause.\n</details>\n",
                "<details>\n<summary>Q: Why?</summary>\n\nBecause.\n\n</details>\n")) {
            List<Block> blocks = blocks(md);
            assertThat(blocks).as(md).hasSize(1);
            Block.Details d = (Block.Details) blocks.get(0);
            assertThat(d.summary()).as(md).endsWith("Why?");
            assertThat(Markdown.join(d.children())).as(md).endsWith("Because.");
        }
    }

    @Test
    void commentsGiveNoBlockAndEmptyAnchorsNoText() {
        assertThat(blocks("<!-- note -->\n\nText.\n")).extracting(Block::markdown).containsExactly("Text.");
        assertThat(blocks("<a id=\"q1\"></a>\n\nText.\n")).extracting(b -> Inline.plain(b.markdown())).containsExactly("", "Text.");
    }

    @Test
    void aQuestionCalloutIsLikeADetails() {
        Block b = blocks("> [!question] What is an outbox?\n> A table of events to publish.\n").get(0);
        assertThat(b).isInstanceOfSatisfying(Block.Details.class, d -> {
            assertThat(d.summary()).isEqualTo("What is an outbox?");
            assertThat(Markdown.join(d.children())).isEqualTo("A table of events to publish.");
        });
        assertThat(blocks("> [!NOTE] Careful\n> text\n").get(0)).isInstanceOf(Block.Quote.class);
    }

    @Test
    void definitionListsOfPandocAndKramdown() {
        List<Block> blocks = blocks("Memtable\n:   The sorted buffer.\n\nSSTable\n: A sorted file.\n");
        assertThat(blocks).hasSize(2).allSatisfy(b -> assertThat(b).isInstanceOf(Block.Definition.class));
        assertThat(((Block.Definition) blocks.get(0)).term()).isEqualTo("Memtable");
        assertThat(Markdown.join(((Block.Definition) blocks.get(1)).children())).isEqualTo("A sorted file.");
    }

    @Test
    void tableCellsAreTheirSourceWithEscapedPipesReadAsPipes() {
        Block.Table t = (Block.Table) blocks("| Question | Answer |\n|---|---|\n| What is `a \\| b`? | A **pipe**. |\n").get(0);
        assertThat(t.header()).containsExactly("Question", "Answer");
        assertThat(t.rows()).containsExactly(List.of("What is `a | b`?", "A **pipe**."));
    }
}
