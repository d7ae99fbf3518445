package org.ftzobservatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 11 §1 on the bundled data: the same idea found the same way however it is typed, documents searched like cases,
 * snippets cut at clause boundaries, LIKE wildcards taken literally, and the site-wide search page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg", "ftz.db.embedded.clean=true"})
class SearchAcceptanceIT {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void bondedMaintenanceIsFoundTheSameWayInEveryWording() throws Exception {
        // Before: 保税维修 2, 保税 维修 4, "bonded maintenance" 1. Read in the data: four cases hold 保税 and 维修
        // (two as the phrase), and the same four say "bonded" and "repair/maintenance" in English.
        List<String> phrase = ids("保税维修");
        assertThat(phrase).hasSize(4);
        assertThat(ids("保税 维修")).containsExactlyInAnyOrderElementsOf(phrase);
        assertThat(ids("bonded maintenance")).containsExactlyElementsOf(phrase);
        assertThat(phrase.subList(0, 2)).containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
                "select id from innovation where position('保税维修' in title_zh || summary_zh) > 0", String.class));
        // Of the other two, the one holding the pieces close together (保税研发、维修) comes before the one holding them apart.
        assertThat(phrase.get(2)).isEqualTo("p1-tianjin-linkage-zones-bonded-plus");
        assertThat(phrase.get(3)).isEqualTo("ind-fujian-bonded-repair-damaged-parts");
    }

    @Test
    void theDocumentKeywordIsSegmentedLikeTheCaseLibrary() throws Exception {
        // Before: 1 document (the keyword had to be in the title). Now every document whose title, short name or summary
        // has the word 保税 — the segmenter keeps 保税 whole in each of them.
        JsonNode page = http().getJson("/api/v1/documents?q=" + LocalHttp.enc("保税") + "&size=50");
        long oracle = jdbc.queryForObject("select count(*) from document where position('保税' in title_zh || coalesce(short_zh, '')"
                + " || coalesce(summary_zh, '')) > 0", Long.class);
        assertThat(page.get("total").asLong()).isEqualTo(oracle).isEqualTo(5);
        assertThat(http().getJson("/api/v1/documents?q=" + LocalHttp.enc("bonded maintenance")).get("total").asLong()).isPositive();
        // A 文号 is still found exactly.
        String number = jdbc.queryForObject("select number from document where number is not null order by id limit 1", String.class);
        assertThat(http().getJson("/api/v1/documents?q=" + LocalHttp.enc(number)).get("total").asLong()).isPositive();
    }

    @Test
    void likeWildcardsInAQueryMatchThemselves() throws Exception {
        // Before the fix, % reached ILIKE as a wildcard and matched all 320 cases, and issuer=% every document.
        long withPercent = jdbc.queryForObject("select count(*) from innovation where position('%' in title_zh || ' ' || title_en || ' ' || summary_zh || ' ' || summary_en) > 0", Long.class);
        JsonNode percent = http().getJson("/api/v1/innovations?q=%25&size=1");
        assertThat(percent.get("mode").asString()).isEqualTo("like");
        assertThat(percent.get("total").asLong()).isEqualTo(withPercent).isLessThan(320);
        assertThat(http().getJson("/api/v1/innovations?q=_&size=1").get("total").asLong())
                .isEqualTo(jdbc.queryForObject("select count(*) from innovation where position('_' in title_zh || ' ' || title_en || ' ' || summary_zh || ' ' || summary_en) > 0", Long.class));
        assertThat(http().getJson("/api/v1/documents?issuer=%25").get("total").asLong()).isZero();
        assertThat(http().getJson("/api/v1/documents?q=%25").get("total").asLong()).isZero();
    }

    @Test
    void snippetsStartAndEndAtClauseBoundaries() throws Exception {
        int checked = 0;
        for (String q : List.of("保税维修", "海关", "知识产权", "区块链", "融资", "blockchain", "customs clearance", "insurance")) {
            boolean chinese = q.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            for (JsonNode hit : http().getJson("/api/v1/innovations?q=" + LocalHttp.enc(q) + "&size=20").get("items")) {
                String snippet = hit.get("snippet_text").asString();
                String summary = jdbc.queryForObject("select " + (chinese ? "summary_zh" : "summary_en") + " from innovation where id = ?",
                        String.class, hit.get("id").asString());
                String core = snippet.replaceFirst("^… ", "").replaceFirst(" …$", "");
                int at = summary.indexOf(core);
                assertThat(at).as(q + ": snippet is a run of the summary: " + snippet).isGreaterThanOrEqualTo(0);
                int end = at + core.length();
                assertThat(at == 0 || boundaryBefore(summary, at)).as(q + " starts at a clause: " + snippet).isTrue();
                assertThat(end == summary.strip().length() || boundaryBefore(summary, end)).as(q + " ends at a clause: " + snippet).isTrue();
                assertThat(snippet.startsWith("… ")).isEqualTo(at > 0);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50);
    }

    /** True when position {@code i} follows clause punctuation (Chinese, or English before a space). */
    private static boolean boundaryBefore(String text, int i) {
        String before = text.substring(0, i).stripTrailing();
        if (before.isEmpty()) {
            return true;
        }
        char c = before.charAt(before.length() - 1);
        return "，。；：！？,;:.!?".indexOf(c) >= 0;
    }

    @Test
    void theSearchPageGroupsHitsByTypeInBothLanguages() throws Exception {
        String zh = http().get("/search?q=" + LocalHttp.enc("保税维修")).body();
        assertThat(zh).contains("id=\"group-innovation\"", "id=\"group-document\"", "id=\"group-event\"", "保税维修企业联盟", "<mark>");
        String en = http().get("/search?q=" + LocalHttp.enc("bonded maintenance") + "&lang=en").body();
        assertThat(en).contains("Innovation cases", "Bonded maintenance enterprise alliance", "Tianjin").doesNotContain("tianjin/airport");
        HttpResponse<String> empty = http().get("/search?q=");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("id=\"search-hint\"");
        assertThat(http().get("/search?q=" + "a".repeat(300)).body()).contains("id=\"search-too-long\"");
        for (String page : List.of("/", "/zones", "/zones/tianjin", "/innovations", "/documents", "/chronicle", "/access")) {
            assertThat(http().get(page).body()).as(page).contains("id=\"site-search-q\"");
        }
    }

    private List<String> ids(String q) throws Exception {
        List<String> out = new ArrayList<>();
        http().getJson("/api/v1/innovations?q=" + LocalHttp.enc(q) + "&size=50").get("items").forEach(h -> out.add(h.get("id").asString()));
        return out;
    }

    private LocalHttp http() {
        return new LocalHttp(port, json);
    }
}
