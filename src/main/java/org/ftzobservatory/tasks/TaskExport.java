package org.ftzobservatory.tasks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.ftzobservatory.kernel.SheetWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the whole ledger as {@code pilot-tasks.csv} and {@code pilot-tasks.xlsx}, in the import's columns, so either file
 * can be edited and imported again. Synthetic demo rows are not exported. Rows stream from the database into both files ({@link SheetWriter}).
 */
@Service
public class TaskExport {

    public static final String BASENAME = "pilot-tasks";

    private final TaskStore store;
    private final TransactionTemplate tx;

    public TaskExport(TaskStore store, TransactionTemplate tx) {
        this.store = store;
        this.tx = tx;
    }

    /** Writes both files into {@code dir}; returns the number of tasks. */
    public int export(Path dir, Consumer<String> progress) {
        try {
            Files.createDirectories(dir);
            Path csv = dir.resolve(BASENAME + ".csv");
            Path xlsx = dir.resolve(BASENAME + ".xlsx");
            int[] count = {0};
            try (SheetWriter files = new SheetWriter(csv, xlsx, "pilot_tasks", TaskImport.COLUMNS)) {
                tx.execute(s -> {
                    store.eachTaskWithPlan(rs -> {
                        files.row(cells(rs));
                        if (++count[0] % 10_000 == 0) {
                            progress.accept(count[0] + " tasks written");
                        }
                    });
                    return null;
                });
            }
            progress.accept(csv.getFileName() + ", " + xlsx.getFileName() + ": " + count[0] + " tasks");
            return count[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One task in the import's column order (dates as text, so every spreadsheet reads them back the same). */
    private static List<String> cells(ResultSet rs) throws SQLException {
        List<String> c = new ArrayList<>(TaskImport.COLUMNS.size());
        for (String col : new String[] {"id", "plan_id", "plan_type", "plan_title_zh", "plan_zone", "plan_issued", "plan_document",
                "plan_stated_tasks", "zone_ref", "domain", "content_zh", "content_en", "responsible_unit", "deadline", "status",
                "reason", "evidence", "status_on"}) {
            Object v = rs.getObject(col);
            c.add(v == null ? "" : v.toString());
        }
        return c;
    }
}
