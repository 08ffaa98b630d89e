package org.wirescope.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirescope.model.Quote;

/** A quote's relays as the JSON array kept in {@code quotes.via}: {@code [{"actor": "m1", "name": "Tasnim"}]}. */
final class Relays {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Relays() {
    }

    static String toJson(List<Quote.Relay> via) {
        ArrayNode array = JSON.createArrayNode();
        for (Quote.Relay relay : via) {
            ObjectNode node = array.addObject();
            node.put("actor", relay.actor().orElse(null));
            node.put("name", relay.name());
        }
        return array.toString();
    }

    static List<Quote.Relay> fromJson(String json) {
        try {
            List<Quote.Relay> via = new ArrayList<>();
            for (JsonNode node : JSON.readTree(json)) {
                JsonNode actor = node.path("actor");
                via.add(new Quote.Relay(
                        actor.isTextual() ? Optional.of(actor.asText()) : Optional.empty(),
                        node.path("name").asText()));
            }
            return via;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("quotes.via is not a JSON array of relays: " + json, e);
        }
    }
}
