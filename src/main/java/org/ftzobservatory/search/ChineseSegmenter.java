package org.ftzobservatory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits Chinese (and English) text into words with Lucene's SmartChineseAnalyzer. Documents and queries go through the
 * same analyzer, so PostgreSQL only has to match identical tokens; English words come out lower-cased and stemmed.
 */
public final class ChineseSegmenter {

    private static final Analyzer ANALYZER = new SmartChineseAnalyzer();

    private ChineseSegmenter() {
    }

    public static List<String> tokens(String text) {
        return spans(text).stream().map(Span::token).toList();
    }

    /** A token and where it came from in the text (characters start inclusive, end exclusive). */
    public record Span(String token, int start, int end) {
    }

    /** The tokens with their offsets in the text. */
    public static List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream ts = ANALYZER.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (!t.isBlank()) {
                    out.add(new Span(t, offset.startOffset(), offset.endOffset()));
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

    /**
     * The original text with spaces at word boundaries and its punctuation kept: the form snippets are cut from, so
     * PostgreSQL can highlight whole words and {@link Snippets} can join them back into readable Chinese.
     */
    public static String withWordBreaks(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() * 2);
        int last = 0;
        try (TokenStream ts = ANALYZER.tokenStream("f", text)) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                int start = Math.max(offset.startOffset(), last);
                int end = Math.max(offset.endOffset(), start);
                out.append(text, last, start).append(' ').append(text, start, end).append(' ');
                last = end;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.append(text.substring(Math.min(last, text.length())));
        return out.toString().replaceAll(" {2,}", " ").trim();
    }
}
