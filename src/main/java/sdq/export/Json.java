package sdq.export;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sdq.deck.Card;
import sdq.deck.DeckCard;

/** JSON documents for {@code --json} output and the JSON export, written with jackson-jr. */
public final class Json {
    private static final JSON WRITER = JSON.builder(new com.fasterxml.jackson.core.JsonFactoryBuilder()
                    .characterEscapes(new SafeEscapes()).build()).build()
            .with(JSON.Feature.PRETTY_PRINT_OUTPUT).without(JSON.Feature.WRITE_NULL_PROPERTIES);

    /**
     * Besides what JSON must escape, the characters that could hijack a terminal or a pager
     * reading the output (C1 controls, bidi embeddings, overrides and isolates, invisible format
     * characters, line and paragraph separators) are written as {@code \\uXXXX}: the same data.
     */
    private static final class SafeEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            boolean hidden = ch >= 0x7F && ch <= 0x9F || ch >= 0x200B && ch <= 0x200F || ch >= 0x2028 && ch <= 0x202E
                    || ch >= 0x2060 && ch <= 0x2069 || ch == 0x061C || ch == 0xFEFF;
            return hidden ? new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }

    private Json() {
    }

    /**
     * A JSON array of {@code items}, each made only when it is written, to {@code out}: the same
     * text as {@link #write} of the whole list, in memory for one item at a time.
     */
    public static void writeArray(Iterable<?> items, Appendable out) {
        try {
            boolean first = true;
            out.append('[');
            for (Object item : items) {
                out.append(first ? " " : ", ").append(WRITER.asString(item));
                first = false;
            }
            out.append(first ? " ]" : " ]");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One JSON document for a tree of maps, lists, strings, numbers and booleans. */
    public static String write(Object value) {
        try {
            return WRITER.asString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A card as a JSON object: id, deck, q, a, topics, section, line, parent. */
    public static Map<String, Object> card(DeckCard entry) {
        Card card = entry.card();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", card.id().value());
        out.put("deck", entry.deck());
        out.put("q", card.question());
        out.put("a", card.answer());
        out.put("topics", List.copyOf(card.topics()));
        out.put("section", card.section());
        card.source().ifPresent(source -> out.put("line", source.line()));
        card.parent().ifPresent(parent -> out.put("parent", parent.value()));
        card.cloze().ifPresent(cloze -> out.put("cloze", cloze.text()));
        return out;
    }
}
