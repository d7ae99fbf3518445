package org.ftzobservatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.zaxxer.hikari.HikariDataSource;
import org.ftzobservatory.cli.FtzCli;
import org.ftzobservatory.innovations.InnovationQuery;
import org.ftzobservatory.innovations.InnovationRepository;
import org.ftzobservatory.innovations.SearchFacetCache;
import org.ftzobservatory.innovations.SearchPage;
import org.ftzobservatory.kernel.Paging;
import org.ftzobservatory.search.ChineseSegmenter;
import org.ftzobservatory.search.PhraseDictionary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Relevance, facets and bad input of the case library, on the bundled dataset. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg", "ftz.db.embedded.clean=true"})
class InnovationSearchIT {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HikariDataSource dataSource;

    @Autowired
    SearchFacetCache facetCache;
    @Autowired
    InnovationRepository innovations;
    @Autowired
    org.ftzobservatory.search.SearchPhrases phrases;

    @Test
    void cachedCountsAndFacetsOfCommonWordsEqualTheLiveOnes() {
        try {
            assertThat(facetCache.refresh(0.0, 5)).isPositive();
            int compared = 0;
            int exact = 0;
            for (String q : List.of("海关", "监管", "数据", "审批", "贸易", "企业", "customs", "trade", "保税", "金融", "跨境", "信用",
                    "平台", "一网通办", "知识产权")) {
                // The cache is keyed by what the search asks for the word: the word, its synonyms, a phrase's pieces.
                if (facetCache.lookup(phrases.plan(q).match()).isEmpty()) {
                    continue;
                }
                compared++;
                SearchPage cached = innovations.search(new InnovationQuery(q, null, null, null, null), new Paging(1, 5));
                jdbc.update("delete from innovation_term_facet");
                jdbc.update("delete from innovation_term_top");
                SearchPage live = innovations.search(new InnovationQuery(q, null, null, null, null), new Paging(1, 5));
                assertThat(cached.total()).as(q).isEqualTo(live.total()).isPositive();
                assertThat(cached.facets()).as(q).isEqualTo(live.facets());
                // Both ways tier every match (title 4 + summary 2 + body 1) and keep the best in display order, so they
                // rank the same cases the same way, however many match.
                assertThat(cached.items()).as(q).isEqualTo(live.items());
                if (cached.total() > 105) {
                    exact++; // more matches than candidates: the cut itself was compared
                }
                facetCache.refresh(0.0, 5);
            }
            assertThat(compared).isGreaterThanOrEqualTo(8);
            assertThat(exact).isGreaterThanOrEqualTo(2);
        } finally {
            facetCache.refresh();
        }
    }

    @Test
    void bondedMaintenanceRanksTheTwoTianjinCasesHoldingThePhraseFirst() throws Exception {
        // Read in data/innovations: exactly two cases, both Tianjin, write 保税维修 as one phrase (the alliance and the
        // "保税维修 + 租赁" model); two more hold 保税 and 维修 apart. The phrase holders must be hits 1 and 2.
        JsonNode page = get("/api/v1/innovations?q=" + enc("保税维修") + "&size=3");
        assertThat(page.get("mode").asString()).isEqualTo("fts");
        for (int i = 0; i < 2; i++) {
            JsonNode hit = page.at("/items/" + i);
            assertThat(hit.get("zones").get(0).asString()).as("hit " + (i + 1)).startsWith("tianjin");
            String id = hit.get("id").asString();
            assertThat(jdbc.queryForObject("select position('保税维修' in title_zh || summary_zh) > 0 from innovation where id = ?",
                    Boolean.class, id)).as(id + " holds the phrase").isTrue();
        }
        JsonNode third = page.at("/items/2");
        assertThat(jdbc.queryForObject("select position('保税维修' in title_zh || summary_zh) > 0 from innovation where id = ?",
                Boolean.class, third.get("id").asString())).as("the third hit holds only the pieces").isFalse();
    }

    @Test
    void theLibraryWithoutAQueryFromTheCacheEqualsTheLiveCount() {
        try {
            assertThat(facetCache.refresh(0.0, 5)).isPositive();
            assertThat(facetCache.lookup(SearchFacetCache.EVERYTHING)).isNotEmpty();
            SearchPage cached = innovations.search(new InnovationQuery(null, null, null, null, null), new Paging(2, 20));
            jdbc.update("delete from innovation_term_facet");
            SearchPage live = innovations.search(new InnovationQuery(null, null, null, null, null), new Paging(2, 20));
            assertThat(cached.total()).isEqualTo(live.total())
                    .isEqualTo(jdbc.queryForObject("select count(*) from innovation", Long.class));
            assertThat(cached.facets()).isEqualTo(live.facets());
            assertThat(cached.items()).isEqualTo(live.items()).hasSize(20);
        } finally {
            facetCache.refresh();
        }
    }

    @Test
    void aPartialWordFindsTheCasesWhoseIndexedWordsHoldIt() throws Exception {
        // "blockcha" is no word, so the full-text search finds nothing; the vocabulary turns it into the words holding
        // it (blockchain), and the page has the cases holding those words.
        JsonNode page = get("/api/v1/innovations?q=blockcha&size=1");
        assertThat(page.get("mode").asString()).isEqualTo("like");
        long holders = jdbc.queryForObject("select count(*) from innovation_terms where all_terms @@ to_tsquery('simple', "
                + "(select string_agg(quote_literal(word), ' | ') from innovation_word where word like '%blockcha%'))", Long.class);
        assertThat(page.get("total").asLong()).isEqualTo(holders).isPositive();
        // A run in no word finds nothing (no scan of the texts).
        assertThat(get("/api/v1/innovations?q=qqxqqz&size=1").get("total").asLong()).isZero();
    }

    @Test
    void aTagNameFindsEveryCaseTaggedWithIt() throws Exception {
        Set<String> tagged = new HashSet<>(jdbc.queryForList(
                "select innovation_id from innovation_tag_link where tag_id = 'notification-commitment'", String.class));
        assertThat(tagged).isNotEmpty();
        JsonNode page = get("/api/v1/innovations?q=" + enc("告知承诺") + "&size=200");
        Set<String> found = new HashSet<>();
        page.get("items").forEach(h -> found.add(h.get("id").asString()));
        assertThat(found).containsAll(tagged);
    }

    @Test
    void aPhraseMatchesWholeAndOtherwiseByItsPieces() throws Exception {
        // The segmenter cuts 一网通办 into four single characters; the phrase dictionary keeps it whole, so every hit
        // has the phrase itself somewhere in its text, and there are at most as many hits as for the four characters.
        JsonNode phrase = get("/api/v1/innovations?q=" + enc("一网通办") + "&size=200");
        long characters = jdbc.queryForObject("select count(*) from innovation_terms where all_terms @@ plainto_tsquery('simple', ?)",
                Long.class, ChineseSegmenter.segmented("一网通办"));
        assertThat(phrase.get("total").asLong()).isPositive().isLessThanOrEqualTo(characters);
        assertThat(phrase.get("phrases").get(0).asString()).isEqualTo("一网通办");
        assertThat(raw("/innovations?q=" + enc("一网通办")).body()).contains("id=\"phrase-note\"");
        List<String> ids = new ArrayList<>();
        phrase.get("items").forEach(h -> ids.add(h.get("id").asString()));
        assertThat(ids).hasSize(phrase.get("total").asInt());
        List<String> without = jdbc.queryForList("""
                select i.id from innovation i where i.id = any(?) and position('一网通办' in i.title_zh || ' ' || i.title_en || ' ' || i.summary_zh || ' ' || i.summary_en || ' '
                  || coalesce((select string_agg(t.name_zh, ' ') from innovation_tag_link l join innovation_tag t on t.id = l.tag_id
                               where l.innovation_id = i.id), '')
                  || coalesce((select string_agg(a.name, ' ') from innovation_actor a where a.innovation_id = i.id), '')
                  || coalesce((select string_agg(y.name, ' ') from innovation_system y where y.innovation_id = i.id), '')
                  || coalesce((select string_agg(m.quantity_zh, ' ') from innovation_metric m where m.innovation_id = i.id), '')) = 0
                """, String.class, (Object) ids.toArray(String[]::new));
        assertThat(without).isEmpty();

        // No case says 贸易便利化 in so many words: the search finds its word pieces (贸易 and 便利化 in one case) and the
        // cases that say it in English (the glossary pairs it with "trade facilitation", whole or as trade + facilitation),
        // rather than finding nothing.
        JsonNode pieces = get("/api/v1/innovations?q=" + enc("贸易便利化") + "&size=1");
        long expected = jdbc.queryForObject("select count(*) from innovation_terms where all_terms @@ plainto_tsquery('simple', ?)"
                        + " or all_terms @@ to_tsquery('simple', ?) or all_terms @@ plainto_tsquery('simple', ?)",
                Long.class, ChineseSegmenter.segmented("贸易便利化"), "'" + PhraseDictionary.lexeme("trade facilitation") + "'",
                ChineseSegmenter.segmented("trade facilitation"));
        assertThat(pieces.get("mode").asString()).isEqualTo("fts");
        assertThat(pieces.get("total").asLong()).isEqualTo(expected).isPositive();
        assertThat(get("/api/v1/innovations?q=" + enc("trade facilitation") + "&size=1").get("total").asLong()).isEqualTo(expected);
        assertThat(pieces.get("phrases").size()).isZero();
        assertThat(raw("/innovations?q=" + enc("贸易便利化")).body()).doesNotContain("phrase-note");
    }

    @Autowired
    org.ftzobservatory.search.SearchService siteSearch;

    @Test
    void theSiteSearchCountsAndRanksABroadWordFromTheCaseCacheAsItWouldLive() {
        try {
            assertThat(facetCache.refresh(0.0, 5)).isPositive();
            int cachedWords = 0;
            for (String q : List.of("海关", "数据", "监管", "审批", "customs", "trade", "一网通办")) {
                var cached = siteSearch.search(q, "innovation", 200);
                cachedWords += facetCache.total(phrases.plan(q).match()) >= 0 ? 1 : 0;
                jdbc.update("delete from innovation_term_facet");
                jdbc.update("delete from innovation_term_top");
                var live = siteSearch.search(q, "innovation", 200);
                facetCache.refresh(0.0, 5);
                assertThat(cached.total()).as(q).isEqualTo(live.total()).isPositive();
                // Up to 200 hits with 300 candidates: every match is ranked both ways, so the same cases come back.
                assertThat(live.total()).as(q).isLessThanOrEqualTo(200);
                assertThat(new HashSet<>(cached.hits().stream().map(h -> h.id()).toList()))
                        .as(q).isEqualTo(new HashSet<>(live.hits().stream().map(h -> h.id()).toList()));
            }
            assertThat(cachedWords).isGreaterThanOrEqualTo(5);
        } finally {
            facetCache.refresh();
        }
    }

    @Test
    void theVocabularyHoldsExactlyThePhrasesSomeCaseHoldsWhole() {
        // The search reports "matched as a whole phrase" from the vocabulary (innovation_word) rather than asking the GIN
        // index, which builds the bitmap of every holder first (issue 19). Both must name the same phrases.
        List<String> byIndex = jdbc.queryForList("select p.compound from search_phrase p where exists (select 1 from innovation_terms t "
                + "where t.all_terms @@ to_tsquery('simple', quote_literal(p.compound))) order by 1", String.class);
        List<String> byVocabulary = jdbc.queryForList("select p.compound from search_phrase p where exists (select 1 from innovation_word w "
                + "where w.word = p.compound and w.ndoc > 0) order by 1", String.class);
        assertThat(byIndex).hasSizeGreaterThanOrEqualTo(10);
        assertThat(byVocabulary).isEqualTo(byIndex);
    }

    @Test
    void anEnglishTitleFindsItsCase() throws Exception {
        var row = jdbc.queryForMap("select id, title_en from innovation where length(title_en) > 20 order by id limit 1");
        JsonNode page = get("/api/v1/innovations?q=" + enc((String) row.get("title_en")) + "&size=5");
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(h -> ids.add(h.get("id").asString()));
        assertThat(ids).contains((String) row.get("id"));
    }

    @Test
    void facetCountsEqualTheFilteredTotals() throws Exception {
        JsonNode all = get("/api/v1/innovations?q=" + enc("海关") + "&size=1");
        for (String facet : List.of("domain", "zone", "tag", "year")) {
            JsonNode counts = all.get("facets").get(facet);
            assertThat(counts.size()).as(facet).isGreaterThan(0);
            for (int i = 0; i < Math.min(4, counts.size()); i++) {
                JsonNode c = counts.get(i);
                JsonNode filtered = get("/api/v1/innovations?q=" + enc("海关") + "&size=1&" + facet + "=" + enc(c.get("value").asString()));
                assertThat(filtered.get("total").asLong()).as(facet + "=" + c.get("value")).isEqualTo(c.get("count").asLong());
            }
        }
    }

    @Test
    void badInputIsHandled() throws Exception {
        HttpResponse<String> tooLong = raw("/api/v1/innovations?q=" + enc("税".repeat(2000)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json.readTree(tooLong.body()).at("/errors/0/parameter").asString()).isEqualTo("q");
        assertThat(raw("/api/v1/search?q=" + "a".repeat(2000)).statusCode()).isEqualTo(400);
        assertThat(raw("/api/v1/search?q=").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/innovations?domain=astrology").get("total").asInt()).isZero();
        assertThat(get("/api/v1/innovations?tag=nope&q=" + enc("海关")).get("total").asInt()).isZero();
        HttpResponse<String> emptyUi = raw("/innovations?q=");
        assertThat(emptyUi.statusCode()).isEqualTo(200);
        assertThat(emptyUi.body()).contains("请输入关键词");
    }

    @Test
    void theFourthBatchHasAll18CasesLinked() throws Exception {
        JsonNode batches = get("/api/v1/best-practice-batches");
        JsonNode fourth = null;
        for (JsonNode b : batches) {
            if (b.get("number").asInt() == 4) {
                fourth = b;
            }
        }
        assertThat(fourth).isNotNull();
        assertThat(fourth.get("document_number").asString()).isEqualTo("商自贸函〔2021〕189号");
        assertThat(fourth.get("cases").size()).isEqualTo(18);
        fourth.get("cases").forEach(c -> assertThat(c.hasNonNull("innovation")).as(c.toString()).isTrue());
        assertThat(jdbc.queryForObject("select count(*) from innovation where batch_number = 4", Integer.class)).isEqualTo(18);
    }

    @Test
    void crossTypeSearchAndItsCliShape() throws Exception {
        JsonNode r = get("/api/v1/search?q=" + enc("负面清单"));
        Set<String> types = new HashSet<>();
        r.get("hits").forEach(h -> types.add(h.get("type").asString()));
        assertThat(types).contains("document");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new FtzCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()))
                .run("search", "保税维修", "--type", "innovation", "--limit", "3", "--format", "json",
                        "--ftz.db.url=" + dataSource.getJdbcUrl(), "--ftz.db.user=" + dataSource.getUsername());
        assertThat(code).isZero();
        JsonNode cli = json.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(cli.propertyNames()).containsExactly("query", "total", "hits");
        assertThat(cli.get("hits").size()).isBetween(1, 3);
        assertThat(cli.at("/hits/0").propertyNames()).containsExactly("type", "id", "title_zh", "zones", "score", "snippet");
        assertThat(cli.at("/hits/0/type").asString()).isEqualTo("innovation");

        ByteArrayOutputStream stats = new ByteArrayOutputStream();
        code = new FtzCli(new PrintStream(stats, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()))
                .run("stats", "innovations", "--format", "json", "--ftz.db.url=" + dataSource.getJdbcUrl(),
                        "--ftz.db.user=" + dataSource.getUsername());
        assertThat(code).isZero();
        JsonNode s = json.readTree(stats.toString(StandardCharsets.UTF_8));
        long total = s.get("total").asLong();
        long byDomain = 0;
        for (var e : s.get("by_domain").properties()) {
            byDomain += e.getValue().asLong();
        }
        assertThat(byDomain).isEqualTo(total);
    }

    @Test
    void casePagesRender() throws Exception {
        String id = jdbc.queryForObject("select innovation_id from innovation_metric order by innovation_id limit 1", String.class);
        HttpResponse<String> page = raw("/innovations/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("case-metrics").contains("similar");
        assertThat(raw("/innovations/matrix").statusCode()).isEqualTo(200);
        assertThat(raw("/best-practices/4").body()).contains("商自贸函〔2021〕189号");
        assertThat(raw("/innovations/nope").statusCode()).isEqualTo(404);
    }

    JsonNode get(String path) throws Exception {
        return new LocalHttp(port, json).getJson(path);
    }

    HttpResponse<String> raw(String path) throws Exception {
        return new LocalHttp(port, json).get(path);
    }

    static String enc(String s) {
        return LocalHttp.enc(s);
    }
}
