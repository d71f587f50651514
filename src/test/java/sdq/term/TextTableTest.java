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
}
