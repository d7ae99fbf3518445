package org.ftzobservatory.documents;

import java.util.List;

import org.ftzobservatory.kernel.Text;

/** A policy document the report names: plan, measures, law, negative list, notice … with its 文号 when it has one. */
public record PolicyDocument(String id, String number, Text title, String shortTitle, List<String> issuers, String issued,
                             String effective, String type, String scope, List<String> zones, Integer measureCount,
                             String measureUnit, Text summary, String source) {
}
