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

    private static final long IMPORT_LOCK = 0x46545a44L; // "FTZD"

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public DatasetImporter(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    public Map<String, Integer> importDataset(Dataset data, String contentHash, Consumer<String> progress) {
        return tx.execute(status -> {
            jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, IMPORT_LOCK);
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
    static List<String> tablesChildFirst() {
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
<<<<<<< HEAD

    private void insertReferenceTables(Dataset data) {
        jdbc.batchUpdate("insert into vocabulary (kind, id, name_zh, name_en) values (?,?,?,?)",
                rows(data.terms(), t -> new Object[] {t.kind(), t.id(), t.nameZh(), t.nameEn()}));
        jdbc.batchUpdate("insert into unit (id, name_zh, name_en) values (?,?,?)",
                rows(data.units(), u -> new Object[] {u.id(), u.nameZh(), u.nameEn()}));
    }

    /**
     * The glossary as imported, and the phrase dictionary indexing and querying share: glossary terms, then the tag names
     * (each name split at "/", without parenthesised asides such as "(秒批)").
     */
    private PhraseDictionary insertSearchPhrases(Dataset data) {
        List<Object[]> terms = new ArrayList<>();
        Map<String, String> origins = new LinkedHashMap<>();
        for (int i = 0; i < data.searchTerms().size(); i++) {
            Dataset.SearchTerm t = data.searchTerms().get(i);
            terms.add(new Object[] {i, t.zh(), t.en()});
            for (String p : java.util.Arrays.asList(t.zh(), t.en())) {
                if (p != null) {
                    origins.putIfAbsent(p, "glossary");
                }
            }
        }
        for (Dataset.Tag t : data.tags()) {
            for (String name : List.of(t.nameZh(), t.nameEn())) {
                for (String part : name.replaceAll("[(（][^)）]*[)）]", " ").split("[/／]")) {
                    if (!part.isBlank()) {
                        origins.putIfAbsent(part.strip(), "tag");
                    }
                }
            }
        }
        jdbc.batchUpdate("insert into search_term (sort_order, zh, en) values (?,?,?)", terms);
        PhraseDictionary phrases = PhraseDictionary.of(origins.keySet());
        jdbc.batchUpdate("insert into search_phrase (compound, phrase, origin) values (?,?,?)", phrases.phrases().stream()
                .map(p -> new Object[] {p.compound(), p.text(), origins.get(p.text())}).toList());
        return phrases;
    }

    private void insertZones(List<Ftz> zones) {
        List<Object[]> ftz = new ArrayList<>();
        List<Object[]> subs = new ArrayList<>();
        List<Object[]> industries = new ArrayList<>();
        for (int i = 0; i < zones.size(); i++) {
            Ftz z = zones.get(i);
            ftz.add(new Object[] {z.id(), i, z.nameZh(), z.nameEn(), z.shortZh(), z.shortEn(), z.provinceZh(), z.provinceEn(),
                    z.region(), z.batch(), z.launched(), z.afterReport(), z.areaKm2(), z.areaSource(), z.positioningZh(),
                    z.positioningEn(), z.industryDocuments().toArray(String[]::new), z.source()});
            for (int j = 0; j < z.subzones().size(); j++) {
                Subzone s = z.subzones().get(j);
                subs.add(new Object[] {z.id(), s.id(), j, s.nameZh(), s.nameEn(), s.launched(), s.areaKm2(), s.areaSource(),
                        s.source()});
            }
            for (int j = 0; j < z.keyIndustries().size(); j++) {
                Dataset.Industry k = z.keyIndustries().get(j);
                industries.add(new Object[] {z.id(), j, k.nameZh(), k.nameEn(), k.subzone()});
            }
        }
        jdbc.batchUpdate("insert into ftz (id, sort_order, name_zh, name_en, short_zh, short_en, province_zh, province_en, "
                + "region, batch, launched, after_report, area_km2, area_source, positioning_zh, positioning_en, "
                + "industry_documents, source) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", ftz);
        jdbc.batchUpdate("insert into subzone (ftz_id, id, sort_order, name_zh, name_en, launched, area_km2, area_source, source) "
                + "values (?,?,?,?,?,?,?,?,?)", subs);
        jdbc.batchUpdate("insert into key_industry (ftz_id, sort_order, name_zh, name_en, subzone_id) values (?,?,?,?,?)",
                industries);
    }

    private void insertPlatforms(List<Platform> platforms) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> zones = new ArrayList<>();
        for (int i = 0; i < platforms.size(); i++) {
            Platform p = platforms.get(i);
            rows.add(new Object[] {p.id(), i, p.nameZh(), p.nameEn(), p.kind(), p.year(), p.summaryZh(), p.summaryEn(), p.source()});
            for (String z : new LinkedHashSet<>(p.zones())) {
                zones.add(new Object[] {p.id(), z, ftzOf(z)});
            }
        }
        jdbc.batchUpdate("insert into platform (id, sort_order, name_zh, name_en, kind, year, summary_zh, summary_en, source) "
                + "values (?,?,?,?,?,?,?,?,?)", rows);
        jdbc.batchUpdate("insert into platform_zone (platform_id, zone_ref, ftz_id) values (?,?,?)", zones);
    }

    private void insertDocuments(List<Document> documents, PhraseDictionary phrases) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> zones = new ArrayList<>();
        List<Object[]> relations = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            DocumentNumber n = d.number() == null ? null : DocumentNumber.parse(d.number());
            rows.add(new Object[] {d.id(), d.file(), i, d.number(), n == null ? null : n.issuer(), n == null ? null : n.year(),
                    n == null ? null : n.serial(), d.titleZh(), d.titleEn(), d.shortZh(), d.issuers().toArray(String[]::new),
                    d.issued(), earliest(d.issued()), d.effective(), d.type(), d.scope(), d.measureCount(), d.measureUnit(),
                    d.summaryZh(), d.summaryEn(), d.source()});
            for (String z : new LinkedHashSet<>(d.zones())) {
                zones.add(new Object[] {d.id(), z, ftzOf(z)});
            }
            for (int j = 0; j < d.relations().size(); j++) {
                relations.add(new Object[] {d.id(), j, d.relations().get(j).type(), d.relations().get(j).target()});
            }
        }
        jdbc.batchUpdate("insert into document (id, origin_file, sort_order, number, issuer_code, number_year, number_serial, "
                + "title_zh, title_en, short_zh, issuers, issued, issued_from, effective, type, scope, measure_count, "
                + "measure_unit, summary_zh, summary_en, source) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
        List<Object[]> vectors = new ArrayList<>();
        for (Document d : documents) {
            SearchDocument sd = SearchDocument.of(phrases, List.of(d.titleZh(), d.titleEn(), nz(d.shortZh()), nz(d.number())),
                    List.of(nz(d.summaryZh()), nz(d.summaryEn())), d.issuers());
            vectors.add(new Object[] {ChineseSegmenter.withWordBreaks(nz(d.summaryZh())), sd.a(), sd.b(), sd.c(), d.id()});
        }
        jdbc.batchUpdate("update document set summary_seg = ?, search_vector = " + SearchDocument.VECTOR_SQL + " where id = ?", vectors);
        jdbc.batchUpdate("insert into document_zone (document_id, zone_ref, ftz_id) values (?,?,?)", zones);
        jdbc.batchUpdate("insert into document_relation (document_id, sort_order, type, target_id) values (?,?,?,?)", relations);
    }

    private void insertStatistics(List<Statistic> statistics) {
        Map<String, Object[]> indicators = new LinkedHashMap<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < statistics.size(); i++) {
            Statistic s = statistics.get(i);
            indicators.putIfAbsent(s.indicator(), new Object[] {s.indicator(), s.indicatorZh(), s.indicatorEn(), s.unit()});
            rows.add(new Object[] {s.id(), s.file(), i, s.indicator(), s.zone(),
                    "national".equals(s.zone()) ? null : ftzOf(s.zone()), s.year(), s.value(), s.unit(), s.approx(), s.raw(),
                    s.source(), s.note(), s.scope().text(), s.scope().kind(), s.scope().words().zh(), s.scope().words().en(),
                    s.scope().containedFtzs().toArray(String[]::new)});
        }
        jdbc.batchUpdate("insert into indicator (id, name_zh, name_en, unit) values (?,?,?,?)", new ArrayList<>(indicators.values()));
        jdbc.batchUpdate("insert into statistic (id, origin_file, sort_order, indicator_id, zone_ref, ftz_id, year, value, unit, "
                + "approx, raw, source, note, scope, scope_kind, scope_zh, scope_en, scope_ftz_ids) "
                + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
    }

    private void insertEvents(List<Event> events, PhraseDictionary phrases) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> docs = new ArrayList<>();
        List<Object[]> zones = new ArrayList<>();
        for (Event e : events) {
            rows.add(new Object[] {e.id(), e.seq(), e.date(), earliest(e.date()), e.endDate(), e.titleZh(), e.titleEn(),
                    e.summaryZh(), e.summaryEn(), e.actors().toArray(String[]::new), e.source()});
            List<String> unique = new ArrayList<>(new LinkedHashSet<>(e.documents()));
            for (int j = 0; j < unique.size(); j++) {
                docs.add(new Object[] {e.id(), j, unique.get(j)});
            }
            for (String z : new LinkedHashSet<>(e.zones())) {
                zones.add(new Object[] {e.id(), z, ftzOf(z)});
            }
        }
        jdbc.batchUpdate("insert into chronicle_event (id, seq, date, date_from, end_date, title_zh, title_en, summary_zh, "
                + "summary_en, actors, source) values (?,?,?,?,?,?,?,?,?,?,?)", rows);
        jdbc.batchUpdate("insert into event_document (event_id, sort_order, document_id) values (?,?,?)", docs);
        List<Object[]> vectors = new ArrayList<>();
        for (Event e : events) {
            SearchDocument sd = SearchDocument.of(phrases, List.of(e.titleZh(), e.titleEn()), List.of(e.summaryZh(), e.summaryEn()), e.actors());
            vectors.add(new Object[] {ChineseSegmenter.withWordBreaks(e.summaryZh()), sd.a(), sd.b(), sd.c(), e.id()});
        }
        jdbc.batchUpdate("update chronicle_event set summary_seg = ?, search_vector = " + SearchDocument.VECTOR_SQL + " where id = ?", vectors);
        jdbc.batchUpdate("insert into event_zone (event_id, zone_ref, ftz_id) values (?,?,?)", zones);
    }

    private void insertInnovations(Dataset data, PhraseDictionary phrases) {
        Map<String, Dataset.Tag> tags = new LinkedHashMap<>();
        data.tags().forEach(t -> tags.put(t.id(), t));
        Map<String, Ftz> zones = new LinkedHashMap<>();
        data.zones().forEach(z -> zones.put(z.id(), z));
        Map<String, String[]> domainNames = new LinkedHashMap<>();
        data.terms().stream().filter(t -> t.kind().equals("innovation_domains"))
                .forEach(t -> domainNames.put(t.id(), new String[] {t.nameZh(), t.nameEn()}));

        List<Object[]> tagRows = new ArrayList<>();
        for (int i = 0; i < data.tags().size(); i++) {
            Dataset.Tag t = data.tags().get(i);
            tagRows.add(new Object[] {t.id(), i, t.nameZh(), t.nameEn(), t.definitionZh(), t.definitionEn()});
        }
        jdbc.batchUpdate("insert into innovation_tag (id, sort_order, name_zh, name_en, definition_zh, definition_en) values (?,?,?,?,?,?)",
                tagRows);

        List<Object[]> rows = new ArrayList<>();
        List<Object[]> zoneRows = new ArrayList<>();
        List<Object[]> themeRows = new ArrayList<>();
        List<Object[]> tagLinks = new ArrayList<>();
        List<Object[]> actors = new ArrayList<>();
        List<Object[]> systems = new ArrayList<>();
        List<Object[]> metrics = new ArrayList<>();
        List<Object[]> docs = new ArrayList<>();
        List<Object[]> terms = new ArrayList<>();
        for (int i = 0; i < data.innovations().size(); i++) {
            Dataset.Innovation n = data.innovations().get(i);
            List<String> tagText = new ArrayList<>();
            n.tags().forEach(t -> {
                tagText.add(tags.get(t).nameZh());
                tagText.add(tags.get(t).nameEn());
            });
            List<String> body = new ArrayList<>(n.actors());
            body.addAll(n.systems());
            n.metrics().forEach(m -> {
                body.add(m.quantityZh());
                body.add(m.quantityEn());
            });
            for (String z : n.zones()) {
                Ftz f = zones.get(ftzOf(z));
                if (f == null) {
                    continue; // 'national': origin not named
                }
                body.add(f.shortZh());
                body.add(f.shortEn());
                if (z.contains("/")) {
                    f.subzones().stream().filter(s -> z.endsWith("/" + s.id())).forEach(s -> {
                        body.add(s.nameZh());
                        body.add(s.nameEn());
                    });
                }
            }
            if (n.domain() != null) {
                body.addAll(List.of(domainNames.get(n.domain())));
            }
            SearchDocument sd = SearchDocument.of(phrases, List.of(n.titleZh(), n.titleEn()),
                    SearchDocument.concat(List.of(n.summaryZh(), n.summaryEn()), tagText), body);
            rows.add(new Object[] {n.id(), n.file(), i, n.titleZh(), n.titleEn(), n.domain(), n.year(), n.summaryZh(), n.summaryEn(),
                    n.source(), n.batch(), n.batchItem(), n.titleZh() + " " + n.titleEn() + " " + n.summaryZh() + " " + n.summaryEn(),
                    ChineseSegmenter.withWordBreaks(n.summaryZh()), sd.a(), sd.b(), sd.c()});
            java.util.Set<String> zoneKeys = new java.util.LinkedHashSet<>();
            n.zones().forEach(z -> {
                zoneKeys.add(ftzOf(z));
                zoneKeys.add(z);
            });
            terms.add(new Object[] {n.id(), i, n.domain(), n.year(), zoneKeys.toArray(String[]::new), n.tags().toArray(String[]::new),
                    sd.termParameters()[0], sd.a(), sd.b(), sd.c()});
            for (int j = 0; j < n.zones().size(); j++) {
                String z = n.zones().get(j);
                zoneRows.add(new Object[] {n.id(), z, "national".equals(z) ? null : ftzOf(z), j});
            }
            n.themes().forEach(t -> themeRows.add(new Object[] {n.id(), t}));
            for (int j = 0; j < n.tags().size(); j++) {
                tagLinks.add(new Object[] {n.id(), n.tags().get(j), j});
            }
            for (int j = 0; j < n.actors().size(); j++) {
                actors.add(new Object[] {n.id(), j, n.actors().get(j)});
            }
            for (int j = 0; j < n.systems().size(); j++) {
                systems.add(new Object[] {n.id(), j, n.systems().get(j)});
            }
            for (int j = 0; j < n.metrics().size(); j++) {
                Dataset.Metric m = n.metrics().get(j);
                BigDecimal[] b = range(m.before());
                BigDecimal[] a = range(m.after());
                metrics.add(new Object[] {n.id(), j, m.quantityZh(), m.quantityEn(), m.unit(), m.before(), b[0], b[1], m.after(),
                        a[0], a[1], m.change(), m.raw(), m.scope().text(), m.scope().words().zh(), m.scope().words().en(), m.source(),
                        m.statistic()});
            }
            for (int j = 0; j < n.documents().size(); j++) {
                docs.add(new Object[] {n.id(), n.documents().get(j), j});
            }
        }
        jdbc.batchUpdate("insert into innovation (id, origin_file, sort_order, title_zh, title_en, domain, year, summary_zh, summary_en, "
                + "source, batch_number, batch_item, search_text, summary_seg, search_vector) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                + SearchDocument.VECTOR_SQL + ")", rows);
        jdbc.batchUpdate("insert into innovation_zone (innovation_id, zone_ref, ftz_id, sort_order) values (?,?,?,?)", zoneRows);
        jdbc.batchUpdate("insert into innovation_theme (innovation_id, theme) values (?,?)", themeRows);
        jdbc.batchUpdate("insert into innovation_tag_link (innovation_id, tag_id, sort_order) values (?,?,?)", tagLinks);
        jdbc.batchUpdate("insert into innovation_actor (innovation_id, sort_order, name) values (?,?,?)", actors);
        jdbc.batchUpdate("insert into innovation_system (innovation_id, sort_order, name) values (?,?,?)", systems);
        jdbc.batchUpdate("insert into innovation_metric (innovation_id, sort_order, quantity_zh, quantity_en, unit, before_text, "
                + "before_low, before_high, after_text, after_low, after_high, change_pct, raw, scope, scope_zh, scope_en, source, "
                + "statistic_id) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", metrics);
        jdbc.batchUpdate("insert into innovation_document (innovation_id, document_id, sort_order) values (?,?,?)", docs);
        jdbc.batchUpdate("insert into innovation_terms (innovation_id, sort_order, domain, year, zones, tags, all_terms, title_terms, "
                + "summary_terms, body_terms) values (?,?,?,?,?,?," + SearchDocument.TERMS_SQL + ")", terms);
    }

    private void insertBatches(List<Dataset.Batch> batches) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> cases = new ArrayList<>();
        for (Dataset.Batch b : batches) {
            rows.add(new Object[] {b.number(), b.issued(), b.document(), b.issuerZh(), b.summaryZh(), b.summaryEn(), b.knownGapsZh(),
                    b.knownGapsEn(), b.source()});
            for (Dataset.BatchCase c : b.cases()) {
                cases.add(new Object[] {b.number(), c.item(), c.titleZh(), c.scope(), c.regions().toArray(String[]::new), c.innovation()});
            }
        }
        jdbc.batchUpdate("insert into best_practice_batch (number, issued, document_id, issuer_zh, summary_zh, summary_en, "
                + "known_gaps_zh, known_gaps_en, source) values (?,?,?,?,?,?,?,?,?)", rows);
        jdbc.batchUpdate("insert into best_practice_case (batch_number, item, title_zh, scope, regions, innovation_id) values (?,?,?,?,?,?)",
                cases);
    }

    static BigDecimal[] range(String value) {
        if (value == null) {
            return new BigDecimal[] {null, null};
        }
        MetricValue v = MetricValue.parse(value);
        return new BigDecimal[] {v.low(), v.high()};
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String ftzOf(String zoneRef) {
        int slash = zoneRef.indexOf('/');
        return slash < 0 ? zoneRef : zoneRef.substring(0, slash);
    }

    private static java.sql.Date earliest(String partialDate) {
        return partialDate == null ? null : java.sql.Date.valueOf(PartialDate.parse(partialDate).earliest());
    }

    private static <T> List<Object[]> rows(List<T> items, java.util.function.Function<T, Object[]> f) {
        return items.stream().map(f).toList();
    }
=======
>>>>>>> main
}
