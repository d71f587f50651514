package sdq.export;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import sdq.deck.CardFields;
import sdq.deck.CardRow;
import sdq.deck.Cloze;
import sdq.deck.InvalidInputException;

/**
 * Cards from JSON: an array of card objects (as {@code sdq export --format json} and
 * {@code sdq list --json} write them), or an object holding one under {@code cards}. A card has
 * {@code q}/{@code a} or {@code question}/{@code answer} (or {@code front}/{@code back}), and may
 * have {@code id}, {@code topics} (or {@code tags}), {@code deck}, {@code section} and {@code parent}; other
 * keys (the schedule, the history) are ignored.
 */
public final class JsonCards {
    private JsonCards() {
    }

    public static boolean looksLike(String text) {
        String t = text.stripLeading();
        return t.startsWith("[") || t.startsWith("{");
    }

    public static List<CardRow> read(String name, String text) {
        return read(name, new java.io.StringReader(text));
    }

    /** As {@link #read(String, String)}, from {@code text} a buffer at a time: a long file is never one string. */
    public static List<CardRow> read(String name, java.io.Reader text) {
        List<CardRow> rows = new ArrayList<>();
        try (JsonParser parser = JSON.std.getStreamingFactory().createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                // {"cards": [...]}: find the list.
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (value == JsonToken.START_ARRAY && List.of("cards", "flashcards", "questions").contains(field)) {
                        first = value;
                        break;
                    }
                    parser.skipChildren();
                }
            }
            if (first != JsonToken.START_ARRAY) {
                throw new InvalidInputException(name + ":1: no list of cards; write an array of objects with \"q\" and"
                        + " \"a\" (or \"question\" and \"answer\").");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = parser.currentTokenLocation().getLineNr();
                Map<String, Object> card = JSON.std.mapFrom(parser);
                rows.addAll(rows(name, line, card));
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw new InvalidInputException(where(name, parser.currentTokenLocation())
                        + ": each card must be an object with \"q\" and \"a\".");
            }
        } catch (JsonProcessingException e) {
            String problem = e.getOriginalMessage().replaceAll("\\s+", " ")
                    .replaceAll(" ?\\(start marker at \\[Source: [^]]*?line: (\\d+), column: \\d+\\]\\)", " opened on line $1")
                    .replaceAll("\\[Source: [^]]*\\]", "");
            throw new InvalidInputException(where(name, e.getLocation()) + ": not valid JSON: " + problem + ".", e);
        } catch (IOException e) {
            throw new InvalidInputException(name + ": cannot read it as JSON: " + e.getMessage(), e);
        }
        return rows;
    }

    /** A card of the file; a cloze given without a question, a card for each of its gaps. */
    private static List<CardRow> rows(String name, int line, Map<String, Object> card) {
        String q = null;
        String a = null;
        Optional<String> id = Optional.empty();
        List<String> topics = new ArrayList<>();
        boolean hasTopics = false;
        Optional<String> deck = Optional.empty();
        String section = "";
        Optional<String> parent = Optional.empty();
        Optional<Cloze> cloze = Optional.empty();
        for (Map.Entry<String, Object> e : card.entrySet()) {
            String key = e.getKey().strip().toLowerCase(Locale.ROOT);
            Object value = e.getValue();
            Optional<CardFields.Field> field = CardFields.of(key);
            if (field.isEmpty()) {
                continue;
            }
            switch (field.get()) {
                case QUESTION -> q = text(name, line, key, value);
                case ANSWER -> a = text(name, line, key, value);
                case ID -> id = Optional.of(text(name, line, key, value)).filter(s -> !s.isBlank());
                case DECK -> deck = Optional.of(text(name, line, key, value)).filter(s -> !s.isBlank());
                case SECTION -> section = text(name, line, key, value);
                case PARENT -> parent = Optional.of(text(name, line, key, value)).filter(s -> !s.isBlank());
                case CLOZE -> cloze = Cloze.of(text(name, line, key, value));
                case TOPICS -> {
                    hasTopics = true;
                    if (value instanceof List<?> list) {
                        list.forEach(t -> topics.add(text(name, line, key, t)));
                    } else {
                        topics.addAll(CardFields.topics(text(name, line, key, value)));
                    }
                }
            }
        }
        Optional<List<String>> given = hasTopics ? Optional.of(topics) : Optional.empty();
        if (cloze.isPresent() && (q == null || q.isBlank())) {
            return CardRow.ofCloze(cloze.get(), id, given, deck, section, line, parent);
        }
        return List.of(new CardRow(q == null ? "" : q.strip(), a == null ? "" : a.strip(), id, given, deck, section,
                line, parent, cloze));
    }

    private static String text(String name, int line, String key, Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw new InvalidInputException(name + ":" + line + ": \"" + key + "\" must be text, not "
                + (value instanceof List ? "a list" : "an object") + ".");
    }

    private static String where(String name, JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? name
                : name + ":" + location.getLineNr() + ":" + location.getColumnNr();
    }
}
