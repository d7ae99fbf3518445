package org.ftzobservatory.powers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.ftzobservatory.kernel.ApiController;
import org.ftzobservatory.kernel.UploadNames;
import org.ftzobservatory.kernel.SheetRows;
import org.ftzobservatory.security.CurrentOfficial;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Catalogues (the report's figures) and the delegated powers of a zone on a day; recording changes needs a signed-in official. */
@ApiController("/api/v1")
public class PowersApiController {

    private final PowerService service;

    public PowersApiController(PowerService service) {
        this.service = service;
    }

    @GetMapping("/power-catalogues")
    @Operation(summary = "Catalogues of delegated (or withheld) powers as the report gives them, with their lines")
    public Map<String, Object> catalogues() {
        return Map.of("items", service.store().catalogues());
    }

    @GetMapping("/delegated-powers")
    @Operation(summary = "The powers delegated to a zone (FTZ or ftz/subzone) on a date, and the zone's timeline of changes")
    public Map<String, Object> at(@RequestParam String zone, @RequestParam String date) {
        List<DelegatedPower> at = service.at(zone, date);
        return Map.of("zone", zone.trim(), "date", date.trim(), "items", at, "timeline", service.store().timeline(zone.trim()));
    }

    @PostMapping(path = "/delegated-powers/import", consumes = "multipart/form-data")
    @Operation(summary = "Record additions and removals from a CSV or XLSX file (multipart 'file'); all or nothing")
    public PowerService.Result importFile(@RequestParam("file") MultipartFile file) throws IOException {
        String name = UploadNames.fileName("file", file.getOriginalFilename());
        Path tmp = Files.createTempFile("ftz-powers-", SheetRows.isXlsx(name) ? ".xlsx" : ".csv");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            return service.importFile(tmp, name, CurrentOfficial.require(), m -> { });
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
