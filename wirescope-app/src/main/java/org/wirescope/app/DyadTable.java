package org.wirescope.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.wirescope.store.DyadPeriod;

/**
 * Dyad counts: an aligned table or CSV with one row per period (events and Goldstein sums for each
 * quad class, then the reports and the distinct stories they tell), or one JSON object per period and
 * quad class.
 */
final class DyadTable {

    private static final JsonFactory JSON = new JsonFactory();

    private static final String[] HEADER = {"PERIOD", "Q1", "Q1 GS", "Q2", "Q2 GS", "Q3", "Q3 GS", "Q4", "Q4 GS", "REPORTS", "STORIES"};
    private static final String CSV_HEADER = "period,q1_events,q1_goldstein,q2_events,q2_goldstein,"
            + "q3_events,q3_goldstein,q4_events,q4_goldstein,reports,stories";

    private DyadTable() {
    }

    /** The table: a header, then one row per period; a quad class without events shows 0 and {@code -}. */
    static List<String> rows(List<DyadPeriod> counts, String interval) {
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADER);
        for (Map.Entry<LocalDate, List<DyadPeriod>> period : byPeriod(counts).entrySet()) {
            cells.add(cells(period.getKey(), period.getValue(), interval, "-"));
        }
        return Columns.align(cells, false, true, true, true, true, true, true, true, true, true, true);
    }

    /** CSV with a header line, one line per period, as the table; empty Goldstein cells where a class has no events. */
    static List<String> csv(List<DyadPeriod> counts, String interval) {
        List<String> lines = new ArrayList<>();
        lines.add(CSV_HEADER);
        for (Map.Entry<LocalDate, List<DyadPeriod>> period : byPeriod(counts).entrySet()) {
            lines.add(String.join(",", cells(period.getKey(), period.getValue(), interval, "")));
        }
        return lines;
    }

    /**
     * {@code {"period": "2024-05", "start": "2024-05-01", "quad_class": 3, "events": 2, "goldstein": -11.4,
     * "reports": 2, "period_reports": 2, "stories": 1, "period_stories": 1}}
     */
    static String json(DyadPeriod d, String interval) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(sw)) {
            g.writeStartObject();
            g.writeStringField("period", label(d.period(), interval));
            g.writeStringField("start", d.period().toString());
            g.writeNumberField("quad_class", d.quadClass());
            g.writeNumberField("events", d.events());
            g.writeNumberField("goldstein", d.goldstein());
            g.writeNumberField("reports", d.reports());
            g.writeNumberField("period_reports", d.periodReports());
            g.writeNumberField("stories", d.stories());
            g.writeNumberField("period_stories", d.periodStories());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    /** {@code 2024} for a year, {@code 2024-05} for a month, the first day for a week or a day. */
    static String label(LocalDate start, String interval) {
        return switch (interval) {
            case "year" -> Integer.toString(start.getYear());
            case "month" -> start.toString().substring(0, 7);
            default -> start.toString();
        };
    }

    private static Map<LocalDate, List<DyadPeriod>> byPeriod(List<DyadPeriod> counts) {
        Map<LocalDate, List<DyadPeriod>> periods = new TreeMap<>();
        for (DyadPeriod d : counts) periods.computeIfAbsent(d.period(), p -> new ArrayList<>()).add(d);
        return periods;
    }

    private static String[] cells(LocalDate start, List<DyadPeriod> quads, String interval, String none) {
        String[] row = new String[HEADER.length];
        row[0] = label(start, interval);
        for (int quad = 1; quad <= 4; quad++) {
            row[2 * quad - 1] = "0";
            row[2 * quad] = none;
        }
        long reports = 0;
        long stories = 0;
        for (DyadPeriod d : quads) {
            if (d.quadClass() >= 1 && d.quadClass() <= 4) {
                row[2 * d.quadClass() - 1] = Long.toString(d.events());
                row[2 * d.quadClass()] = String.format(Locale.ROOT, "%.1f", d.goldstein());
            }
            reports = d.periodReports();
            stories = d.periodStories();
        }
        row[HEADER.length - 2] = Long.toString(reports);
        row[HEADER.length - 1] = Long.toString(stories);
        return row;
    }
}
