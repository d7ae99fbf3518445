package org.ftzobservatory.registry;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ftzobservatory.kernel.ApiController;
import org.ftzobservatory.kernel.PageResult;
import org.ftzobservatory.kernel.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1")
@Tag(name = "Zones", description = "The pilot FTZs, their sub-zones and linked national platforms")
class ZoneApiController {

    private final ZoneService service;
    private final ZoneRepository repository;

    ZoneApiController(ZoneService service, ZoneRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    @GetMapping("/zones")
    @Operation(summary = "List FTZs", description = "21 zones of the report period plus Xinjiang (after_report). Pages count from 1.")
    PageResult<ZoneSummary> zones(@Parameter(description = "approval year of the batch, e.g. 2019") @RequestParam(required = false) Integer batch,
                                  @Parameter(description = "coastal, inland or border") @RequestParam(required = false) String region,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size, 50);
        List<ZoneSummary> all = service.list(batch, region);
        List<ZoneSummary> slice = all.subList(Math.min(paging.offset(), all.size()), Math.min(paging.offset() + paging.size(), all.size()));
        return new PageResult<>(slice, all.size(), paging.page(), paging.size());
    }

    @GetMapping("/zones/{id}")
    @Operation(summary = "One FTZ with its sub-zones, key industries and linked platforms")
    Zone zone(@PathVariable String id) {
        return service.get(id);
    }

    @GetMapping("/platforms")
    @Operation(summary = "National platforms linked to FTZs (综合保税区, 联动创新区 …)")
    List<Zone.Platform> platforms() {
        return repository.allPlatforms();
    }
}
