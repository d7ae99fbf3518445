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
    @Operation(summary = "List statistics", description = "zone: an FTZ id (includes its sub-zones), ftz/subzone, or national.")
    PageResult<Statistic> list(@Parameter(description = "FTZ id, ftz/subzone or national") @RequestParam(required = false) String zone,
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
        return statistics.search(blank(zone), blank(indicator), year, paging);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
