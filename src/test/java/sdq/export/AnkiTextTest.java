package sdq.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sdq.deck.CardRow;
import sdq.deck.InvalidInputException;

/** Anki's plain-text notes as its manual describes them, and as Anki tolerates them. */
class AnkiTextTest {
    private static List<String> sides(List<CardRow> rows) {
        return rows.stream().map(r -> r.question() + " => " + r.answer()).toList();
    }

    private static String separator(String word) {
        return switch (word) {
            case "tab" -> "\t";
            case "semicolon" -> ";";
            case "pipe" -> "|";
            case "comma" -> ",";
            case "colon" -> ":";
            default -> " ";
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tab", "semicolon", "pipe", "comma", "colon", "space"})
    void anySeparatorAnkiTakesIsReadFromItsHeader(String word) {
        String separator = separator(word);
        String text = "#separator:" + word + "\nLSM" + separator + "log-structured\nWAL" + separator + "write-ahead\n";
        assertThat(sides(AnkiText.read("n.txt", text))).containsExactly("LSM => log-structured", "WAL => write-ahead");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tab", "semicolon", "pipe", "comma"})
    void withoutAHeaderTheSeparatorIsTheOneEveryLineHolds(String word) {
        String separator = separator(word);
        String text = "What is a WAL?" + separator + "A log written before the data\nWhat is a CDN?" + separator
                + "An edge cache\nWhat is a VIP?" + separator + "A virtual IP\n";
        assertThat(sides(AnkiText.read("n.txt", text))).containsExactly("What is a WAL? => A log written before the data",
                "What is a CDN? => An edge cache", "What is a VIP? => A virtual IP");
    }

    @Test
    void aQuizletExportIsTermTabDefinitionOnEachLine() {
        String text = "Sharding\tSplitting data across nodes by key\nReplica\tA copy of a shard on another node\n"
                + "Quorum\tA majority of replicas, R + W > N\n";
        assertThat(sides(AnkiText.read("quizlet.txt", text))).containsExactly(
                "Sharding => Splitting data across nodes by key", "Replica => A copy of a shard on another node",
                "Quorum => A majority of replicas, R + W > N");
    }

    @Test
    void aFirstRowOfColumnNamesIsAHeaderNotANote() {
        List<CardRow> rows = AnkiText.read("n.txt", "Front\tBack\nLSM\tlog-structured\n");
        assertThat(sides(rows)).containsExactly("LSM => log-structured");
        assertThat(rows.get(0).line()).isEqualTo(2);
    }

    @Test
    void quotedFieldsHoldSeparatorsLineBreaksAndDoubledQuotes() {
        String text = "#separator:tab\n\"Two\tparts\"\t\"line one\nline two with \"\"quotes\"\"\"\n";
        assertThat(sides(AnkiText.read("n.txt", text))).containsExactly("Two\tparts => line one\nline two with \"quotes\"");
    }

    @Test
    void quotesAreReadAsAnkiReadsThem() {
        // A quote inside a field stays; text after a closing quote stays in the field.
        String text = "#separator:tab\nThe \"hot\" key\tone key most reads hit\n\"Quoted\" term\tdef\n";
        assertThat(sides(AnkiText.read("n.txt", text))).containsExactly("The \"hot\" key => one key most reads hit",
                "Quoted term => def");
    }

    @Test
    void aNoteOfOneFieldIsAQuestionWithoutAnAnswerAtItsLine() {
        List<CardRow> rows = AnkiText.read("n.txt", "#separator:tab\nLSM\tlog-structured\njust a question\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).question()).isEqualTo("just a question");
        assertThat(rows.get(1).answer()).isEmpty();
        assertThat(rows.get(1).line()).isEqualTo(3);
    }

    @Test
    void htmlFieldsBecomeMarkdown() {
        String text = "#separator:tab\n#html:true\n<b>Bold</b> question\t<ul><li>one</li><li>two</li></ul>\n";
        assertThat(sides(AnkiText.read("n.txt", text))).containsExactly("**Bold** question => - one\n- two");
    }

    @Test
    void aClozeNoteIsACardForEachGapTheFirstKeepingItsGuid() {
        String text = "#separator:tab\n#guid column:1\n#notetype column:2\n"
                + "g1\tCloze\tRaft elects a {{c1::leader}} by {{c2::majority vote::how}}.\t\n";
        List<CardRow> rows = AnkiText.read("n.txt", text);
        assertThat(sides(rows)).containsExactly(
                "Raft elects a [...] by majority vote. => **leader**\n\nRaft elects a leader by majority vote.",
                "Raft elects a leader by [how]. => **majority vote**\n\nRaft elects a leader by majority vote.");
        assertThat(rows).extracting(CardRow::id).containsExactly(Optional.of("g1"), Optional.of("g1-c2"));
        assertThat(rows.get(1).cloze().orElseThrow().text()).isEqualTo("Raft elects a leader by {{c1::majority vote::how}}.");
    }

    @Test
    void anEmptyGapIsNoCloze() {
        List<CardRow> rows = AnkiText.read("n.txt", "#separator:tab\n{{c1::}} nothing hidden\n");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.cloze()).isEmpty();
            assertThat(r.answer()).isEmpty();
        });
    }

    @Test
    void aSeparatorAnkiDoesNotKnowIsBadInputNamingTheFile() {
        assertThatThrownBy(() -> AnkiText.read("n.txt", "#separator:slash\na/b\n")).isInstanceOf(InvalidInputException.class)
                .hasMessage("n.txt: the separator 'slash' is not one Anki knows (tab, comma, semicolon, pipe, space, colon).");
    }
}
