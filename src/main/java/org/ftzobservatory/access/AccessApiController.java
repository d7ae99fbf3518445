package org.ftzobservatory.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ftzobservatory.kernel.ApiController;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.ForbiddenException;
import org.ftzobservatory.security.CurrentOfficial;
import org.ftzobservatory.security.Official;
import org.ftzobservatory.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

/** The negative lists over HTTP: access checks, lists and measures with their history, diffs, restrictiveness, GB/T codes. */
@ApiController("/api/v1")
@Tag(name = "negative lists", description = "Executable foreign-investment negative lists")
public class AccessApiController {

    private final NegativeListService lists;
    private final Clock clock;
    private final AccessCheckMetrics metrics;

    public AccessApiController(NegativeListService lists, Clock clock, AccessCheckMetrics metrics) {
        this.lists = lists;
        this.clock = clock;
        this.metrics = metrics;
    }

    @PostMapping("/access-checks")
    @Operation(summary = "May a foreign investor do this here? Verdict, triggered measures, conditions with fixes, and the "
            + "comparison with the other list. Read-only: nothing is stored.")
    public JsonNode check(@RequestBody(required = false) AccessCheckRequest request) {
        if (request == null) {
            throw new BadRequestException("body", "send a JSON object, e.g. {\"location\": \"shanghai/lingang\", \"industry\": \"6319\", \"foreign_share\": 0.6}");
        }
        AccessChecker checker = lists.checker();
        Proposal proposal = ProposalValidator.validate(request, checker, LocalDate.now(clock));
        return AccessResultView.tree(metrics.time("api", () -> checker.check(proposal)), checker.policy());
    }

    @GetMapping("/negative-lists")
    @Operation(summary = "The lists with their instruments, dates, official counts and how much of each is verified")
    public List<Map<String, Object>> lists() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (NegativeList l : lists.data().lists()) {
            out.add(NegativeListViews.listSummary(l, lists.measures(l.id())));
        }
        return out;
    }

    @GetMapping("/negative-lists/{id}")
    @Operation(summary = "One list: metadata, explanatory notes and every measure with its verification status")
    public Map<String, Object> list(@PathVariable String id) {
        NegativeList l = lists.list(id);
        Map<String, Object> out = NegativeListViews.listSummary(l, lists.measures(id));
        out.put("notes", l.notes());
        out.put("measures", lists.measures(id));
        return out;
    }

    @PostMapping(value = "/negative-lists/{id}/imports", consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
    @Operation(summary = "Complete or correct a list from the official text (national office only): the body is a list file in "
            + "the format of data/negative-lists/*.yaml; validated, all or nothing, each changed measure recorded with who, "
            + "when and the source")
    public Map<String, Object> importList(@PathVariable String id, @RequestBody(required = false) String yaml,
                                          @RequestParam String source, @RequestParam(required = false) String comment)
            throws IOException {
        Official who = CurrentOfficial.require();
        if (who.role() != Role.NATIONAL_ADMIN) {
            throw new ForbiddenException("only the national office imports list texts");
        }
        lists.list(id);
        if (yaml == null || yaml.isBlank()) {
            throw new BadRequestException("body", "send the list file (YAML) as the request body");
        }
        if (source.isBlank()) {
            throw new BadRequestException("source", "name the official text, e.g. 国家发展改革委、商务部令第48号");
        }
        if (!yaml.contains("list: " + id)) {
            throw new BadRequestException("list", "the file must hold list '" + id + "'");
        }
        // The importer reads files (it reports file:line problems); the body is written to a temporary one.
        Path tmp = Files.createTempFile("list-import-", ".yaml");
        try {
            Files.writeString(tmp, yaml);
            NegativeListService.ImportResult r = lists.importFile(tmp, who.name(), source.trim(), comment);
            return Map.of("list", id, "added", r.added(), "changed", r.changed(), "unchanged", r.unchanged(), "by", who.name());
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @GetMapping("/negative-lists/{id}/measures/{seq}")
    @Operation(summary = "One measure with its version (for edits) and its change history (who, when, source)")
    public Map<String, Object> measure(@PathVariable String id, @PathVariable int seq) {
        lists.list(id);
        NegativeListStore.Stored stored = lists.stored(id, seq);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("measure", stored.measure());
        out.put("version", stored.version());
        out.put("history", lists.history(id, seq).stream().map(c -> Map.of("changed_at", c.changedAt().toString(),
                "changed_by", c.changedBy(), "source", c.source(), "comment", c.comment() == null ? "" : c.comment())).toList());
        return out;
    }

    @GetMapping("/negative-lists/diff")
    @Operation(summary = "Measures removed, relaxed, tightened and unchanged between two lists, per GB/T section, with both texts")
    public Map<String, Object> diff(@RequestParam(defaultValue = "national-2021") String from,
                                    @RequestParam(defaultValue = "ftz-2021") String to) {
        for (String id : List.of(from, to)) {
            if (!lists.checker().knowsList(id)) {
                throw new BadRequestException(id.equals(from) ? "from" : "to", "unknown list '" + id + "'");
            }
        }
        return ListDiffView.json(lists, from, to);
    }

    @GetMapping("/negative-lists/restrictiveness")
    @Operation(summary = "Restrictiveness per GB/T section (0–1) for each foreign-investment list; scoring in docs/restrictiveness.md")
    public Map<String, Object> restrictiveness() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (NegativeList l : lists.data().lists()) {
            if (l.kind().equals("foreign_investment")) {
                out.put(l.id(), Restrictiveness.score(lists.checker(), l.id(), lists.data().scoring()));
            }
        }
        return out;
    }

    @GetMapping("/negative-lists/editions")
    @Operation(summary = "Measure counts of every published edition, with the source and how far each figure is verified")
    public List<EditionCount> editions() {
        return lists.data().history();
    }

    @GetMapping("/industries")
    @Operation(summary = "GB/T 4754-2017 codes by code prefix or by Chinese or English name")
    public List<IndustryCode> industries(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "20") int limit) {
        if (q.length() > 100) {
            throw new BadRequestException("q", "is longer than 100 characters");
        }
        return lists.classification().search(q, Math.max(1, Math.min(limit, 100)));
    }
}
