package org.ftzobservatory.documents;

import static org.ftzobservatory.kernel.Rows.strings;
import static org.ftzobservatory.kernel.Rows.text;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.ftzobservatory.kernel.PageResult;
import org.ftzobservatory.kernel.Paging;
import org.ftzobservatory.kernel.ReviewSource;
import org.ftzobservatory.search.Like;
import org.ftzobservatory.search.QueryPlan;
import org.ftzobservatory.search.SearchPhrases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class DocumentRepository {

    /** The dataset's documents and the 文号 published from the review queue ({@code public_document}, V20). */
    private static final String SELECT = """
            select d.*, array(select z.zone_ref from document_zone z where z.document_id = d.id order by z.zone_ref) as zones
            from public_document d""";
    private static final String WHERE = """
             where (cast(:q as text) is null or d.number = :q or d.short_zh = :q
                    or (:tsq <> '' and d.search_vector @@ to_tsquery('simple', :tsq))
                    or (:tsq = '' and (d.title_zh ilike '%' || :qlike || '%' escape '\\' or d.title_en ilike '%' || :qlike || '%' escape '\\')))
               and (cast(:issuer as text) is null or d.issuer_code = :issuer
                    or exists (select 1 from unnest(d.issuers) i where i ilike '%' || :issuerlike || '%' escape '\\'))
               and (cast(:year as int) is null or coalesce(extract(year from d.issued_from)::int, d.number_year) = :year)
               and (cast(:type as text) is null or d.type = :type)
               and (cast(:scope as text) is null or d.scope = :scope)
               and (cast(:zone as text) is null or exists (select 1 from document_zone z where z.document_id = d.id and z.ftz_id = :zone))
            """;

    private final JdbcClient jdbc;
    private final SearchPhrases phrases;

    public DocumentRepository(JdbcClient jdbc, SearchPhrases phrases) {
        this.jdbc = jdbc;
        this.phrases = phrases;
    }

    /**
     * Documents matching the filter. The keyword is searched the way the case library searches: segmented, phrases
     * whole or their pieces close together, zh/en synonyms (see {@link QueryPlan}), over title, summary and issuers;
     * a 文号 or short name matches exactly. Input without any word falls back to a substring of the title.
     */
    public PageResult<PolicyDocument> search(DocumentFilter f, Paging paging) {
        QueryPlan plan = blankToNull(f.q()) == null ? QueryPlan.NONE : phrases.plan(f.q());
        String tsq = plan.match();
        long total = bind(jdbc.sql("select count(*) from public_document d" + WHERE), f, tsq).query(Long.class).single();
        if (total == 0 && plan.hasCompounds()) {
            tsq = plan.pieces();
            total = bind(jdbc.sql("select count(*) from public_document d" + WHERE), f, tsq).query(Long.class).single();
        }
        String rank = tsq.isEmpty() ? "" : "ts_rank_cd(d.search_vector, to_tsquery('simple', :tsq)) desc, ";
        List<PolicyDocument> items = bind(jdbc.sql(SELECT + WHERE
                        + " order by " + rank + "d.issued_from desc nulls last, d.number nulls last, d.title_zh limit :limit offset :offset"), f, tsq)
                .param("limit", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> map(rs)).list();
        return new PageResult<>(items, total, paging.page(), paging.size());
    }

    public Optional<PolicyDocument> find(String id) {
        return jdbc.sql(SELECT + " where d.id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    public List<PolicyDocument> byZone(String ftzId) {
        return jdbc.sql(SELECT + " where exists (select 1 from document_zone z where z.document_id = d.id and z.ftz_id = ?)"
                        + " order by d.issued_from desc nulls last, d.title_zh")
                .param(ftzId).query((rs, n) -> map(rs)).list();
    }

    public List<DocumentDetail.Related> relations(String id) {
        return jdbc.sql("""
                select 'out' as direction, r.type, d.id, d.number, d.title_zh, d.title_en, r.sort_order as o
                  from document_relation r join document d on d.id = r.target_id where r.document_id = :id
                union all
                select 'in', r.type, d.id, d.number, d.title_zh, d.title_en, 1000 + r.sort_order
                  from document_relation r join document d on d.id = r.document_id where r.target_id = :id
                order by direction desc, o""")
                .param("id", id)
                .query((rs, n) -> new DocumentDetail.Related(rs.getString("direction"), rs.getString("type"), rs.getString("id"),
                        rs.getString("number"), text(rs, "title")))
                .list();
    }

    public List<DocumentDetail.EventLink> events(String id) {
        return jdbc.sql("""
                select e.id, e.date, e.title_zh, e.title_en from chronicle_event e
                join event_document ed on ed.event_id = e.id where ed.document_id = ? order by e.date_from""")
                .param(id)
                .query((rs, n) -> new DocumentDetail.EventLink(rs.getString("id"), rs.getString("date"), text(rs, "title")))
                .list();
    }

    public List<String> issuers() {
        return jdbc.sql("select distinct unnest(issuers) as i from document order by 1").query(String.class).list();
    }

    public List<Integer> years() {
        return jdbc.sql("""
                select distinct coalesce(extract(year from issued_from)::int, number_year) as y from public_document
                where coalesce(extract(year from issued_from)::int, number_year) is not null order by y desc""")
                .query(Integer.class).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, DocumentFilter f, String tsq) {
        return spec.param("q", blankToNull(f.q())).param("tsq", tsq).param("qlike", Like.escape(blankToNull(f.q())))
                .param("issuer", blankToNull(f.issuer())).param("issuerlike", Like.escape(blankToNull(f.issuer())))
                .param("year", f.year())
                .param("type", blankToNull(f.type())).param("scope", blankToNull(f.scope())).param("zone", blankToNull(f.zone()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static PolicyDocument map(ResultSet rs) throws SQLException {
        return new PolicyDocument(rs.getString("id"), rs.getString("number"), text(rs, "title"), rs.getString("short_zh"),
                strings(rs.getArray("issuers")), rs.getString("issued"), rs.getString("effective"), rs.getString("type"),
                rs.getString("scope"), strings(rs.getArray("zones")), (Integer) rs.getObject("measure_count"),
                rs.getString("measure_unit"), text(rs, "summary"), rs.getString("source"), rs.getString("origin"),
                ReviewSource.of(rs, true));
    }
}
