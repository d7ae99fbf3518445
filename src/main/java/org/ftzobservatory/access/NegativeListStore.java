package org.ftzobservatory.access;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.ObjectMapper;

/** The measures in PostgreSQL, as JSON documents with a version for optimistic locking and an append-only history. */
@Repository
public class NegativeListStore {

    /** A stored measure with the version an edit must name. */
    public record Stored(NegativeListMeasure measure, int version, String json) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public NegativeListStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<Stored> all() {
        return jdbc.sql("select doc::text, version from negative_list_measure order by list_id, seq")
                .query((rs, i) -> stored(rs.getString(1), rs.getInt(2))).list();
    }

    public Optional<Stored> find(String list, int seq) {
        return jdbc.sql("select doc::text, version from negative_list_measure where list_id = :list and seq = :seq")
                .param("list", list).param("seq", seq).query((rs, i) -> stored(rs.getString(1), rs.getInt(2))).optional();
    }

    private Stored stored(String doc, int version) {
        return new Stored(json.readValue(doc, NegativeListMeasure.class), version, doc);
    }

    public String toJson(NegativeListMeasure m) {
        return json.writeValueAsString(m);
    }

    /**
     * Whether two measure documents say the same thing. Compared as trees because jsonb reorders object keys, so the
     * stored text never equals freshly written text even when nothing changed.
     */
    public boolean sameContent(String a, String b) {
        return json.readTree(a).equals(json.readTree(b));
    }

    public void insert(NegativeListMeasure m, String by) {
        jdbc.sql("insert into negative_list_measure (list_id, seq, doc, updated_by) values (:list, :seq, cast(:doc as jsonb), :by)")
                .param("list", m.list()).param("seq", m.seq()).param("doc", toJson(m)).param("by", by).update();
    }

    /** Updates only when the stored version is still {@code expectedVersion}; false means someone else changed it first. */
    public boolean update(NegativeListMeasure m, int expectedVersion, String by) {
        return jdbc.sql("""
                        update negative_list_measure set doc = cast(:doc as jsonb), version = version + 1, updated_at = now(), updated_by = :by
                        where list_id = :list and seq = :seq and version = :version""")
                .param("doc", toJson(m)).param("by", by).param("list", m.list()).param("seq", m.seq())
                .param("version", expectedVersion).update() == 1;
    }

    public void recordChange(String list, int seq, String by, String source, String comment, String before, String after) {
        jdbc.sql("""
                        insert into negative_list_measure_change (list_id, seq, changed_by, source, comment, before, after)
                        values (:list, :seq, :by, :source, :comment, cast(:before as jsonb), cast(:after as jsonb))""")
                .param("list", list).param("seq", seq).param("by", by).param("source", source).param("comment", comment)
                .param("before", before).param("after", after).update();
    }

    public List<MeasureChange> history(String list, int seq) {
        return jdbc.sql("""
                        select id, list_id, seq, changed_at, changed_by, source, comment, before::text, after::text
                        from negative_list_measure_change where list_id = :list and seq = :seq order by changed_at desc, id desc""")
                .param("list", list).param("seq", seq)
                .query((rs, i) -> new MeasureChange(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        rs.getObject(4, java.time.OffsetDateTime.class), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9))).list();
    }

    public long lastChangeId() {
        return jdbc.sql("select coalesce(max(id), 0) from negative_list_measure_change").query(Long.class).single();
    }

    public int changeCount() {
        return jdbc.sql("select count(*) from negative_list_measure_change").query(Integer.class).single();
    }

    public Optional<String> bundleHash(String list) {
        return jdbc.sql("select content_hash from negative_list_bundle where list_id = :list").param("list", list)
                .query(String.class).optional();
    }

    public void saveBundleHash(String list, String hash) {
        jdbc.sql("""
                        insert into negative_list_bundle (list_id, content_hash) values (:list, :hash)
                        on conflict (list_id) do update set content_hash = excluded.content_hash, applied_at = now()""")
                .param("list", list).param("hash", hash).update();
    }

    public void lockForImport() {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(4754)) l").query(Integer.class).single();
    }

    public List<String> ftzIds() {
        return jdbc.sql("select id from ftz").query(String.class).list();
    }

    public List<java.util.Map<String, String>> zoneNames() {
        return jdbc.sql("""
                        select id, name_zh, name_en, sort_order, 0 as sub from ftz
                        union all
                        select s.ftz_id || '/' || s.id, '　' || s.name_zh, '  ' || s.name_en, f.sort_order, s.sort_order + 1
                        from subzone s join ftz f on f.id = s.ftz_id
                        order by 4, 5""")
                .query((rs, i) -> java.util.Map.of("id", rs.getString(1), "zh", rs.getString(2), "en", rs.getString(3))).list();
    }

    public List<String> subzoneRefs() {
        return jdbc.sql("select ftz_id || '/' || id from subzone").query(String.class).list();
    }
}
