package org.ftzobservatory.statistics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ftzobservatory.kernel.ApiController;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.PageResult;
import org.ftzobservatory.kernel.Paging;
import org.ftzobservatory.kernel.Years;
import org.ftzobservatory.registry.ZoneService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1/statistics")
@Tag(name = "Statistics", description = "Figures of Part 1 of the report, normalised, each with the printed text and its lines")
class StatisticApiController {

    private final StatisticRepository statistics;
    private final ZoneService zones;

    StatisticApiController(StatisticRepository statistics, ZoneService zones) {
        this.statistics = statistics;
        this.zones = zones;
    }

    @GetMapping
    @Operation(summary = "List statistics", description = "zone: an FTZ id (with its sub-zones), ftz/subzone, or national. "
            + "scope_match chooses which figures a zone filter returns: exact (default; figures about the zone alone), "
            + "includes (figures of a wider area that contains it: several zones, its province or city, a named region) "
            + "or any (both). With a zone filter every item's scope_match says which it is.")
    PageResult<Statistic> list(@Parameter(description = "FTZ id, ftz/subzone or national") @RequestParam(required = false) String zone,
                               @Parameter(description = "exact | includes | any (with zone; default exact)")
                               @RequestParam(name = "scope_match", required = false) String scopeMatch,
                               @Parameter(description = "indicator id, e.g. fdi_actual_use") @RequestParam(required = false) String indicator,
                               @RequestParam(required = false) Integer year,
                               @RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size, 50);
        zones.requireZoneRef("zone", zone, true);
        if (indicator != null && !indicator.isBlank() && !statistics.indicatorExists(indicator)) {
            throw new BadRequestException("indicator", "'" + indicator + "' is not a known indicator id");
        }
        if (year != null && !Years.valid(year)) {
            throw new BadRequestException("year", "must be between " + Years.FIRST + " and " + Years.LAST);
        }
        ScopeMatch match;
        try {
            match = ScopeMatch.of(scopeMatch);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("scope_match", e.getMessage());
        }
        if (match != null && blank(zone) == null) {
            throw new BadRequestException("scope_match", "needs a zone to match against");
        }
        return statistics.search(blank(zone), match == null ? ScopeMatch.EXACT : match, blank(indicator), year, paging);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
