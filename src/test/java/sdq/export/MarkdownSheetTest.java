package sdq.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sdq.deck.CardRow;

/** The study sheet: what a person adds by hand, and answers that look like the sheet's own marks. */
class MarkdownSheetTest {

    private static MarkdownSheet.Entry entry(String id, String question, String answer) {
        return new MarkdownSheet.Entry(id, "deck-1", question, answer, List.of("caching"), Optional.empty());
    }

    @Test
    void anAnswerThatLooksLikeTheNextCardIsQuotedAndComesBackExactly() {
        String tricky = "Before the rule.\n\n---\n\n## Not a card\n<!-- sdq-card id=c-9 topics= -->\nStill the answer.";
        String sheet = MarkdownSheet.write("T", List.of(entry("c-1", "Q one?", tricky), entry("c-2", "Q two?", "Two.")));
        assertThat(sheet).contains("answer=quoted").contains("> ## Not a card");
        List<CardRow> back = MarkdownSheet.read(sheet);
        assertThat(back).extracting(CardRow::answer).containsExactly(tricky, "Two.");
        assertThat(back).extracting(CardRow::deck).containsOnly(Optional.of("deck-1"));
    }

    @Test
    void aCardAddedByHandAfterARuleIsACardOfItsOwn() {
        String sheet = MarkdownSheet.write("T", List.of(entry("c-1", "Q one?", "One."))) + """

                ## What is consistent hashing?

                Keys and nodes on one ring; a key goes to the next node.

                ---

                ## What is a vnode?
                <!-- sdq-card topics=sharding -->
                Many ring positions per node.
                """;
        List<CardRow> rows = MarkdownSheet.read(sheet);
        assertThat(rows).extracting(CardRow::question).containsExactly("Q one?", "What is consistent hashing?",
                "What is a vnode?");
        assertThat(rows.get(0).answer()).isEqualTo("One.");
        assertThat(rows.get(1).answer()).isEqualTo("Keys and nodes on one ring; a key goes to the next node.");
        assertThat(rows.get(1).id()).isEmpty();
        assertThat(rows.get(1).topics()).isEmpty();
        assertThat(rows.get(2).answer()).isEqualTo("Many ring positions per node.");
        assertThat(rows.get(2).topics()).contains(List.of("sharding"));
    }

    @Test
    void aHeadingInsideAnAnswerStaysInTheAnswer() {
        String answer = "Intro.\n\n## Details\n\nMore.";
        List<CardRow> rows = MarkdownSheet.read(MarkdownSheet.write("T", List.of(entry("c-1", "Q?", answer))));
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.answer()).isEqualTo(answer));
    }

    @Test
    void aLongSheetReadARunOfLinesAtATimeGivesEveryCardAtItsLine() {
        List<MarkdownSheet.Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            // Decks change along the sheet; a hand-added card (no comment) takes the deck above it.
            entries.add(new MarkdownSheet.Entry("c-" + i, "deck-" + (i / 5000), "Why does shard " + i + " need a lease?",
                    "So that two leaders never accept writes.\n\n## Not a card\n\nStill the answer " + i + ".",
                    List.of("consensus"), Optional.empty()));
        }
        String sheet = MarkdownSheet.write("Long", entries) + "\n## What is a fencing token?\n\nA number that grows.\n";
        assertThat(sheet.length()).isGreaterThan(2 * 1024 * 1024);
        List<CardRow> rows = MarkdownSheet.read(sheet);
        assertThat(rows).hasSize(12_001);
        String[] lines = sheet.split("\n", -1);
        for (int i = 0; i < 12_000; i += 997) {
            CardRow row = rows.get(i);
            assertThat(row.question()).isEqualTo("Why does shard " + i + " need a lease?");
            assertThat(row.answer()).endsWith("Still the answer " + i + ".");
            assertThat(row.deck()).contains("deck-" + (i / 5000));
            assertThat(lines[row.line() - 1]).startsWith("## Why does shard " + i + " ");
        }
        CardRow added = rows.get(12_000);
        assertThat(added.question()).isEqualTo("What is a fencing token?");
        assertThat(added.deck()).contains("deck-2");
        assertThat(lines[added.line() - 1]).isEqualTo("## What is a fencing token?");
    }
}
