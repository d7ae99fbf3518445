package org.ftzobservatory.web;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

/**
 * The bundled dataset read straight from data/ with plain SnakeYAML, bypassing the application's reader, importer and
 * database: the independent oracle page tests compare what a page shows against.
 */
final class DatasetFiles {

    private static final Path DATA = Path.of("data");

    private DatasetFiles() {
    }

    /** The records under {@code key} of one data file, each as a plain map. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> records(String file, String key) {
        try (Reader r = Files.newBufferedReader(DATA.resolve(file), StandardCharsets.UTF_8)) {
            Map<String, Object> root = new Yaml().load(r);
            return (List<Map<String, Object>>) root.get(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, Object>> zones() {
        return records("zones.yaml", "ftzs");
    }

    static List<Map<String, Object>> events() {
        return records("chronicle.yaml", "events");
    }

    static List<Map<String, Object>> documents() {
        return allIn("documents", "documents");
    }

    static List<Map<String, Object>> innovations() {
        return allIn("innovations", "innovations");
    }

    static List<Map<String, Object>> innovationTags() {
        return records("innovation-tags.yaml", "tags");
    }

    /** The records under {@code key} of every YAML file of one data folder. */
    private static List<Map<String, Object>> allIn(String folder, String key) {
        List<Map<String, Object>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(DATA.resolve(folder))) {
            files.filter(f -> f.toString().endsWith(".yaml")).sorted()
                    .forEach(f -> out.addAll(records(folder + "/" + f.getFileName(), key)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
