package org.ftzobservatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ftzobservatory.innovations.InnovationHit;
import org.ftzobservatory.innovations.InnovationQuery;
import org.ftzobservatory.innovations.InnovationRepository;
import org.ftzobservatory.kernel.Paging;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.yaml.snakeyaml.Yaml;

/**
 * Relevance of the case-library search on a labelled query set (src/test/resources/search/relevance.yaml: 30 ideas,
 * each asked in Chinese and in English, relevant cases chosen by reading the cases). Prints precision@3, recall@10 and
 * nDCG@10 per query and on average, and fails when an average drops below what the search reached when the
 * thresholds were set (bench/README.md has the figures).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg", "ftz.db.embedded.clean=true"})
class RelevanceIT {

    /**
     * Set on 2026-12-06 a little below the means then measured (P@3 0.760, R@10 0.887, nDCG@10 0.905), so a real
     * regression fails while a one-case change of order does not. P@3 cannot reach 1: a third of the ideas have fewer
     * than three relevant cases.
     */
    static final double MIN_PRECISION_AT_3 = 0.72;
    static final double MIN_RECALL_AT_10 = 0.85;
    static final double MIN_NDCG_AT_10 = 0.87;

    @Autowired
    InnovationRepository innovations;

    record Labelled(String query, String lang, Map<String, Integer> grades) {
    }

    @Test
    void theLabelledQueriesAreAnsweredWell() throws Exception {
        List<Labelled> queries = load();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(60);
        double p3 = 0;
        double r10 = 0;
        double ndcg = 0;
        StringBuilder report = new StringBuilder("query | lang | judged | P@3 | R@10 | nDCG@10\n");
        for (Labelled q : queries) {
            List<String> ranked = innovations.search(new InnovationQuery(q.query(), null, null, null, null), new Paging(1, 10))
                    .items().stream().map(InnovationHit::id).toList();
            double p = precision(ranked, q.grades(), 3);
            double r = recall(ranked, q.grades(), 10);
            double n = ndcg(ranked, q.grades(), 10);
            p3 += p;
            r10 += r;
            ndcg += n;
            report.append(String.format(Locale.ROOT, "%s | %s | %d | %.3f | %.3f | %.3f%n", q.query(), q.lang(), q.grades().size(), p, r, n));
        }
        int k = queries.size();
        report.append(String.format(Locale.ROOT, "MEAN over %d queries | P@3 %.3f | R@10 %.3f | nDCG@10 %.3f%n", k, p3 / k, r10 / k, ndcg / k));
        System.out.println(report);
        assertThat(p3 / k).as("mean precision@3").isGreaterThanOrEqualTo(MIN_PRECISION_AT_3);
        assertThat(r10 / k).as("mean recall@10").isGreaterThanOrEqualTo(MIN_RECALL_AT_10);
        assertThat(ndcg / k).as("mean nDCG@10").isGreaterThanOrEqualTo(MIN_NDCG_AT_10);
    }

    /** Share of the first k hits that are relevant (k fixed, so a short list is not rewarded). */
    static double precision(List<String> ranked, Map<String, Integer> grades, int k) {
        return ranked.stream().limit(k).filter(grades::containsKey).count() / (double) k;
    }

    /** Share of the judged relevant cases found in the first k hits, or of k when more than k are relevant. */
    static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
        long found = ranked.stream().limit(k).filter(grades::containsKey).count();
        return found / (double) Math.min(k, grades.size());
    }

    /** Normalised discounted cumulative gain with gain 2^grade − 1 and discount log2(rank + 1). */
    static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += (Math.pow(2, grades.getOrDefault(ranked.get(i), 0)) - 1) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @SuppressWarnings("unchecked")
    static List<Labelled> load() throws Exception {
        try (InputStream in = RelevanceIT.class.getResourceAsStream("/search/relevance.yaml")) {
            Map<String, Object> root = new Yaml().load(in);
            List<Labelled> out = new ArrayList<>();
            for (Map<String, Object> idea : (List<Map<String, Object>>) root.get("ideas")) {
                Map<String, Integer> grades = new LinkedHashMap<>((Map<String, Integer>) idea.get("relevant"));
                out.add(new Labelled((String) idea.get("zh"), "zh", grades));
                out.add(new Labelled((String) idea.get("en"), "en", grades));
                if (idea.get("pieces") != null) {
                    out.add(new Labelled((String) idea.get("pieces"), "zh", grades));
                }
            }
            return out;
        }
    }
}
