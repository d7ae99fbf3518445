package org.ftzobservatory.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.ftzobservatory.kernel.ApiController;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.security.CurrentOfficial;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/** The evaluation index over HTTP: runs and frameworks are public reads; uploading a framework is the national office's. */
@ApiController("/api/v1")
public class IndexApiController {

    /** Framework files are small; a bigger upload is refused before it is parsed. */
    static final int MAX_FRAMEWORK_BYTES = 1024 * 1024;

    private final EvaluationIndex index;

    public IndexApiController(EvaluationIndex index) {
        this.index = index;
    }

    @GetMapping("/index")
    @Operation(summary = "The index of a year at a level (ftz | subzone) under a framework (id or id@version; default: the bundled one): "
            + "per zone score, rank, rank_p5, rank_p95 (weights perturbed, 5th-95th percentile), dimension scores, indicator values")
    public IndexRun run(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "ftz") String level,
                        @RequestParam(required = false) String framework) {
        int y = year == null ? latestYear() : year;
        EvaluationIndex.check(y, level);
        return index.run(y, level, framework(framework));
    }

    @GetMapping("/index/frameworks")
    @Operation(summary = "Stored framework versions (newest first), the data sources formulas may use, and the years with data")
    public Map<String, Object> frameworks() {
        List<Map<String, Object>> items = index.frameworks().stream().map(s -> Map.<String, Object>of("id", s.id(), "version", s.version(),
                "date", s.date(), "title_zh", s.titleZh(), "title_en", s.titleEn(), "uploaded_by", s.uploadedBy(),
                "uploaded_at", s.uploadedAt().toString())).toList();
        return Map.of("items", items, "default", index.defaultFramework().id() + "@" + index.defaultFramework().version(),
                "data_sources", index.sources().all().stream().map(src -> Map.of("name", src.name(),
                        "params", src.params().stream().map(DataSources.Param::name).toList(), "description", src.description(),
                        "ledger", src.ledger(), "subzones", src.subzones())).toList(),
                "years", index.years());
    }

    @PostMapping(path = "/index/frameworks", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a framework file (multipart 'file', YAML): validated as a whole (400 with file:line problems), "
            + "stored as a new version and audited; national admin only; an existing id and version with other content is 409")
    public FrameworkStore.Stored upload(@RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return store(in, file.getOriginalFilename());
        }
    }

    @PostMapping(path = "/index/frameworks", consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a framework file sent as the raw body, named by ?name=framework.yaml")
    public FrameworkStore.Stored uploadRaw(@RequestParam(defaultValue = "framework.yaml") String name, HttpServletRequest request)
            throws IOException {
        try (InputStream in = request.getInputStream()) {
            return store(in, name);
        }
    }

    private FrameworkStore.Stored store(InputStream in, String name) throws IOException {
        var who = CurrentOfficial.require();
        byte[] bytes = in.readNBytes(MAX_FRAMEWORK_BYTES + 1);
        if (bytes.length > MAX_FRAMEWORK_BYTES) {
            throw new BadRequestException("file", "is larger than " + MAX_FRAMEWORK_BYTES / 1024 + " KB");
        }
        if (bytes.length == 0) {
            throw new BadRequestException("file", "is empty");
        }
        String fileName = name == null || name.isBlank() ? "framework.yaml" : java.nio.file.Path.of(name).getFileName().toString();
        return index.upload(new String(bytes, StandardCharsets.UTF_8), fileName, who);
    }

    private Framework framework(String ref) {
        if (ref == null || ref.isBlank()) {
            return index.defaultFramework();
        }
        Framework f = index.stored(ref.trim());
        if (f == null) {
            throw new BadRequestException("framework", "no stored framework '" + ref.trim() + "' (see /api/v1/index/frameworks)");
        }
        return f;
    }

    private int latestYear() {
        List<Integer> years = index.years();
        return years.isEmpty() ? java.time.Year.now().getValue() : years.get(0);
    }
}
