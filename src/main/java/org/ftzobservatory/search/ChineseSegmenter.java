package org.ftzobservatory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Splits Chinese (and English) text into words with Lucene's SmartChineseAnalyzer. Documents and queries go through the
 * same analyzer, so PostgreSQL only has to match identical tokens; English words come out lower-cased and stemmed.
 */
public final class ChineseSegmenter {

    private static final Analyzer ANALYZER = new SmartChineseAnalyzer();

    private ChineseSegmenter() {
    }

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream ts = ANALYZER.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (!t.isBlank()) {
                    out.add(t);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The tokens joined by spaces: the form stored in PostgreSQL and handed to {@code to_tsvector('simple', …)}. */
    public static String segmented(String text) {
        return String.join(" ", tokens(text));
    }
}
