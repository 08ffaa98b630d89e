package org.wirescope.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Locale;
import java.util.Optional;
import org.wirescope.config.Limits;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Source;

/**
 * Turns one decoded JSON Lines line into a document: {@code text} (required), {@code title},
 * {@code id}, {@code url}, {@code published}, {@code language}. Other fields are ignored.
 */
final class JsonLine {

    private final ObjectMapper mapper;

    JsonLine(Limits limits) {
        // Jackson caps strings at 20 M chars by default; a document may be as long as the byte limit
        int longestString = (int) Math.min(Integer.MAX_VALUE, Math.max(limits.maxDocumentBytes(),
                StreamReadConstraints.DEFAULT_MAX_STRING_LEN));
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(longestString).build())
                .build();
        this.mapper = JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    /** Thrown for a line that parses but is not a usable document. */
    private static final class BadField extends Exception {
        BadField(String reason) {
            super(reason, null, false, false);
        }
    }

    Ingested parse(String json, String uri, String encoding, long bytes) {
        try {
            JsonNode node = mapper.readTree(json);
            if (node == null || !node.isObject()) return Items.failed(uri, "not a JSON object", bytes);
            Optional<String> text = field(node, "text", false);
            if (text.isEmpty()) return Items.failed(uri, "missing or empty field \"text\"", bytes);
            Source source = new Source(uri, Source.Format.JSONL, field(node, "url", false), field(node, "id", true));
            RawDocument.Given given = new RawDocument.Given(
                    field(node, "title", false), field(node, "published", false), field(node, "language", false));
            return Items.document(new RawDocument(source, text.get(), encoding, given), bytes);
        } catch (JsonProcessingException e) {
            return Items.failed(uri, "not valid JSON: " + e.getOriginalMessage(), bytes);
        } catch (BadField e) {
            return Items.failed(uri, e.getMessage(), bytes);
        }
    }

    /** A string field (or a number, where allowed); absent when missing, null or blank. */
    private static Optional<String> field(JsonNode object, String name, boolean numberAllowed) throws BadField {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) return Optional.empty();
        if (!value.isTextual() && !(numberAllowed && value.isNumber())) {
            String type = value.getNodeType().name().toLowerCase(Locale.ROOT);
            throw new BadField("field \"" + name + "\" must be a string, not " + type);
        }
        String text = value.asText();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
