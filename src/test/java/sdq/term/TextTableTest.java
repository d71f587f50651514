package sdq.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import sdq.term.TextTable.Column;

class TextTableTest {
    private static final List<Column> COLUMNS = List.of(Column.whole("ID"), Column.of("DECK", 24),
            Column.flexible("QUESTION"));

    @Test
    void theFlexibleColumnGivesWayFirst() {
        List<String> lines = TextTable.render(COLUMNS,
                List.of(List.of("c-1", "caching", "What is cache-aside, and when does it go wrong?")), 48,
                new Styles(false));
        assertThat(lines).containsExactly(
                "ID   DECK     QUESTION",
                "c-1  caching  What is cache-aside, and when doe…");
        assertThat(lines).allSatisfy(l -> assertThat(Wrap.width(l)).isLessThanOrEqualTo(48));
    }

    @Test
    void onANarrowLineTheFlexibleColumnKeepsHalfAndTheOthersShareTheCut() {
        List<Column> columns = List.of(Column.whole("ID"), Column.of("DECK", 24), Column.of("TOPICS", 28),
                Column.flexible("QUESTION"));
        List<String> lines = TextTable.render(columns, List.of(List.of("c-20f25f", "book-understanding-distributed-systems",
                "architecture,storage,consistency", "How would you design a distributed backup system that avoids"
                + " losing data?")), 80, new Styles(false));
        assertThat(lines.get(1)).isEqualTo("c-20f25f  book-understa…  architecture,s…  How would you design a distributed b…");
        assertThat(Wrap.width(lines.get(1))).isEqualTo(80);
    }

    @Test
    void aWholeColumnIsNeverCut() {
        List<String> lines = TextTable.render(COLUMNS,
                List.of(List.of("c-123456789", "a-long-deck-name", "What is cache-aside?")), 30, new Styles(false));
        assertThat(lines.get(1)).startsWith("c-123456789  ");
    }

    @Test
    void withRoomNothingIsCut() {
        List<String> lines = TextTable.render(COLUMNS, List.of(List.of("c-1", "d", "Short?")), 200, new Styles(false));
        assertThat(lines).containsExactly("ID   DECK  QUESTION", "c-1  d     Short?");
    }

    @Test
    void cellsAreOneSafeLine() {
        List<String> lines = TextTable.render(COLUMNS, List.of(List.of("c-1", "d", "two\nlines \u001b[2J")), 200,
                new Styles(false));
        assertThat(lines.get(1)).isEqualTo("c-1  d     two lines \u241b[2J");
    }

    @Test
    void printedALineAtATimeItStopsWhenTheReaderGoesAwayAndHoldsNoRows() {
        int[] passes = {0};
        int[] made = {0};
        Iterable<List<String>> rows = () -> {
            passes[0]++;
            return java.util.stream.IntStream.range(0, 10_000).mapToObj(i -> {
                made[0]++;
                return List.of("c-" + i, "d", "Question " + i + "?");
            }).iterator();
        };
        List<String> shown = new java.util.ArrayList<>();
        TextTable.print(COLUMNS, rows, 80, new Styles(false), line -> shown.add(line) && shown.size() < 3);
        assertThat(shown).containsExactly("ID      DECK  QUESTION", "c-0     d     Question 0?", "c-1     d     Question 1?");
        // One pass for the widths (the widest id is c-9999), then only what was printed.
        assertThat(passes[0]).isEqualTo(2);
        assertThat(made[0]).isEqualTo(10_000 + 2);
    }

    @Test
    void printedItIsTheTableRendered() {
        List<List<String>> rows = List.of(List.of("c-1", "caching", "What is cache-aside?"), List.of("c-22", "d", "Why?"));
        List<String> printed = new java.util.ArrayList<>();
        TextTable.print(COLUMNS, rows, 30, new Styles(false), printed::add);
        assertThat(printed).isEqualTo(TextTable.render(COLUMNS, rows, 30, new Styles(false))).hasSize(3);
    }
}
