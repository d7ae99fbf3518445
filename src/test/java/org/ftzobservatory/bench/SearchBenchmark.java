package org.ftzobservatory.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ftzobservatory.dataset.DatasetService;
import org.ftzobservatory.innovations.InnovationQuery;
import org.ftzobservatory.innovations.InnovationRepository;
import org.ftzobservatory.kernel.Paging;
import org.ftzobservatory.search.SearchDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Load driver for the case-library search (run with bench/run-search.sh, not part of the test suite). It generates
 * 100,000 synthetic cases deterministically (seed 20211231) from the tag vocabulary, zones and the words of the real
 * summaries, then times 50 fixed queries two ways in the same run on the same database: the real search
 * ({@link InnovationRepository#search}: count, top 20 with snippets, and the four facet counts) and the baseline, the same
 * query as an unindexed {@code ILIKE '%…%'} scan with count and top 20.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "ftz.import-on-start=false", "ftz.db.embedded.dir=target/bench-pg", "ftz.db.embedded.clean=true",
        "ftz.db.url=${ftz.bench.db-url:}"})
class SearchBenchmark {

    static final int CASES = Integer.getInteger("ftz.bench.cases", 100_000);
    static final int ROUNDS = Integer.getInteger("ftz.bench.rounds", 5);
    static final List<String> QUERIES = List.of("保税维修", "告知承诺", "海关", "跨境电商", "信用", "数据", "审批", "知识产权", "人才",
            "融资", "保险", "区块链", "通关", "税务", "退税", "备案", "并联审批", "容缺受理", "免申即享", "一网通办", "跨省通办",
            "秒批", "供应链", "中欧班列", "航运", "船舶", "外汇", "人民币", "自由贸易", "营商环境", "监管", "执法", "法院", "仲裁",
            "生物医药", "集成电路", "标准", "工程建设", "不动产", "社保", "bonded maintenance", "credit", "customs clearance",
            "data sharing", "parallel approval", "cross-border", "insurance", "talent", "blockchain", "tax refund");

    @Autowired
    DatasetService datasets;
    @Autowired
    InnovationRepository innovations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.ftzobservatory.innovations.SearchFacetCache facetCache;
    @Autowired
    org.ftzobservatory.search.SearchPhrases phrases;
    @Autowired
    org.ftzobservatory.search.GinPendingLists ginPendingLists;

    @Test
    void searchVersusIlike() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("ftz.bench"), "benchmark: run bench/run-search.sh");
        long t0 = System.nanoTime();
        boolean reuse = Boolean.getBoolean("ftz.bench.reuse") && jdbc.queryForObject(
                "select count(*) from information_schema.tables where table_name = 'innovation'", Integer.class) > 0
                && jdbc.queryForObject("select count(*) from innovation where id like 'syn-%'", Long.class) == CASES;
        if (!reuse) {
            datasets.importDirectory(Path.of(System.getProperty("ftz.bench.data", "data")), m -> { });
            generate();
            // What an import does after writing the cases.
            System.out.printf("GIN pending lists: %d pages merged%n", ginPendingLists.flush());
            System.out.printf("search facet cache: %d common words%n", facetCache.refresh());
        }
        jdbc.execute("analyze");
        System.out.printf("generated %,d synthetic cases in %.1f s; table now holds %,d%n", CASES, (System.nanoTime() - t0) / 1e9,
                jdbc.queryForObject("select count(*) from innovation", Long.class));

        List<String> wrong = SearchChecks.problems(QUERIES, innovations, jdbc, phrases.current()); // also warms up
        for (String q : QUERIES) {
            ilike(q);
        }
        List<Long> real = new ArrayList<>();
        List<Long> base = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (String q : QUERIES) {
            long[] r = new long[ROUNDS];
            long[] b = new long[ROUNDS];
            long hits = 0;
            for (int i = 0; i < ROUNDS; i++) {
                long s = System.nanoTime();
                hits = innovations.search(new InnovationQuery(q, null, null, null, null), new Paging(1, 20)).total();
                r[i] = System.nanoTime() - s;
                s = System.nanoTime();
                ilike(q);
                b[i] = System.nanoTime() - s;
            }
            Arrays.stream(r).forEach(real::add);
            Arrays.stream(b).forEach(base::add);
            rows.add(String.format("| %s | %,d | %.1f | %.1f |", q, hits, median(r) / 1e6, median(b) / 1e6));
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format("%n%,d cases, %d queries x %d rounds, %s%n%n", CASES, QUERIES.size(), ROUNDS, machine()));
        out.append("| method | p50 ms | p95 ms |\n|---|---|---|\n");
        out.append(String.format("| full-text search (count + top 20 + snippets + 4 facets) | %.1f | %.1f |%n", pct(real, 50) / 1e6, pct(real, 95) / 1e6));
        out.append(String.format("| ILIKE '%%…%%' scan (count + top 20) | %.1f | %.1f |%n", pct(base, 50) / 1e6, pct(base, 95) / 1e6));
        out.append(String.format("%nspeed-up at p95: %.1fx; at p50: %.1fx%n%n", pct(base, 95) / pct(real, 95), pct(base, 50) / pct(real, 50)));
        out.append("| query | hits | search median ms | ILIKE median ms |\n|---|---|---|---|\n");
        rows.forEach(r -> out.append(r).append('\n'));
        System.out.println(out);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/search.md"), out.toString());
        if (!wrong.isEmpty()) {
            throw new AssertionError("the search is fast but wrong:\n" + String.join("\n", wrong));
        }
    }

    private void ilike(String q) {
        String where = " from innovation i where (i.title_zh || ' ' || i.summary_zh || ' ' || i.title_en || ' ' || i.summary_en) ilike ?";
        String p = "%" + q + "%";
        jdbc.queryForObject("select count(*)" + where, Long.class, p);
        jdbc.queryForList("select i.id, left(i.summary_zh, 120)" + where + " order by i.sort_order limit 20", p);
    }

    /** Cases made of real vocabulary: a tag, a zone, a domain and sentences recombined from the words of real summaries. */
    private void generate() {
        Random rnd = new Random(20211231L);
        org.ftzobservatory.search.PhraseDictionary dictionary = phrases.current();
        List<Map<String, Object>> tags = jdbc.queryForList("select id, name_zh, name_en from innovation_tag");
        List<Map<String, Object>> zones = jdbc.queryForList("select id, short_zh, short_en from ftz where not after_report");
        List<String> domains = jdbc.queryForList("select id from vocabulary where kind = 'innovation_domains'", String.class);
        List<String> words = new ArrayList<>();
        for (String s : jdbc.queryForList("select summary_seg from innovation", String.class)) {
            words.addAll(Arrays.asList(s.split(" ")));
        }
        List<String> enWords = new ArrayList<>();
        for (String s : jdbc.queryForList("select summary_en from innovation", String.class)) {
            enWords.addAll(Arrays.asList(s.split("\\s+")));
        }
        int batch = 2000;
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> zoneRows = new ArrayList<>();
        List<Object[]> tagRows = new ArrayList<>();
        List<Object[]> termRows = new ArrayList<>();
        for (int n = 1; n <= CASES; n++) {
            String id = String.format("syn-%06d", n);
            Map<String, Object> tag = tags.get(rnd.nextInt(tags.size()));
            Map<String, Object> zone = zones.get(rnd.nextInt(zones.size()));
            String domain = domains.get(rnd.nextInt(domains.size()));
            String titleZh = zone.get("short_zh") + pick(words, rnd, 3, "") + tag.get("name_zh");
            String titleEn = zone.get("short_en") + " " + tag.get("name_en") + " " + pick(enWords, rnd, 3, " ");
            String summaryZh = pick(words, rnd, 40, "");
            String summaryEn = pick(enWords, rnd, 35, " ");
            SearchDocument sd = SearchDocument.of(dictionary, List.of(titleZh, titleEn),
                    List.of(summaryZh, summaryEn, (String) tag.get("name_zh"), (String) tag.get("name_en")), List.of());
            rows.add(new Object[] {id, "synthetic", 100_000 + n, titleZh, titleEn, domain, 2013 + rnd.nextInt(9), summaryZh, summaryEn,
                    "synthetic", titleZh + " " + titleEn + " " + summaryZh + " " + summaryEn,
                    org.ftzobservatory.search.ChineseSegmenter.segmented(summaryZh), sd.a(), sd.b(), sd.c()});
            zoneRows.add(new Object[] {id, zone.get("id"), zone.get("id"), 0});
            tagRows.add(new Object[] {id, tag.get("id"), 0});
            int year = (Integer) rows.get(rows.size() - 1)[6];
            termRows.add(new Object[] {id, 100_000 + n, domain, year, new String[] {(String) zone.get("id")},
                    new String[] {(String) tag.get("id")}, sd.termParameters()[0], sd.a(), sd.b(), sd.c()});
            if (rows.size() == batch || n == CASES) {
                jdbc.batchUpdate("insert into innovation (id, origin_file, sort_order, title_zh, title_en, domain, year, summary_zh, "
                        + "summary_en, source, search_text, summary_seg, search_vector) values (?,?,?,?,?,?,?,?,?,?,?,?,"
                        + SearchDocument.VECTOR_SQL + ")", rows);
                jdbc.batchUpdate("insert into innovation_zone (innovation_id, zone_ref, ftz_id, sort_order) values (?,?,?,?)", zoneRows);
                jdbc.batchUpdate("insert into innovation_tag_link (innovation_id, tag_id, sort_order) values (?,?,?)", tagRows);
                jdbc.batchUpdate("insert into innovation_terms (innovation_id, sort_order, domain, year, zones, tags, all_terms, "
                        + "title_terms, summary_terms, body_terms) values (?,?,?,?,?,?," + SearchDocument.TERMS_SQL + ")", termRows);
                termRows.clear();
                rows.clear();
                zoneRows.clear();
                tagRows.clear();
            }
        }
    }

    private static String pick(List<String> words, Random rnd, int n, String sep) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : sep).append(words.get(rnd.nextInt(words.size())));
        }
        return sb.toString();
    }

    private static double median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double pct(List<Long> v, int p) {
        List<Long> s = new ArrayList<>(v);
        s.sort(null);
        return s.get(Math.min(s.size() - 1, (int) Math.ceil(p / 100.0 * s.size()) - 1));
    }

    private String machine() {
        String url = System.getProperty("ftz.bench.db-url", "");
        return Runtime.getRuntime().availableProcessors() + " cores, " + (Runtime.getRuntime().maxMemory() >> 20) + " MB heap, Java "
                + System.getProperty("java.version") + ", " + (url.isBlank() ? "embedded " : "external ")
                + jdbc.queryForObject("select split_part(version(), ' on ', 1)", String.class);
    }
}
