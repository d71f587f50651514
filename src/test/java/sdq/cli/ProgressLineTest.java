package sdq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    private final StringWriter text = new StringWriter();
    private final AtomicLong now = new AtomicLong();
    private final ProgressLine line = new ProgressLine(new PrintWriter(text), now::get);

    @Test
    void aQuickImportShowsNoLine() {
        line.filesRead(1, 3);
        now.set(100_000_000L);
        line.filesRead(3, 3);
        line.clear();
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void aLongImportRedrawsTheLineInPlaceAtMostTenTimesASecondThenRubsItOut() {
        now.set(600_000_000L);
        line.filesRead(10, 5000);
        now.set(650_000_000L);
        line.filesRead(11, 5000);
        now.set(710_000_000L);
        line.filesRead(4999, 5000);
        now.set(720_000_000L);
        line.filesRead(5000, 5000);
        line.clear();
        String blank = " ".repeat("reading files: 4999/5000".length());
        assertThat(text.toString()).isEqualTo("\rreading files: 10/5000\rreading files: 4999/5000"
                + "\rreading files: 5000/5000\r" + blank + "\r");
    }
}
