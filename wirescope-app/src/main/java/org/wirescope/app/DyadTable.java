package org.wirescope.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.wirescope.store.DyadPeriod;
import org.wirescope.store.DyadStories;

/**
 * Dyad counts: an aligned table or CSV with one row per period (events and Goldstein sums for each
 * quad class, then the reports and the distinct stories they tell), or one JSON object per period and
 * quad class.
 */
final class DyadTable {

    private static final JsonFactory JSON = new JsonFactory();

    private record Cell(LocalDate period, int quadClass) {
    }

    private static final String[] HEADER = {"PERIOD", "Q1", "Q1 GS", "Q2", "Q2 GS", "Q3", "Q3 GS", "Q4", "Q4 GS", "REPORTS", "STORIES"};
    private static final String CSV_HEADER = "period,q1_events,q1_goldstein,q2_events,q2_goldstein,"
            + "q3_events,q3_goldstein,q4_events,q4_goldstein,reports,stories";

    private DyadTable() {
    }

    /**
     * The table: a header, then one row per period; a quad class without events shows 0 and {@code -}.
     * {@code stories} are the distinct-story counts of the same query.
     */
    static List<String> rows(List<DyadPeriod> counts, List<DyadStories> stories, String interval) {
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADER);
        Map<LocalDate, Long> periodStories = periodStories(stories);
        for (Map.Entry<LocalDate, List<DyadPeriod>> period : byPeriod(counts).entrySet()) {
            cells.add(cells(period.getKey(), period.getValue(), periodStories, interval, "-"));
        }
        return Columns.align(cells, false, true, true, true, true, true, true, true, true, true, true);
    }

    /** CSV with a header line, one line per period, as the table; empty Goldstein cells where a class has no events. */
    static List<String> csv(List<DyadPeriod> counts, List<DyadStories> stories, String interval) {
        List<String> lines = new ArrayList<>();
        lines.add(CSV_HEADER);
        Map<LocalDate, Long> periodStories = periodStories(stories);
        for (Map.Entry<LocalDate, List<DyadPeriod>> period : byPeriod(counts).entrySet()) {
            lines.add(String.join(",", cells(period.getKey(), period.getValue(), periodStories, interval, "")));
        }
        return lines;
    }

    /** One JSON line per period and quad class, as {@link #json(DyadPeriod, DyadStories, String)}. */
    static List<String> json(List<DyadPeriod> counts, List<DyadStories> stories, String interval) {
        Map<Cell, DyadStories> byCell = new HashMap<>();
        for (DyadStories s : stories) byCell.put(new Cell(s.period(), s.quadClass()), s);
        List<String> lines = new ArrayList<>();
        for (DyadPeriod d : counts) {
            DyadStories s = byCell.getOrDefault(new Cell(d.period(), d.quadClass()), new DyadStories(d.period(), d.quadClass(), 0, 0));
            lines.add(json(d, s, interval));
        }
        return lines;
    }

    /**
     * {@code {"period": "2024-05", "start": "2024-05-01", "quad_class": 3, "events": 2, "goldstein": -11.4,
     * "reports": 2, "period_reports": 2, "stories": 1, "period_stories": 1}}
     */
    static String json(DyadPeriod d, DyadStories stories, String interval) {
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
            g.writeNumberField("stories", stories.stories());
            g.writeNumberField("period_stories", stories.periodStories());
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

    private static Map<LocalDate, Long> periodStories(List<DyadStories> stories) {
        Map<LocalDate, Long> periods = new HashMap<>();
        for (DyadStories s : stories) periods.put(s.period(), s.periodStories());
        return periods;
    }

    private static String[] cells(LocalDate start, List<DyadPeriod> quads, Map<LocalDate, Long> periodStories,
                                  String interval, String none) {
        String[] row = new String[HEADER.length];
        row[0] = label(start, interval);
        for (int quad = 1; quad <= 4; quad++) {
            row[2 * quad - 1] = "0";
            row[2 * quad] = none;
        }
        long reports = 0;
        for (DyadPeriod d : quads) {
            if (d.quadClass() >= 1 && d.quadClass() <= 4) {
                row[2 * d.quadClass() - 1] = Long.toString(d.events());
                row[2 * d.quadClass()] = String.format(Locale.ROOT, "%.1f", d.goldstein());
            }
            reports = d.periodReports();
        }
        row[HEADER.length - 2] = Long.toString(reports);
        row[HEADER.length - 1] = Long.toString(periodStories.getOrDefault(start, 0L));
        return row;
    }
}
