package org.ftzobservatory.registry;

import org.ftzobservatory.kernel.Text;

/** One row of the zone list. */
public record ZoneSummary(String id, Text name, Text shortName, Text province, String region, int batch, String launched,
                          boolean afterReport, int subzoneCount, String source) {
}
