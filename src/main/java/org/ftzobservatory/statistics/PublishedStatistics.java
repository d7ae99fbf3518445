package org.ftzobservatory.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ftzobservatory.dataset.Provenance;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.Text;
import org.ftzobservatory.kernel.Years;
import org.ftzobservatory.registry.ZoneNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Figures published from the review queue ({@code published_statistic}, V20): a curator's accepted amount, percent or
 * count, for a zone (or sub-zone) and year, under an indicator of the dataset. The public pages and the API read them
 * next to the report's figures through {@code public_statistic}; a dataset import never touches them.
 */
@Repository
public class PublishedStatistics {

    public static final String TYPE = "published_statistic";

    /** An indicator a curator may pick: its id, names and the one unit its figures are in. */
    public record Indicator(String id, Text name, String unit) {
    }

    /** A figure to publish: the value as accepted, normalised ({@code unit} a units.yaml id), and where it was printed. */
    public record Figure(BigDecimal value, String unit, boolean approx, String qualifier, String raw, Provenance provenance) {
    }

    /** What the curator chose for it: an indicator id, a zone ({@code ftz} or {@code ftz/subzone}) and a year. */
    public record Placement(String indicator, String zone, Integer year) {

        public boolean empty() {
            return blank(indicator) && blank(zone) && year == null;
        }
    }

    private final JdbcClient jdbc;
    private final ZoneNames zoneNames;

    public PublishedStatistics(JdbcClient jdbc, ZoneNames zoneNames) {
        this.jdbc = jdbc;
        this.zoneNames = zoneNames;
    }

    /** The dataset's indicators, by Chinese name. */
    public List<Indicator> indicators() {
        return jdbc.sql("select id, name_zh, name_en, unit from indicator order by name_zh, id")
                .query((rs, n) -> new Indicator(rs.getString("id"), new Text(rs.getString("name_zh"), rs.getString("name_en")),
                        rs.getString("unit"))).list();
    }

    /**
     * Publishes a figure inside the caller's transaction and returns its id. Refused with a 400 naming the field: a
     * missing choice, an indicator the dataset does not have or whose unit differs from the figure's, an unknown zone,
     * a year outside {@link Years}.
     */
    public long publish(Figure f, Placement p) {
        if (p == null || blank(p.indicator())) {
            throw new BadRequestException("indicator", "choose the indicator the figure measures");
        }
        if (blank(p.zone())) {
            throw new BadRequestException("zone", "choose the zone (FTZ or sub-zone) the figure is about");
        }
        if (p.year() == null) {
            throw new BadRequestException("year", "give the year the figure is for");
        }
        if (!Years.valid(p.year())) {
            throw new BadRequestException("year", "must be between " + Years.FIRST + " and " + Years.LAST);
        }
        Indicator indicator = jdbc.sql("select id, name_zh, name_en, unit from indicator where id = :id").param("id", p.indicator().strip())
                .query((rs, n) -> new Indicator(rs.getString("id"), new Text(rs.getString("name_zh"), rs.getString("name_en")),
                        rs.getString("unit"))).optional()
                .orElseThrow(() -> new BadRequestException("indicator", "'" + p.indicator() + "' is not an indicator of the dataset"));
        if (!indicator.unit().equals(f.unit())) {
            throw new BadRequestException("indicator", "'" + indicator.id() + "' is measured in " + indicator.unit()
                    + ", this figure in " + f.unit() + "; choose an indicator in " + f.unit());
        }
        String zone = p.zone().strip();
        Map<String, Text> names = zoneNames.labels(zone.contains("/") ? List.of(zone, zone.substring(0, zone.indexOf('/'))) : List.of(zone));
        if (!names.containsKey(zone) || "national".equals(zone)) {
            throw new BadRequestException("zone", "'" + zone + "' is not a zone id (an FTZ id such as shanghai, or ftz/subzone)");
        }
        Scope scope = Scope.parse(zone.contains("/") ? "sub-zone:" + zone : "zone:" + zone);
        Text words = ScopeRules.zoneWords(scope, names::get);
        return insert(f, indicator, zone, p.year(), scope, words);
    }

    /** Writes one published figure (publication and import); the id of the new row, or empty when its key exists. */
    static Optional<Long> insert(JdbcClient jdbc, Figure f, Indicator indicator, String zone, int year, Scope scope, Text words,
                                 boolean ifAbsent) {
        Provenance v = f.provenance();
        return jdbc.sql("insert into published_statistic (indicator_id, indicator_zh, indicator_en, zone_ref, ftz_id, year, value, "
                        + "unit, approx, qualifier, raw, scope, scope_kind, scope_zh, scope_en, " + Provenance.COLUMNS + ") values ("
                        + ":ind, :ind_zh, :ind_en, :zone, :ftz, :year, :value, :unit, :approx, :qualifier, :raw, :scope, :kind, "
                        + ":zh, :en, :key, :doc, :sha, :start, :end, :by, :at, :wby, :wat, :reason)"
                        + (ifAbsent ? " on conflict (fact_key) do nothing" : "") + " returning id")
                .param("ind", indicator.id()).param("ind_zh", indicator.name().zh()).param("ind_en", indicator.name().en())
                .param("zone", zone).param("ftz", scope.zoneRoots().get(0)).param("year", year).param("value", f.value())
                .param("unit", f.unit()).param("approx", f.approx()).param("qualifier", f.qualifier()).param("raw", f.raw())
                .param("scope", scope.format()).param("kind", scope.kind().token()).param("zh", words.zh()).param("en", words.en())
                .param("key", v.key()).param("doc", v.document()).param("sha", v.sha256()).param("start", v.start())
                .param("end", v.end()).param("by", v.acceptedBy()).param("at", v.acceptedAt()).param("wby", v.withdrawnBy())
                .param("wat", v.withdrawnAt()).param("reason", v.withdrawReason())
                .query(Long.class).optional();
    }

    private long insert(Figure f, Indicator indicator, String zone, int year, Scope scope, Text words) {
        return insert(jdbc, f, indicator, zone, year, scope, words, false).orElseThrow();
    }

    /** Every published figure, withdrawn ones too, newest first (the curators' list). */
    public List<Map<String, Object>> all() {
        return jdbc.sql("select * from published_statistic order by accepted_at desc, id desc").query().listOfRows();
    }

    public Optional<Map<String, Object>> find(long id) {
        return jdbc.sql("select * from published_statistic where id = :id").param("id", id).query().listOfRows().stream().findFirst();
    }

    /** The published figure of a source span, if any (one figure per span). */
    public Optional<Long> byKey(String key) {
        return jdbc.sql("select id from published_statistic where fact_key = :key").param("key", key).query(Long.class).optional();
    }

    /** Withdraws a published figure; false when it was already withdrawn. */
    public boolean withdraw(long id, String by, String reason) {
        return jdbc.sql("update published_statistic set withdrawn_by = :by, withdrawn_at = now(), withdraw_reason = :reason "
                + "where id = :id and withdrawn_at is null").param("by", by).param("reason", reason).param("id", id).update() == 1;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
