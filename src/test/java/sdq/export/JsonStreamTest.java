package sdq.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An array written a card at a time is the same text as the whole list written at once. */
class JsonStreamTest {
    @Test
    void aStreamedArrayIsTheWholeListsText() {
        List<Object> items = List.of(Map.of("id", "c-1", "q", "What is \u009b?"), Map.of("id", "c-2", "topics",
                List.of("a", "b")), List.of(1, 2));
        StringBuilder streamed = new StringBuilder();
        Json.writeArray(items, streamed);
        assertThat(streamed.toString()).isEqualTo(Json.write(items));
        StringBuilder empty = new StringBuilder();
        Json.writeArray(List.of(), empty);
        assertThat(empty.toString()).isEqualTo(Json.write(List.of()));
    }
}
