package org.ftzobservatory.innovations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.ftzobservatory.search.SearchPhrases;
import org.ftzobservatory.testing.CountingDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A zone page loads its cases in a fixed number of queries, whatever the number of cases: the statements are counted on
 * the real database through a counting DataSource. (Same context as the other embedded-database tests, so it is shared.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg", "ftz.db.embedded.clean=true"})
class InnovationLoadingIT {

    /** The case rows, then one query for each part: zones, themes, tags, actors, systems, metrics, documents. */
    static final int QUERIES_PER_LOAD = 8;

    @Autowired
    DataSource dataSource;
    @Autowired
    SearchFacetCache facetCache;
    @Autowired
    SearchPhrases phrases;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aZonePageCostsTheSameQueriesForOneCaseAndForMany() {
        CountingDataSource counting = new CountingDataSource(dataSource);
        InnovationRepository cases = new InnovationRepository(JdbcClient.create(counting.dataSource()), facetCache, phrases, new CaseFacetIndex(), transactions);
        String most = jdbc.sql("select ftz_id from innovation_zone group by ftz_id order by count(distinct innovation_id) desc, ftz_id limit 1")
                .query(String.class).single();
        String fewest = jdbc.sql("select ftz_id from innovation_zone group by ftz_id order by count(distinct innovation_id), ftz_id limit 1")
                .query(String.class).single();

        counting.take();
        List<Innovation> many = cases.byZone(most);
        int manyQueries = counting.take();
        List<Innovation> few = cases.byZone(fewest);
        int fewQueries = counting.take();

        assertThat(many.size()).as("cases of " + most).isGreaterThan(20).isGreaterThan(few.size());
        assertThat(manyQueries).as("queries for the %d cases of %s", many.size(), most).isEqualTo(QUERIES_PER_LOAD);
        assertThat(fewQueries).as("queries for the %d cases of %s", few.size(), fewest).isEqualTo(QUERIES_PER_LOAD);
        assertThat(cases.byZone("atlantis")).isEmpty();
        assertThat(counting.take()).as("no cases: the case query only").isEqualTo(1);
    }

    @Test
    void aCaseLoadedWithItsZoneIsTheCaseLoadedAlone() {
        InnovationRepository cases = new InnovationRepository(jdbc, facetCache, phrases, new CaseFacetIndex(), transactions);
        List<Innovation> zone = cases.byZone("shanghai");
        long expected = jdbc.sql("select count(distinct innovation_id) from innovation_zone where ftz_id = 'shanghai'").query(Long.class).single();
        assertThat(zone).hasSize((int) expected).isNotEmpty();
        // every part of every case is its own, not a neighbour's: each equals the case read on its own
        assertThat(zone).allSatisfy(c -> assertThat(cases.find(c.id())).contains(c));
        assertThat(zone.stream().mapToInt(c -> c.tags().size() + c.metrics().size() + c.actors().size()).sum()).isPositive();
    }
}
