package sdq.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A table of questions and answers: which cells go on a card, and which only track or number it. */
class TableCardsTest {
    private static ReadNote read(String markdown) {
        return NoteReader.read("tracker.md", markdown.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRowsTagsAreItsTopics() {
        ReadNote note = read("""
                | Question | Answer | Tags |
                |---|---|---|
                | What is a CDN? | Servers near users that cache content | caching, cdn |
                | What is a WAL? | A log written before the pages | |
                """);
        assertThat(note.drafts()).extracting(Draft::topics)
                .containsExactly(Optional.of(List.of("caching", "cdn")), Optional.empty());
        assertThat(note.drafts().get(0).answer()).isEqualTo("Servers near users that cache content");
    }

    @Test
    void aColumnThatTracksStudyIsNoPartOfTheAnswer() {
        ReadNote note = read("""
                | Question | Answer | Status | Last reviewed | Source |
                |---|---|---|---|---|
                | What is a CDN? | Servers near users | done | 2026-11-02 | DDIA ch. 5 |
                | What is anycast? | | TODO | | |
                """);
        assertThat(note.drafts()).singleElement().satisfies(d ->
                assertThat(d.answer()).isEqualTo("Servers near users\n\n**Source:** DDIA ch. 5"));
        assertThat(note.skipped()).extracting(Skip::text).containsExactly("What is anycast?");
    }

    @Test
    void aColumnOfYearsIsDataNotNumbering() {
        ReadNote note = read("""
                | Year | Question | Answer |
                |---|---|---|
                | 2012 | What did Spanner add? | TrueTime-bounded commit waits |
                | 2013 | What did Raft simplify? | Leader election and log replication |
                """);
        assertThat(note.drafts().get(0).answer()).isEqualTo("TrueTime-bounded commit waits\n\n**Year:** 2012");
    }
}
