package org.ftzobservatory.bestpractice;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ftzobservatory.dataset.DatasetContext;
import org.ftzobservatory.dataset.DatasetPart;
import org.ftzobservatory.dataset.ExportContext;
import org.ftzobservatory.dataset.ImportContext;
import org.ftzobservatory.documents.DocumentNumber;
import org.ftzobservatory.documents.InvalidDocumentNumberException;
import org.ftzobservatory.innovations.InnovationsPart;
import org.ftzobservatory.innovations.PlatformCasesPart;
import org.ftzobservatory.kernel.Node;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The best-practice batches made on the platform, as a file of their own: {@code best-practices/platform-batches.yaml}.
 * They are officials' work, not the report's, so the part empties no table on its own ({@link #tables()} is empty): a
 * directory without the file (the bundled dataset) leaves the platform's batches as they are, and a directory with it
 * (an export) replaces them with the file's, inside the import's one transaction — all or nothing.
 */
public final class PlatformBatchesPart implements DatasetPart<PlatformBatchesPart.MadeHere> {

    static final String FILE = "best-practices/platform-batches.yaml";
    static final String RULES = "best-practices/workflow.yaml";

    /** The file's batches; {@code present} is false when the directory has no such file (nothing is replaced then). */
    public record MadeHere(boolean present, List<Batch> batches) {
    }

    public record Batch(int number, String issued, String documentNo, String summaryZh, String summaryEn, String state, int version, String openedBy,
                        String openedAt, String publishedBy, String publishedAt, List<Case> cases, List<Correction> corrections) {
    }

    public record Case(int item, String innovation, String titleZh, String addedBy, String addedAt) {
    }

    public record Correction(String field, String before, String after, String reason, String correctedBy, String correctedAt) {
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public MadeHere read(DatasetContext ctx) {
        if (!Files.isRegularFile(ctx.path(FILE))) {
            return new MadeHere(false, List.of());
        }
        Node root = ctx.yaml(FILE);
        if (root == null) {
            return new MadeHere(true, List.of());
        }
        root.allowOnly(Set.of("batches"));
        // States are checked against the rules when the directory carries them (the bundled dataset does); an export
        // directory holds only the batches, and the service treats a state it does not know as closed to changes.
        Set<String> states = null;
        if (Files.isRegularFile(ctx.path(RULES))) {
            BatchRules rules = BatchRules.read(ctx.yaml(RULES));
            if (rules != null) {
                states = new HashSet<>(rules.machine().ids());
            }
        }
        InnovationsPart.CaseLibrary library = ctx.get(InnovationsPart.CaseLibrary.class);
        Set<String> known = new HashSet<>();
        library.innovations().forEach(i -> known.add(i.id()));
        // Cases officials published from the ledger or the review queue are library cases too.
        ctx.get(PlatformCasesPart.PlatformCases.class).cases().forEach(c -> known.add(c.id()));
        Set<Integer> reportBatches = new HashSet<>();
        library.batches().forEach(b -> reportBatches.add(b.number()));
        Set<String> inReportBatch = new HashSet<>();
        library.batches().forEach(b -> b.cases().forEach(c -> {
            if (c.innovation() != null) {
                inReportBatch.add(c.innovation());
            }
        }));
        Set<Integer> numbers = new HashSet<>();
        Set<String> casesSeen = new HashSet<>();
        List<Batch> out = new ArrayList<>();
        for (Node b : root.nodes("batches")) {
            b.allowOnly(Set.of("number", "issued", "document_no", "summary_zh", "summary_en", "state", "version", "opened_by",
                    "opened_at", "published_by", "published_at", "cases", "corrections"));
            Integer number = b.integer("number", 1, 10_000);
            if (b.string("number") == null) {
                b.problem("number", "is required");
            }
            if (number != null && !numbers.add(number)) {
                b.problem("number", "duplicate batch " + number);
            }
            if (number != null && reportBatches.contains(number)) {
                b.problem("number", "batch " + number + " is the report's (best-practice-batches.yaml); a platform batch needs another number");
            }
            String issued = date(b, "issued", true);
            String doc = b.string("document_no");
            if (doc != null) {
                try {
                    doc = DocumentNumber.parse(doc).normalized();
                } catch (InvalidDocumentNumberException e) {
                    b.problem("document_no", e.getMessage());
                }
            }
            String state = b.requireString("state");
            if (state != null && states != null && !states.contains(state)) {
                b.problem("state", "unknown state '" + state + "' (states: " + String.join(", ", new java.util.TreeSet<>(states)) + ")");
            } else if (state != null && !state.matches("[a-z_]+")) {
                b.problem("state", "'" + state + "' is not a state id");
            }
            Integer version = b.integer("version", 0, Integer.MAX_VALUE);
            String openedBy = b.requireString("opened_by");
            String openedAt = instant(b, "opened_at", true);
            String publishedAt = instant(b, "published_at", false);
            Set<Integer> items = new HashSet<>();
            List<Case> cases = new ArrayList<>();
            for (Node c : b.nodes("cases")) {
                c.allowOnly(Set.of("item", "innovation", "title_zh", "added_by", "added_at"));
                Integer item = c.integer("item", 1, 10_000);
                if (c.string("item") == null) {
                    c.problem("item", "is required");
                }
                if (item != null && !items.add(item)) {
                    c.problem("item", "duplicate item " + item);
                }
                String innovation = c.requireString("innovation");
                if (innovation != null && !known.contains(innovation)) {
                    c.problem("innovation", "'" + innovation + "' is not a case of the library");
                } else if (innovation != null && inReportBatch.contains(innovation)) {
                    c.problem("innovation", "'" + innovation + "' is already in a batch of the report");
                } else if (innovation != null && !casesSeen.add(innovation)) {
                    c.problem("innovation", "'" + innovation + "' is in two platform batches");
                }
                cases.add(new Case(item == null ? 0 : item, innovation, c.requireString("title_zh"), c.requireString("added_by"),
                        instant(c, "added_at", true)));
            }
            List<Correction> corrections = new ArrayList<>();
            for (Node c : b.nodes("corrections")) {
                c.allowOnly(Set.of("field", "before", "after", "reason", "corrected_by", "corrected_at"));
                String field = c.requireString("field");
                if (field != null && !BatchRules.BATCH_FIELDS.contains(field)) {
                    c.problem("field", "'" + field + "' is not a batch field");
                }
                corrections.add(new Correction(field, c.string("before"), c.string("after"), c.requireString("reason"),
                        c.requireString("corrected_by"), instant(c, "corrected_at", true)));
            }
            out.add(new Batch(number == null ? 0 : number, issued, doc, b.string("summary_zh"), b.string("summary_en"), state,
                    version == null ? 0 : version, openedBy,
                    openedAt, b.string("published_by"), publishedAt, cases, corrections));
        }
        return new MadeHere(true, out);
    }

    @Override
    public String summary(MadeHere data) {
        return data.present() ? data.batches().size() + " platform best-practice batches" : "no platform-batch file (platform batches kept)";
    }

    @Override
    public List<String> tables() {
        return List.of();
    }

    @Override
    public void importInto(MadeHere data, ImportContext ctx) {
        if (!data.present()) {
            return;
        }
        JdbcTemplate jdbc = ctx.jdbc();
        jdbc.update("delete from platform_batch");
        for (Batch b : data.batches()) {
            jdbc.update("insert into platform_batch (number, issued, document_no, summary_zh, summary_en, state, version, opened_by, "
                            + "opened_at, published_by, published_at) values (?,?,?,?,?,?,?,?,?,?,?)", b.number(), LocalDate.parse(b.issued()),
                    b.documentNo(), b.summaryZh(), b.summaryEn(), b.state(), b.version(), b.openedBy(), timestamp(b.openedAt()), b.publishedBy(), timestamp(b.publishedAt()));
            for (Case c : b.cases()) {
                jdbc.update("insert into platform_batch_case (batch_number, item, innovation_id, title_zh, added_by, added_at) values (?,?,?,?,?,?)",
                        b.number(), c.item(), c.innovation(), c.titleZh(), c.addedBy(), timestamp(c.addedAt()));
            }
            for (Correction c : b.corrections()) {
                jdbc.update("insert into platform_batch_correction (batch_number, field, before, after, reason, corrected_by, corrected_at) "
                        + "values (?,?,?,?,?,?,?)", b.number(), c.field(), c.before(), c.after(), c.reason(), c.correctedBy(), timestamp(c.correctedAt()));
            }
        }
        ctx.progress("platform best-practice batches: " + data.batches().size());
    }

    @Override
    public void export(ExportContext ctx) throws IOException {
        JdbcTemplate jdbc = ctx.jdbc();
        List<Map<String, Object>> batches = new ArrayList<>();
        for (Map<String, Object> b : jdbc.queryForList("select * from platform_batch order by number")) {
            Map<String, Object> m = new LinkedHashMap<>(ExportContext.pick(b, "number", "issued", "document_no", "summary_zh", "summary_en",
                    "state", "version", "opened_by", "opened_at", "published_by", "published_at"));
            m.replaceAll((k, v) -> v instanceof java.sql.Date || v instanceof Timestamp || v instanceof OffsetDateTime ? iso(v) : v);
            List<Map<String, Object>> cases = new ArrayList<>();
            for (Map<String, Object> c : jdbc.queryForList("select item, innovation_id as innovation, title_zh, added_by, added_at "
                    + "from platform_batch_case where batch_number = ? order by item", b.get("number"))) {
                c.put("added_at", iso(c.get("added_at")));
                cases.add(ExportContext.compact(c));
            }
            List<Map<String, Object>> corrections = new ArrayList<>();
            for (Map<String, Object> c : jdbc.queryForList("select field, before, after, reason, corrected_by, corrected_at "
                    + "from platform_batch_correction where batch_number = ? order by id", b.get("number"))) {
                c.put("corrected_at", iso(c.get("corrected_at")));
                corrections.add(ExportContext.compact(c));
            }
            m.put("cases", cases);
            m.put("corrections", corrections);
            batches.add(ExportContext.compact(m));
        }
        ctx.yaml(FILE, Map.of("batches", batches), batches.size());
    }

    private static String iso(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        if (v instanceof OffsetDateTime o) {
            return o.toInstant().toString();
        }
        return v.toString();
    }

    private static Timestamp timestamp(String iso) {
        return iso == null ? null : Timestamp.from(OffsetDateTime.parse(iso).toInstant());
    }

    private static String date(Node n, String key, boolean required) {
        String s = required ? n.requireString(key) : n.string(key);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s).toString();
        } catch (DateTimeParseException e) {
            n.problem(key, "'" + s + "' is not a date YYYY-MM-DD");
            return null;
        }
    }

    private static String instant(Node n, String key, boolean required) {
        String s = required ? n.requireString(key) : n.string(key);
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toString();
        } catch (DateTimeParseException e) {
            n.problem(key, "'" + s + "' is not a time (ISO 8601 with offset, e.g. 2026-12-06T18:00:00Z)");
            return null;
        }
    }
}
