package org.ftzobservatory.search;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The phrase dictionary the stored vectors were built with, read from {@code search_phrase}. An import on any node
 * replaces it together with the vectors, so each query checks the dataset stamp (one small row) and reloads on change.
 */
@Component
public class SearchPhrases {

    private record Loaded(String stamp, PhraseDictionary dictionary, Synonyms synonyms) {
    }

    /** The dataset stamp: content hash and import time of the dataset in place ('' before the first import). */
    public static final String DATASET_STAMP = "select coalesce(max(content_hash || '@' || imported_at), '') from dataset_meta";

    private final JdbcClient jdbc;
    private volatile Loaded loaded = new Loaded(null, PhraseDictionary.EMPTY, Synonyms.NONE);

    public SearchPhrases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PhraseDictionary current() {
        return loaded().dictionary();
    }

    private Loaded loaded() {
        String stamp = jdbc.sql(DATASET_STAMP)
                .query(String.class).single();
        Loaded l = loaded;
        if (!stamp.equals(l.stamp())) {
            List<String> texts = jdbc.sql("select phrase from search_phrase order by compound").query(String.class).list();
            l = new Loaded(stamp, PhraseDictionary.of(texts), Synonyms.of(synonymGroups()));
            loaded = l;
        }
        return l;
    }

    /** The dictionary and synonyms as the tables hold them now (inside an import, before its stamp is written). */
    public record Vocabulary(PhraseDictionary dictionary, Synonyms synonyms) {
    }

    public static Vocabulary read(JdbcClient jdbc) {
        SearchPhrases p = new SearchPhrases(jdbc);
        return new Vocabulary(PhraseDictionary.of(jdbc.sql("select phrase from search_phrase order by compound").query(String.class).list()),
                Synonyms.of(p.synonymGroups()));
    }

    /** The glossary's zh/en pairs and each tag's names (split at "/", notes in brackets dropped) as synonym groups. */
    private List<List<String>> synonymGroups() {
        List<List<String>> groups = new java.util.ArrayList<>();
        jdbc.sql("select zh, en from search_term order by sort_order").query((rs, n) -> groups.add(
                java.util.stream.Stream.of(rs.getString("zh"), rs.getString("en")).filter(java.util.Objects::nonNull).toList())).list();
        // A tag name of several parts (免申即享/主动推送) names several ideas at once: only one-part names pair up.
        jdbc.sql("select name_zh, name_en from innovation_tag order by sort_order").query((rs, n) -> {
            List<String> names = java.util.stream.Stream.of(rs.getString("name_zh"), rs.getString("name_en"))
                    .filter(java.util.Objects::nonNull).map(t -> t.replaceAll("[(（][^)）]*[)）]", " ").strip()).toList();
            if (names.size() == 2 && names.stream().noneMatch(t -> t.contains("/") || t.contains("／"))) {
                groups.add(names);
            }
            return null;
        }).list();
        return groups;
    }

    /** The tsquery texts of a query: whole phrases, synonyms, pieces close together (see {@link QueryPlan}). */
    public QueryPlan plan(String q) {
        Loaded l = loaded();
        return QueryPlan.of(q, l.dictionary(), l.synonyms());
    }

    /** Query tokens with phrases as compounds, and the plain tokens. */
    public PhraseDictionary.QueryTerms query(String q) {
        return current().query(q);
    }
}
