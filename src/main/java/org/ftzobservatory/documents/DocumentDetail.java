package org.ftzobservatory.documents;

import java.util.List;

import org.ftzobservatory.kernel.Text;

/** A document with its parsed 文号, the documents it relates to (both directions) and the chronicle events naming it. */
public record DocumentDetail(PolicyDocument document, DocumentNumber parsedNumber, List<Related> relations,
                             List<EventLink> events) {

    /** {@code direction} is {@code out} when this document points at the other one, {@code in} otherwise. */
    public record Related(String direction, String type, String id, String number, Text title) {
    }

    public record EventLink(String id, String date, Text title) {
    }
}
