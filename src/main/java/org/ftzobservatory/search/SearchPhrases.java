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

    private record Loaded(String stamp, PhraseDictionary dictionary) {
    }

    private final JdbcClient jdbc;
    private volatile Loaded loaded = new Loaded(null, PhraseDictionary.EMPTY);

    public SearchPhrases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PhraseDictionary current() {
        String stamp = jdbc.sql("select coalesce(max(content_hash || '@' || imported_at), '') from dataset_meta")
                .query(String.class).single();
        Loaded l = loaded;
        if (!stamp.equals(l.stamp())) {
            List<String> texts = jdbc.sql("select phrase from search_phrase order by compound").query(String.class).list();
            l = new Loaded(stamp, PhraseDictionary.of(texts));
            loaded = l;
        }
        return l.dictionary();
    }

    /** Query tokens with phrases as compounds, and the plain tokens. */
    public PhraseDictionary.QueryTerms query(String q) {
        return current().query(q);
    }
}
