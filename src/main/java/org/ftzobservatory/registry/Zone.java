package org.ftzobservatory.registry;

import java.math.BigDecimal;
import java.util.List;

import org.ftzobservatory.kernel.Text;

/** A pilot free trade zone (自贸试验区) with its sub-zones (片区), key industries and linked national platforms. */
public record Zone(String id, Text name, Text shortName, Text province, String region, int batch, String launched,
                   boolean afterReport, BigDecimal areaKm2, String areaSource, Text positioning, String source,
                   List<Subzone> subzones, List<KeyIndustry> keyIndustries, List<String> industryDocuments,
                   List<Platform> platforms) {

    /** A sub-zone; {@code ref} is the {@code ftz/subzone} form used everywhere else in the dataset. */
    public record Subzone(String id, String ref, Text name, String launched, BigDecimal areaKm2, String source) {
    }

    public record KeyIndustry(Text name, String subzone) {
    }

    /** A national platform linked to the zone (综合保税区, 联动创新区 …). */
    public record Platform(String id, Text name, String kind, Integer year, Text summary, List<String> zones, String source) {
    }
}
