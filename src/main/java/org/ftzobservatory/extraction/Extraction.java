package org.ftzobservatory.extraction;

import java.util.List;

/** Everything extracted from one document: its original text and every candidate with its span in that text. */
public record Extraction(String source, String original, List<Mentions.DocNumber> docNumbers, List<Mentions.Date> dates,
                         List<Mentions.Amount> amounts, List<Mentions.Percent> percents, List<Mentions.Count> counts,
                         List<Mentions.Zone> zones, List<Mentions.Structure> structure) {

    public int size() {
        return docNumbers.size() + dates.size() + amounts.size() + percents.size() + counts.size() + zones.size();
    }
}
