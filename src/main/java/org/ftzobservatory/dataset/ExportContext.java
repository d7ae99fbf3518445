package org.ftzobservatory.dataset;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * What a part exports with: the database, the target directory, and the one YAML style of the hand-written files (empty
 * fields left out). Counts of the files written go to the CLI summary.
 */
public final class ExportContext {

    private final Path dir;
    private final JdbcTemplate jdbc;
    private final Consumer<String> progress;
    private final Map<String, Integer> written = new LinkedHashMap<>();

    ExportContext(Path dir, JdbcTemplate jdbc, Consumer<String> progress) {
        this.dir = dir;
        this.jdbc = jdbc;
        this.progress = progress;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    Map<String, Integer> written() {
        return written;
    }

    /** Writes a YAML file without counting it (vocabularies, headers). */
    public void yaml(String name, Object content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setAllowUnicode(true);
        o.setWidth(140);
        o.setIndicatorIndent(2);
        o.setIndentWithIndicator(true);
        Files.writeString(file, "# Exported by ftz export; the same format as the bundled dataset (see data/README.md).\n"
                + new Yaml(o).dump(content), StandardCharsets.UTF_8);
    }

    /** Writes a YAML file of {@code records} records and reports it. */
    public void yaml(String name, Object content, int records) throws IOException {
        yaml(name, content);
        counted(name, records);
    }

    /** Writes a CSV (or other text) file of lines, the header included, with {@code records} records. */
    public void lines(String name, List<String> lines, int records) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        counted(name, records);
    }

    private void counted(String name, int records) {
        written.put(name, records);
        progress.accept(name + ": " + records);
    }

    public static Map<String, Object> pick(Map<String, Object> row, String... keys) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String k : keys) {
            m.put(k, row.get(k));
        }
        return m;
    }

    /** Drops nulls and empty lists, and turns JDBC types into plain YAML scalars. */
    public static Map<String, Object> compact(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (var e : m.entrySet()) {
            Object v = e.getValue();
            if (v == null || (v instanceof List<?> l && l.isEmpty())) {
                continue;
            }
            if (v instanceof BigDecimal b) {
                v = b.stripTrailingZeros().toPlainString();
            } else if (v instanceof List<?> l) {
                v = l.stream().map(x -> x instanceof Map<?, ?> mm ? compact(castMap(mm)) : x).toList();
            }
            out.put(e.getKey(), v);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    public static List<String> strings(Object sqlArray) {
        if (sqlArray == null) {
            return List.of();
        }
        try {
            Object a = sqlArray instanceof Array arr ? arr.getArray() : sqlArray;
            return Arrays.stream((Object[]) a).map(Object::toString).toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CSV cell: empty for null, plain digits for decimals. */
    public static String text(Object v) {
        if (v == null) {
            return "";
        }
        return v instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : v.toString();
    }
}
