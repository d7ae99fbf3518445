package org.ftzobservatory.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Writes the database's dataset back out as the same YAML/CSV files the importer reads, part by part, so a curator can
 * edit an export and import it again.
 */
@Service
public class DatasetExporter {

    private final JdbcTemplate jdbc;

    public DatasetExporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Integer> export(Path dir, Consumer<String> progress) {
        try {
            Files.createDirectories(dir);
            ExportContext ctx = new ExportContext(dir, jdbc, progress);
            ctx.yaml("dataset.yaml", ExportContext.compact(
                    jdbc.queryForMap("select id, version, title_zh, title_en, source from dataset_meta")));
            for (DatasetPart<?> part : DatasetParts.all()) {
                part.export(ctx);
            }
            return ctx.written();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
