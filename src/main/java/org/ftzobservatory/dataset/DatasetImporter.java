package org.ftzobservatory.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces the dataset tables with a validated {@link Dataset} in one transaction: readers see the old data or the new,
 * never a mix, and a failure leaves the old data in place. An advisory lock keeps app nodes that start together from
 * importing twice. What each table holds is its part's business.
 */
@Service
public class DatasetImporter {

    public static final long IMPORT_LOCK = 0x46545a44L; // "FTZD"

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public DatasetImporter(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    public Map<String, Integer> importDataset(Dataset data, String contentHash, Consumer<String> progress) {
        return importDataset(data, contentHash, false, progress);
    }

    /**
     * With {@code unlessLoaded}, nothing is written (and null returned) when, once the lock is held, the database
     * already holds this content: a node that waited for another node's import must not repeat it.
     */
    public Map<String, Integer> importDataset(Dataset data, String contentHash, boolean unlessLoaded,
            Consumer<String> progress) {
        return tx.execute(status -> {
            jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, IMPORT_LOCK);
            if (unlessLoaded && !jdbc.queryForList("select 1 from dataset_meta where content_hash = ?", contentHash)
                    .isEmpty()) {
                progress.accept("already loaded by another node while this one waited for the import lock");
                return null;
            }
            for (String table : tablesChildFirst()) {
                jdbc.update("delete from " + table);
            }
            Map<String, String> phrases = new LinkedHashMap<>();
            data.eachSearchPhrase(m -> m.forEach(phrases::putIfAbsent));
            ImportContext ctx = new ImportContext(jdbc, data, phrases, progress);
            for (Dataset.Entry<?> e : data.entries()) {
                e.importInto(ctx);
            }
            jdbc.update("insert into dataset_meta (id, version, content_hash, title_zh, title_en, source) values (?,?,?,?,?,?)",
                    data.info().id(), data.info().version(), contentHash, data.info().titleZh(), data.info().titleEn(),
                    data.info().source());
            return counts();
        });
    }

    /** Every part's tables, later parts first (they point at earlier ones), then the dataset header. */
    public static List<String> tablesChildFirst() {
        List<String> out = new ArrayList<>();
        List<DatasetPart<?>> parts = new ArrayList<>(DatasetParts.all());
        Collections.reverse(parts);
        parts.forEach(p -> out.addAll(p.tables()));
        out.add("dataset_meta");
        return out;
    }

    /** Row counts of every dataset table, for the CLI summary and for tests that check an import is idempotent. */
    public Map<String, Integer> counts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        List<String> parentFirst = new ArrayList<>(tablesChildFirst());
        Collections.reverse(parentFirst);
        for (String t : parentFirst) {
            out.put(t, jdbc.queryForObject("select count(*) from " + t, Integer.class));
        }
        return out;
    }
}
