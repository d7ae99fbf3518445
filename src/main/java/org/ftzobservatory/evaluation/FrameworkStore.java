package org.ftzobservatory.evaluation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored framework files (V35): one row per id and version, never overwritten; the newest upload of an id is its default. */
@Repository
public class FrameworkStore {

    /** A stored framework file and who put it there. */
    public record Stored(String id, String version, String date, String titleZh, String titleEn, String content, String uploadedBy,
                         OffsetDateTime uploadedAt) {
    }

    private final JdbcClient jdbc;

    public FrameworkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Stored> all() {
        return jdbc.sql("select * from evaluation_framework order by uploaded_at desc, id, version").query(Stored.class).list();
    }

    /** {@code id} (its newest upload) or {@code id@version}. */
    public Optional<Stored> find(String ref) {
        int at = ref.indexOf('@');
        if (at > 0) {
            return jdbc.sql("select * from evaluation_framework where id = :id and version = :v")
                    .param("id", ref.substring(0, at)).param("v", ref.substring(at + 1)).query(Stored.class).optional();
        }
        return jdbc.sql("select * from evaluation_framework where id = :id order by uploaded_at desc limit 1")
                .param("id", ref).query(Stored.class).optional();
    }

    /** Inserts unless the id and version exist; true when inserted. */
    public boolean insert(Framework f, String by) {
        return jdbc.sql("""
                insert into evaluation_framework (id, version, date, title_zh, title_en, content, uploaded_by)
                values (:id, :v, :d, :tz, :te, :c, :by) on conflict (id, version) do nothing""")
                .param("id", f.id()).param("v", f.version()).param("d", f.date()).param("tz", f.title().zh())
                .param("te", f.title().en()).param("c", f.content()).param("by", by).update() == 1;
    }
}
