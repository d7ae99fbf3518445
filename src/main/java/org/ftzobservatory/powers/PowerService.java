package org.ftzobservatory.powers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.DatasetProblem;
import org.ftzobservatory.kernel.ForbiddenException;
import org.ftzobservatory.kernel.FtzPaths;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.kernel.Problems;
import org.ftzobservatory.kernel.SheetRows;
import org.ftzobservatory.registry.ZoneRefs;
import org.ftzobservatory.security.AuditLog;
import org.ftzobservatory.security.Official;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The delegated-powers ledger: imports additions and removals (CSV or XLSX, one event a row, in file order) inside one
 * transaction — each row checked, including that it fits the power's timeline (a removal needs the power delegated, an
 * addition needs it absent; re-adding after a removal is allowed; once all rows are written, every
 * touched timeline must still alternate, so a back-dated event must also fit the ones after it) — and answers "what was delegated here on that day".
 */
@Service
public class PowerService {

    public static final List<String> COLUMNS = List.of("catalogue", "power_id", "name_zh", "department", "kind", "zone", "mode",
            "action", "effective");
    static final String AUDIT_TYPE = "power_event";

    public record Result(int rows, int added, int removed, int unchanged) {
    }

    private final PowerStore store;
    private final PowerRules rules;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final long maxBytes;
    private final ZoneRefs zoneRefs;

    public PowerService(PowerStore store, FtzPaths paths, TransactionTemplate tx, AuditLog audit, JdbcClient jdbc,
                        @Value("${ftz.tasks.max-size:32MB}") String maxSize, ZoneRefs zoneRefs) {
        this.zoneRefs = zoneRefs;
        this.store = store;
        this.rules = PowerRules.load(paths.dataDir().resolve("powers/rules.yaml"));
        this.tx = tx;
        this.audit = audit;
        this.jdbc = jdbc;
        this.maxBytes = DataSize.parse(maxSize).toBytes();
    }

    public PowerRules rules() {
        return rules;
    }

    public PowerStore store() {
        return store;
    }

    public List<DelegatedPower> at(String zone, String date) {
        String z = zone == null ? "" : zone.trim();
        if (!zones().contains(z)) {
            throw new BadRequestException("zone", "unknown zone '" + zone + "' (an FTZ id such as guangdong, or ftz/subzone)");
        }
        try {
            return store.at(z, LocalDate.parse(date == null ? "" : date.trim()));
        } catch (DateTimeParseException e) {
            throw new BadRequestException("date", "'" + date + "' is not a date (YYYY-MM-DD)");
        }
    }

    private Set<String> zones() {
        return zoneRefs.all();
    }

    public Result importFile(Path file, String name, Official who, Consumer<String> progress) {
        if (!rules.importRoles().contains(who.role())) {
            throw new ForbiddenException("a " + who.role() + " may not record delegated powers");
        }
        try {
            if (Files.size(file) > maxBytes) {
                throw problem(name, "is larger than the " + (maxBytes / 1048576) + " MB limit (ftz.tasks.max-size)");
            }
        } catch (IOException e) {
            throw problem(name, "cannot be read: " + e.getMessage());
        }
        return tx.execute(s -> {
            Problems problems = new Problems();
            Set<String> zones = zones();
            Set<String> catalogues = new HashSet<>(jdbc.sql("select id from power_catalogue").query(String.class).list());
            Map<String, Integer> header = new HashMap<>();
            int[] counts = new int[4];
            List<AuditLog.Event> events = new ArrayList<>();
            Map<Long, Integer> written = new java.util.LinkedHashMap<>();
            try {
                SheetRows.read(file, name, (n, cells) -> {
                    if (header.isEmpty()) {
                        for (int i = 0; i < cells.size(); i++) {
                            header.put(cells.get(i).strip(), i);
                        }
                        for (String c : COLUMNS) {
                            if (!header.containsKey(c) && !c.equals("mode")) {
                                problems.add(name, n, c, "required column is missing");
                            }
                        }
                        if (!problems.isEmpty()) {
                            throw new SheetRows.Stop();
                        }
                        return;
                    }
                    if (cells.stream().allMatch(String::isBlank)) {
                        return;
                    }
                    counts[0]++;
                    row(n, cells, header, name, who, zones, catalogues, problems, counts, events, written);
                    if (problems.sorted().size() >= 200) {
                        throw new SheetRows.Stop();
                    }
                });
            } catch (SheetRows.UnreadableFileException e) {
                throw problem(name, e.getMessage());
            } catch (SheetRows.Stop e) {
                // reported below
            }
            if (problems.isEmpty()) {
                checkTimelines(written, name, problems);
            }
            if (!problems.isEmpty()) {
                throw new InvalidDatasetException(problems.sorted());
            }
            audit.append(events);
            progress.accept(counts[0] + " rows: " + counts[1] + " additions, " + counts[2] + " removals, " + counts[3] + " unchanged");
            return new Result(counts[0], counts[1], counts[2], counts[3]);
        });
    }

    private void row(int n, List<String> cells, Map<String, Integer> h, String name, Official who, Set<String> zones,
                     Set<String> catalogues, Problems problems, int[] counts, List<AuditLog.Event> events, Map<Long, Integer> written) {
        Map<String, String> v = new HashMap<>();
        for (String c : COLUMNS) {
            Integer i = h.get(c);
            String x = i == null || i >= cells.size() ? null : cells.get(i).strip();
            v.put(c, x == null || x.isEmpty() ? null : x);
        }
        int before = problems.sorted().size();
        for (String c : List.of("catalogue", "power_id", "name_zh", "department", "kind", "zone", "action", "effective")) {
            if (v.get(c) == null) {
                problems.add(name, n, c, "is required");
            }
        }
        if (v.get("catalogue") != null && !catalogues.contains(v.get("catalogue"))) {
            problems.add(name, n, "catalogue", "unknown catalogue '" + v.get("catalogue") + "' (see data/powers/catalogues.yaml)");
        }
        if (v.get("kind") != null && !rules.isKind(v.get("kind"))) {
            problems.add(name, n, "kind", "unknown kind '" + v.get("kind") + "'");
        }
        if (v.get("mode") != null && !rules.isMode(v.get("mode"))) {
            problems.add(name, n, "mode", "unknown reception mode '" + v.get("mode") + "'");
        }
        String zone = v.get("zone");
        if (zone != null && !zones.contains(zone)) {
            problems.add(name, n, "zone", "unknown zone '" + zone + "'");
        } else if (zone != null && !who.coversZone(zone)) {
            problems.add(name, n, "zone", "'" + zone + "' is outside your scope");
        }
        String action = v.get("action");
        if (action != null && !action.equals("add") && !action.equals("remove")) {
            problems.add(name, n, "action", "must be add or remove");
        }
        LocalDate effective = null;
        try {
            effective = v.get("effective") == null ? null : LocalDate.parse(v.get("effective"));
        } catch (DateTimeParseException e) {
            problems.add(name, n, "effective", "'" + v.get("effective") + "' is not a date (YYYY-MM-DD)");
        }
        if (problems.sorted().size() > before) {
            return;
        }
        if (store.exists(v.get("catalogue"), v.get("power_id"), zone, effective, action)) {
            counts[3]++;
            return;
        }
        PowerEvent last = store.last(v.get("catalogue"), v.get("power_id"), zone, effective);
        boolean delegated = last != null && last.action().equals("add");
        if (action.equals("add") == delegated) {
            problems.add(name, n, "action", action.equals("add")
                    ? "power " + v.get("power_id") + " is already delegated to " + zone + " since " + last.effective()
                    : "power " + v.get("power_id") + " is not delegated to " + zone + " on " + effective);
            return;
        }
        PowerEvent e = new PowerEvent(0, v.get("catalogue"), v.get("power_id"), v.get("name_zh"), v.get("department"), v.get("kind"),
                zone, v.get("mode"), action, effective, who.name());
        long id = store.insert(e, who.name());
        written.put(id, n);
        events.add(new AuditLog.Event(who, AUDIT_TYPE, String.valueOf(id), action, delegated ? "delegated" : null,
                action.equals("add") ? "delegated" : null, name, null, null));
        counts[action.equals("add") ? 1 : 2]++;
    }

    /**
     * Once every row is written, each power's timeline in each zone it touched must still alternate add, remove, add… in
     * effective order. A row checks only the events before it, so a back-dated addition before a later addition (or a
     * removal before a later removal) is caught here, while a back-dated pair (add, then remove before the later addition)
     * is accepted. The problem is reported at the file's row just before the break.
     */
    private void checkTimelines(Map<Long, Integer> written, String name, Problems problems) {
        Set<List<String>> done = new HashSet<>();
        for (long id : written.keySet()) {
            PowerEvent mine = store.event(id);
            if (!done.add(List.of(mine.catalogue(), mine.powerId(), mine.zone()))) {
                continue;
            }
            Integer lastRow = null;
            String expected = "add";
            for (PowerEvent e : store.history(mine.catalogue(), mine.powerId(), mine.zone())) {
                if (!e.action().equals(expected) && lastRow != null) {
                    problems.add(name, lastRow, "action", e.action().equals("add")
                            ? "power " + e.powerId() + " is added to " + e.zone() + " again on " + e.effective() + "; record its removal before that first"
                            : "power " + e.powerId() + " is removed from " + e.zone() + " again on " + e.effective()
                                    + "; record its re-addition before that first");
                    break;
                }
                lastRow = written.getOrDefault(e.id(), lastRow);
                expected = e.action().equals("add") ? "remove" : "add";
            }
        }
    }

    private static InvalidDatasetException problem(String name, String message) {
        return new InvalidDatasetException(List.of(new DatasetProblem(name, 0, "(file)", message)));
    }
}
