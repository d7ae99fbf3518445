package org.ftzobservatory.replication;

import java.time.OffsetDateTime;

/** A third-party evaluation (以评促改): whether it landed, how satisfied enterprises are (1–5), problems, recommendations. */
public record Evaluation(long id, long recordId, String landingStatus, Integer satisfaction, String problems,
                         String recommendations, String evaluator, OffsetDateTime createdAt) {
}
