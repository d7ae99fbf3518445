package org.ftzobservatory.kernel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * Where a fact published from the review queue comes from: the ingested document's file name, the span (offsets into its
 * original text) and the span as printed, the curator who accepted it and when. It stands where a dataset record has
 * its report lines ({@code source}); {@code mentions} counts the accepted mentions of the same fact (a 文号 cited in
 * several documents), 1 for a figure.
 */
public record ReviewSource(String document, int start, int end, String quote, String acceptedBy, OffsetDateTime acceptedAt,
                           long mentions) {

    /** Reads the {@code review_*} columns of the public views; null for a dataset row. */
    public static ReviewSource of(ResultSet rs, boolean withQuoteAndMentions) throws SQLException {
        String document = rs.getString("review_source");
        if (document == null) {
            return null;
        }
        return new ReviewSource(document, rs.getInt("review_start"), rs.getInt("review_end"),
                withQuoteAndMentions ? rs.getString("review_quote") : rs.getString("raw"), rs.getString("review_by"),
                rs.getObject("review_at", OffsetDateTime.class), withQuoteAndMentions ? rs.getLong("review_mentions") : 1);
    }
}
