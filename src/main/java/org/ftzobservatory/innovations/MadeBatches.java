package org.ftzobservatory.innovations;

import java.util.List;
import java.util.Optional;

/**
 * Best-practice batches made on the platform rather than read from the report: the library lists them beside the report's
 * batches. Implemented by the feature that makes them; the caller's rights (drafts are for officials) are its business.
 */
public interface MadeBatches {

    /** Every made batch the current caller may see. */
    List<BestPracticeBatch> visible();

    Optional<BestPracticeBatch> visible(int number);
}
