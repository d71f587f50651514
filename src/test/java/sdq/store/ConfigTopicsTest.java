package sdq.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import sdq.deck.InvalidInputException;

/** Topics in the config: keywords as written, and one that YAML would read as a tag refused with what to write. */
class ConfigTopicsTest {
    @Test
    void aQuotedKeywordAfterAnExclamationMarkIsKeptAsWritten() {
        Config config = ConfigFile.parse("config.yaml", "topics:\n  testing: [test*, mock*, '!mock interview*']\n"
                + "  chat: \"chat*, !chatgpt\"\n");
        assertThat(config.topics().get("testing")).containsExactly("test*", "mock*", "!mock interview*");
        assertThat(config.topics().get("chat")).containsExactly("chat*", "!chatgpt");
    }

    @Test
    void anUnquotedKeywordAfterAnExclamationMarkIsRefusedWithTheQuotedForm() {
        assertThatThrownBy(() -> ConfigFile.parse("config.yaml", "topics:\n  testing: [test*, !mock interview*]\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("config.yaml:2:20: a keyword that starts with ! must be quoted: write '!mock interview*'");
        assertThatThrownBy(() -> ConfigFile.parse("config.yaml", "topics:\n  testing: !mock interview*, mock*\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("a keyword that starts with ! must be quoted: write '!mock interview*, mock*'");
        assertThat(ConfigFile.parse("config.yaml", "topics:\n  testing: [!!str test*]\n").topics().get("testing"))
                .isEqualTo(List.of("test*"));
    }
}
