package org.ftzobservatory.innovations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.ftzobservatory.kernel.Paging;
import org.ftzobservatory.search.SearchPhrases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A filtered search counted in the app node ({@link FilteredCount} over {@link CaseColumns} and a cached search's
 * {@link Postings}) gives what the live count in SQL gives: the same total, facets and page, for filters of every kind,
 * alone and together, with and without a query, on the bundled library.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg", "ftz.db.embedded.clean=true"})
class FilteredSearchIT {

    @Autowired
    InnovationRepository innovations;
    @Autowired
    SearchFacetCache facetCache;
    @Autowired
    SearchPhrases phrases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void filteredCountsInTheNodeEqualTheLiveCountInSql() {
        InnovationRepository live = new InnovationRepository(jdbc, facetCache, phrases, new CaseFacetIndex(false), transactions);
        try {
            assertThat(facetCache.refresh(0.0, 5)).isPositive();
            String domain = top("select domain from innovation_terms where domain is not null group by 1 order by count(*) desc, 1");
            String zone = top("select z from innovation_terms, unnest(zones) z where position('/' in z) = 0 group by 1 order by count(*) desc, 1");
            String subzone = top("select z from innovation_terms, unnest(zones) z where position('/' in z) > 0 group by 1 order by count(*) desc, 1");
            String tag = top("select g from innovation_terms, unnest(tags) g group by 1 order by count(*) desc, 1");
            int year = Integer.parseInt(top("select cast(year as text) from innovation_terms where year is not null group by 1 order by count(*) desc, 1"));
            List<InnovationQuery> filters = List.of(
                    new InnovationQuery(null, domain, null, null, null), new InnovationQuery(null, null, zone, null, null),
                    new InnovationQuery(null, null, subzone, null, null), new InnovationQuery(null, null, null, tag, null),
                    new InnovationQuery(null, null, null, null, year), new InnovationQuery(null, domain, zone, null, year),
                    new InnovationQuery(null, null, zone, tag, null), new InnovationQuery(null, "no-such-domain", null, null, null));
            int counted = 0;
            int nonEmpty = 0;
            for (String q : new String[] {null, "海关", "监管", "数据", "审批", "企业", "customs", "trade", "保税", "一网通办", "知识产权"}) {
                for (InnovationQuery f : filters) {
                    InnovationQuery query = new InnovationQuery(q, f.domain(), f.zone(), f.tag(), f.year());
                    boolean inNode = q == null || facetCache.postings(phrases.plan(q).match()) != null;
                    for (Paging paging : List.of(new Paging(1, 5), new Paging(2, 5))) {
                        SearchPage a = innovations.search(query, paging);
                        SearchPage b = live.search(query, paging);
                        assertThat(a.total()).as(query.toString()).isEqualTo(b.total());
                        assertThat(a.facets()).as(query.toString()).isEqualTo(b.facets());
                        assertThat(ids(a)).as(query.toString()).isEqualTo(ids(b));
                        assertThat(a.items()).as(query.toString()).isEqualTo(b.items());
                        nonEmpty += paging.page() == 1 && a.total() > 5 ? 1 : 0;
                    }
                    counted += inNode ? 1 : 0;
                }
            }
            // Most pairs went through the node's count, and enough of them had more than a page to rank.
            assertThat(counted).isGreaterThanOrEqualTo(60);
            assertThat(nonEmpty).isGreaterThanOrEqualTo(30);
        } finally {
            facetCache.refresh();
        }
    }

    private String top(String sql) {
        return template.queryForObject(sql + " limit 1", String.class);
    }

    private static List<String> ids(SearchPage p) {
        List<String> out = new ArrayList<>();
        p.items().forEach(h -> out.add(h.id()));
        return out;
    }
}
