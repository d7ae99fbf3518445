package org.ftzobservatory.review;

/** What an ingestion did: the document, how many candidates it has, and whether it was already in the queue. */
public record IngestResult(IngestedDocument document, int candidates, boolean duplicate) {
}
