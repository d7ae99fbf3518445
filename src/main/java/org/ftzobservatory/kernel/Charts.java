package org.ftzobservatory.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** Builds the JSON that {@code static/js/charts.js} renders; pages put it in a {@code data-chart} attribute. */
@Component("charts")
public class Charts {

    /** One bar of a chart: its label, numeric value and the figure as printed in the report (shown on the bar). */
    public record Bar(String label, Number value, String raw) {
    }

    private final ObjectMapper json;

    public Charts(ObjectMapper json) {
        this.json = json;
    }

    public String bars(String title, List<Bar> bars) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "bar");
        spec.put("title", title);
        List<String> labels = new ArrayList<>();
        List<Number> values = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        List<Bar> bottomUp = new ArrayList<>(bars);
        java.util.Collections.reverse(bottomUp);
        for (Bar b : bottomUp) {
            labels.add(b.label());
            values.add(b.value());
            raw.add(b.raw());
        }
        spec.put("labels", labels);
        spec.put("values", values);
        spec.put("raw", raw);
        return json.writeValueAsString(spec);
    }

    /** Before/after bars of one metric; a range is drawn at its upper bound and labelled as printed. */
    public String beforeAfter(String title, String unit, Number before, String beforeLabel, Number after, String afterLabel,
                              String beforeName, String afterName) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "beforeAfter");
        spec.put("title", title);
        spec.put("unit", unit);
        spec.put("names", List.of(beforeName, afterName));
        spec.put("values", java.util.Arrays.asList(before, after));
        spec.put("labels", java.util.Arrays.asList(beforeLabel, afterLabel));
        return json.writeValueAsString(spec);
    }

    /** A heatmap of counts: rows × columns, cells as [columnIndex, rowIndex, count]; links open a filtered view. */
    public String heatmap(List<String> rows, List<String> columns, List<int[]> cells, List<String> rowIds, List<String> columnIds,
                          String linkPattern) {
        return json.writeValueAsString(heatmapSpec(rows, columns, cells, rowIds, columnIds, linkPattern));
    }

    private static Map<String, Object> heatmapSpec(List<String> rows, List<String> columns, List<int[]> cells, List<String> rowIds,
                                                   List<String> columnIds, String linkPattern) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "heatmap");
        spec.put("rows", rows);
        spec.put("columns", columns);
        spec.put("rowIds", rowIds);
        spec.put("columnIds", columnIds);
        spec.put("cells", cells);
        spec.put("link", linkPattern);
        return spec;
    }

    /**
     * A heatmap whose cell values are categories, not counts: value {@code i} (from 1) is {@code valueNames[i - 1]}, shown
     * in the legend and the tooltip instead of the number (e.g. a task's status per record and region).
     */
    public String heatmap(List<String> rows, List<String> columns, List<int[]> cells, List<String> rowIds, List<String> columnIds,
                          String linkPattern, List<String> valueNames) {
        Map<String, Object> spec = heatmapSpec(rows, columns, cells, rowIds, columnIds, linkPattern);
        spec.put("valueNames", valueNames);
        return json.writeValueAsString(spec);
    }

    /** One series of a grouped chart; a null value leaves a gap. */
    public record Series(String name, List<Number> values) {
    }

    /** Several series over shared categories, as bars or as lines. */
    public String grouped(String title, List<String> categories, List<Series> series, boolean line, Number max) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "grouped");
        spec.put("title", title);
        spec.put("categories", categories);
        spec.put("series", series);
        spec.put("line", line);
        spec.put("labels", line);
        spec.put("max", max);
        return json.writeValueAsString(spec);
    }

    public String map(List<Integer> batches, List<Map<String, Object>> zones) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "map");
        spec.put("batches", batches);
        spec.put("zones", zones);
        return json.writeValueAsString(spec);
    }
}
