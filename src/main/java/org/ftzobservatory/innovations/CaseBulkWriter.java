package org.ftzobservatory.innovations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.ftzobservatory.kernel.CopyRows;
import org.ftzobservatory.search.SearchDocument;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes many cases at once: the case row, its search vectors ({@code innovation.search_vector} and the narrow
 * {@code innovation_terms} twin), its zones and its tags. Rows are streamed with COPY into a temporary staging table and
 * moved into the case tables a chunk at a time by set-based INSERT … SELECT, which builds each field's vector once and
 * derives the weighted and the term-only forms from it. A load of {@link #REBUILD_INDEXES_FROM} cases or more first drops
 * the secondary indexes of the case tables and builds each once at the end, instead of maintaining the GIN indexes row
 * by row (issue 19: a million cases took 2,811 s that way, I/O-bound). Progress is reported per
 * chunk and per index.
 *
 * <p>Use it inside the caller's transaction (the dataset import's), so readers see the old cases or the new; while the
 * indexes are being rebuilt, searches wait for the import to commit. The caller refreshes the search caches afterwards
 * ({@link SearchFacetCache#refresh}).
 */
public final class CaseBulkWriter implements AutoCloseable {

    /** From this many cases in one load, dropping the secondary indexes and building them once is cheaper. */
    public static final int REBUILD_INDEXES_FROM = 20_000;
    /** Cases staged before they are moved: large enough that the per-statement costs vanish, small enough for temp buffers. */
    static final int CHUNK = 20_000;
    /** The tables this writer fills (zones, themes … of dataset cases that have them are written by the caller). */
    static final List<String> TABLES = List.of("innovation", "innovation_terms", "innovation_zone", "innovation_tag_link");

    private static final String[] STAGE_COLUMNS = {"id", "origin_file", "sort_order", "title_zh", "title_en", "domain", "year",
        "summary_zh", "summary_en", "source", "batch_number", "batch_item", "seg_a", "seg_b", "seg_c",
        "zone_refs", "zone_ftz", "zone_keys", "tags"};

    /**
     * One case as it is written. {@code zoneRefs} and {@code zoneFtz} go pairwise (the FTZ of each zone reference, null
     * for "national"); {@code zoneKeys} are the zone values search filters on (FTZ ids and sub-zone refs).
     */
    public record Case(String id, String file, int sortOrder, String titleZh, String titleEn, String domain, Integer year,
                       String summaryZh, String summaryEn, String source, Integer batch, Integer batchItem,
                       SearchDocument text, List<String> zoneRefs, List<String> zoneFtz, List<String> zoneKeys,
                       List<String> tags) {
    }

    private final JdbcTemplate jdbc;
    private final Connection connection;
    private final Consumer<String> progress;
    private final long expected;
    private final List<String[]> droppedIndexes = new ArrayList<>();
    private final long started = System.nanoTime();
    private CopyRows stage;
    private int staged;
    private long written;

    private CaseBulkWriter(JdbcTemplate jdbc, Connection connection, long expected, Consumer<String> progress) {
        this.jdbc = jdbc;
        this.connection = connection;
        this.expected = expected;
        this.progress = progress;
    }

    /**
     * A writer on the caller's current connection (its transaction). {@code expected} is how many cases the caller means
     * to write: it decides whether the indexes are rebuilt and scales the progress messages.
     */
    public static CaseBulkWriter open(JdbcTemplate jdbc, long expected, Consumer<String> progress) {
        Connection c = DataSourceUtils.getConnection(jdbc.getDataSource());
        CaseBulkWriter w = new CaseBulkWriter(jdbc, c, expected, progress);
        jdbc.execute("create temporary table if not exists case_stage (id text, origin_file text, sort_order int, title_zh text, "
                + "title_en text, domain text, year int, summary_zh text, summary_en text, source text, batch_number int, "
                + "batch_item int, seg_a text, seg_b text, seg_c text, zone_refs text[], zone_ftz text[], "
                + "zone_keys text[], tags text[])");
        jdbc.execute("truncate case_stage");
        if (expected >= REBUILD_INDEXES_FROM) {
            w.dropSecondaryIndexes();
        }
        return w;
    }

    public void add(Case c) throws SQLException {
        if (stage == null) {
            stage = CopyRows.open(connection, "case_stage", STAGE_COLUMNS);
        }
        stage.add(c.id(), c.file(), c.sortOrder(), c.titleZh(), c.titleEn(), c.domain(), c.year(), c.summaryZh(), c.summaryEn(),
                c.source(), c.batch(), c.batchItem(), c.text().a(), c.text().b(), c.text().c(), c.zoneRefs(),
                c.zoneFtz(), c.zoneKeys(), c.tags());
        if (++staged >= CHUNK) {
            move();
        }
    }

    /** Moves the staged cases into the case tables: one statement per table, each field's vector built once. */
    private void move() throws SQLException {
        if (stage == null) {
            return;
        }
        stage.close();
        stage = null;
        jdbc.update("""
                with v as materialized (
                  select s.*, to_tsvector('simple', s.seg_a) as va, to_tsvector('simple', s.seg_b) as vb,
                         to_tsvector('simple', s.seg_c) as vc from case_stage s
                ), cases as (
                  insert into innovation (id, origin_file, sort_order, title_zh, title_en, domain, year, summary_zh, summary_en,
                                          source, batch_number, batch_item, search_vector)
                  select id, origin_file, sort_order, title_zh, title_en, domain, year, summary_zh, summary_en, source,
                         batch_number, batch_item, setweight(va, 'A') || setweight(vb, 'B') || setweight(vc, 'C')
                  from v
                )
                insert into innovation_terms (innovation_id, sort_order, domain, year, zones, tags, all_terms, title_terms,
                                              summary_terms, body_terms)
                select id, sort_order, domain, year, zone_keys, tags, strip(va || vb || vc), strip(va), strip(vb), strip(vc)
                from v
                """);
        jdbc.update("""
                insert into innovation_zone (innovation_id, zone_ref, ftz_id, sort_order)
                select s.id, z.ref, z.ftz, z.n - 1 from case_stage s, unnest(s.zone_refs, s.zone_ftz) with ordinality z(ref, ftz, n)
                """);
        jdbc.update("""
                insert into innovation_tag_link (innovation_id, tag_id, sort_order)
                select s.id, g.tag, g.n - 1 from case_stage s, unnest(s.tags) with ordinality g(tag, n)
                """);
        jdbc.execute("truncate case_stage");
        written += staged;
        staged = 0;
        if (expected >= CHUNK) {
            double s = (System.nanoTime() - started) / 1e9;
            progress.accept(String.format("cases written: %,d of %,d (%.0f s, %,.0f a second)", written, expected, s, written / s));
        }
    }

    /** Writes what is still staged and builds the dropped indexes again; returns the cases written. */
    public long finish() throws SQLException {
        move();
        for (String[] index : droppedIndexes) {
            long t = System.nanoTime();
            jdbc.execute(index[1]);
            progress.accept(String.format("index %s built (%.1f s)", index[0], (System.nanoTime() - t) / 1e9));
        }
        droppedIndexes.clear();
        jdbc.execute("drop table if exists case_stage");
        return written;
    }

    @Override
    public void close() throws SQLException {
        if (stage != null) {
            stage.close();
        }
    }

    /**
     * Drops the indexes of the case tables that no constraint owns (primary keys stay: the foreign keys check against
     * them) and remembers their definitions, read from the catalogue, so an index another feature adds is rebuilt too.
     * Index builds get more memory for the rest of the transaction.
     */
    private void dropSecondaryIndexes() {
        for (Map<String, Object> r : jdbc.queryForList("""
                select c.relname as name, pg_get_indexdef(i.indexrelid) as def from pg_index i join pg_class c on c.oid = i.indexrelid
                where i.indrelid in (select oid from pg_class where relname = any(?) and relnamespace = current_schema()::regnamespace)
                  and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
                order by c.relname""", (Object) TABLES.toArray(String[]::new))) {
            droppedIndexes.add(new String[] {(String) r.get("name"), (String) r.get("def")});
            jdbc.execute("drop index " + quoteIdent((String) r.get("name")));
        }
        jdbc.queryForList("select set_config('maintenance_work_mem', '1GB', true)");
        progress.accept("secondary indexes dropped for the bulk load, built again at its end: " + droppedIndexes.size());
    }

    private static String quoteIdent(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
