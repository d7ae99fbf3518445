package org.ftzobservatory.replication;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.ftzobservatory.kernel.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Human names for the ids the replication pages show: provinces (regions.yaml), FTZs and sub-zones (the dataset's zone
 * tables), and an official's scope, which is one or the other. Pages call it as {@code @placeNames}, so no raw id such as
 * {@code henan/zhengzhou} reaches a reader.
 */
@Component("placeNames")
public class PlaceNames {

    private static final long REFRESH_MILLIS = 60_000;

    private final JdbcClient jdbc;
    private final ReplicationService service;
    private volatile Map<String, Text> zones;
    private volatile long loadedAt;

    public PlaceNames(JdbcClient jdbc, ReplicationService service) {
        this.jdbc = jdbc;
        this.service = service;
    }

    public String region(String id, Locale locale) {
        return pick(service.regions().name(id), locale);
    }

    /** An FTZ ("河南自贸试验区" / "Henan FTZ") or a sub-zone ("河南 · 郑州片区" / "Henan · Zhengzhou Area"); the id if unknown. */
    public String zone(String ref, Locale locale) {
        if (ref == null) {
            return "";
        }
        Text t = zones().get(ref);
        return t == null ? ref : pick(t, locale);
    }

    /** A province reviewer's scope is a province, a zone editor's a zone; a national admin has none. */
    public String scope(String scope, Locale locale) {
        if (scope == null) {
            return null;
        }
        return service.regions().isRegion(scope) ? region(scope, locale) : zone(scope, locale);
    }

    private static String pick(Text t, Locale locale) {
        return "en".equals(locale.getLanguage()) ? t.en() : t.zh();
    }

    /** The dataset can be re-imported while the app runs; names are re-read at most once a minute. */
    private Map<String, Text> zones() {
        long now = System.currentTimeMillis();
        if (zones == null || now - loadedAt > REFRESH_MILLIS) {
            Map<String, Text> m = new HashMap<>();
            jdbc.sql("select id, short_zh, short_en from ftz").query((rs, n) -> m.put(rs.getString(1),
                    new Text(rs.getString(2) + "自贸试验区", rs.getString(3) + " FTZ"))).list();
            jdbc.sql("select s.ftz_id || '/' || s.id, f.short_zh, s.name_zh, f.short_en, s.name_en from subzone s join ftz f on f.id = s.ftz_id")
                    .query((rs, n) -> m.put(rs.getString(1), new Text(rs.getString(2) + " · " + rs.getString(3),
                            rs.getString(4) + " · " + rs.getString(5)))).list();
            zones = Map.copyOf(m);
            loadedAt = now;
        }
        return zones;
    }
}
