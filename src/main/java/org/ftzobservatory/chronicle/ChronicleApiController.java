package org.ftzobservatory.chronicle;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ftzobservatory.kernel.ApiController;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.PageResult;
import org.ftzobservatory.kernel.Paging;
import org.ftzobservatory.registry.ZoneService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1/events")
@Tag(name = "Chronicle", description = "The 25 dated events of the report's 大事记 (2021)")
class ChronicleApiController {

    private final ChronicleRepository chronicle;
    private final ZoneService zones;

    ChronicleApiController(ChronicleRepository chronicle, ZoneService zones) {
        this.chronicle = chronicle;
        this.zones = zones;
    }

    @GetMapping
    @Operation(summary = "List chronicle events in date order", description = "Pages count from 1.")
    PageResult<ChronicleEvent> list(@Parameter(description = "FTZ id") @RequestParam(required = false) String zone,
                                    @RequestParam(required = false) Integer year,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size, 50);
        if (zone != null && zone.contains("/")) {
            throw new BadRequestException("zone", "filter events by FTZ id, not sub-zone");
        }
        zones.requireZoneRef("zone", zone, false);
        return chronicle.search(zone == null || zone.isBlank() ? null : zone, year, paging);
    }
}
