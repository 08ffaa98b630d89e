package org.wirescope.app.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirescope.actors.gazetteer.CountryEntry;
import org.wirescope.actors.gazetteer.Gazetteer;
import org.wirescope.model.Event;
import org.wirescope.model.Record;

/**
 * The missed gold events of an events eval, one JSON line each, with the reason ({@link DyadDiagnosis})
 * and every predicted event of the sentence with its parties' names and codes; and the predictions of a
 * type no gold event of their sentence has ({@code EXTRA}). Not thread-safe.
 */
final class Mismatches {

    private final ObjectMapper mapper;
    private final Set<String> countries = new HashSet<>();
    private final List<String> lines = new ArrayList<>();
    private final Map<DyadDiagnosis.Kind, Integer> counts = new EnumMap<>(DyadDiagnosis.Kind.class);

    Mismatches(ObjectMapper mapper, Gazetteer gazetteer) {
        this.mapper = mapper;
        for (CountryEntry c : gazetteer.countries()) countries.add(c.code());
    }

    void add(String id, String text, List<GoldEvent> gold, List<GoldEvent> merged, List<Record> records) {
        List<GoldEvent> unmatched = new ArrayList<>(merged);
        for (GoldEvent g : gold) {
            unmatched.stream().filter(p -> p.plover().equals(g.plover())).findFirst().ifPresent(unmatched::remove);
        }
        for (GoldEvent extra : unmatched) {
            counts.merge(DyadDiagnosis.Kind.EXTRA, 1, Integer::sum);
            ObjectNode n = mapper.createObjectNode();
            n.put("id", id).put("why", DyadDiagnosis.Kind.EXTRA.name()).put("text", text);
            ObjectNode got = n.putObject("extra");
            got.put("plover", extra.plover());
            extra.sources().forEach(got.putArray("source")::add);
            extra.targets().forEach(got.putArray("target")::add);
            ArrayNode want = n.putArray("gold");
            for (GoldEvent g : gold) want.add(g.plover());
            lines.add(n.toString());
        }
        for (GoldEvent g : gold) {
            DyadDiagnosis.Kind kind = DyadDiagnosis.of(g, merged, countries);
            if (kind == null) continue;
            counts.merge(kind, 1, Integer::sum);
            ObjectNode n = mapper.createObjectNode();
            n.put("id", id).put("why", kind.name()).put("text", text);
            ObjectNode want = n.putObject("gold");
            want.put("plover", g.plover());
            g.sources().forEach(want.putArray("source")::add);
            g.targets().forEach(want.putArray("target")::add);
            ArrayNode got = n.putArray("predicted");
            for (Record r : records) {
                for (Event e : r.events()) {
                    ObjectNode p = got.addObject();
                    p.put("plover", e.plover().type()).put("cameo", e.cameo()).put("evidence", e.evidence().text());
                    p.put("source", party(e.source()));
                    p.put("target", e.target().map(Mismatches::party).orElse(null));
                }
            }
            lines.add(n.toString());
        }
    }

    private static String party(Event.Party p) {
        return p.name() + " [" + p.code().orElse("-") + "]";
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    Map<DyadDiagnosis.Kind, Integer> counts() {
        return java.util.Collections.unmodifiableMap(new EnumMap<>(counts));
    }
}
