package org.ftzobservatory.documents;

import java.util.List;

import org.ftzobservatory.kernel.ReviewSource;
import org.ftzobservatory.kernel.Text;

/**
 * A document with its parsed 文号, the documents it relates to (both directions), the chronicle events naming it and
 * {@code citedIn}: the ingested documents whose mention of its 文号 a curator accepted in the review queue.
 */
public record DocumentDetail(PolicyDocument document, DocumentNumber parsedNumber, List<Related> relations,
                             List<EventLink> events, List<ReviewSource> citedIn) {

    /** {@code direction} is {@code out} when this document points at the other one, {@code in} otherwise. */
    public record Related(String direction, String type, String id, String number, Text title) {
    }

    public record EventLink(String id, String date, Text title) {
    }
}
