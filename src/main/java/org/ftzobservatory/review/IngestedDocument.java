package org.ftzobservatory.review;

import java.time.OffsetDateTime;

/** A document in the review queue (without its text), with how many of its candidates still wait for a decision. */
public record IngestedDocument(long id, String fileName, String sha256, int chars, String ingestedBy, OffsetDateTime ingestedAt,
                               int candidates, int pending) {
}
