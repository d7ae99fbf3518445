package org.ftzobservatory.dataset;

import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ftzobservatory.kernel.Node;

/**
 * The provenance every fact published from the review queue carries through {@code ftz export} / {@code ftz import}
 * (review/published-*.yaml): a stable key, the ingested document (file name, SHA-256 of its bytes), the span, the curator
 * and time of acceptance, and the withdrawal when there was one. The parts of the features that publish (documents,
 * statistics) read and write it through here, so both files spell it the same way.
 * <pre>
 *   key: 3f1c…:120-126                  # the source's hash (16 hex) and the span: one fact per span
 *   source: {document: notice.txt, sha256: 3f1c…, start: 120, end: 126}
 *   accepted_by: alice
 *   accepted_at: 2026-12-06T18:01:02.123456Z
 *   withdrawn: {by: bob, at: 2026-12-07T09:00:00Z, reason: a misread figure}   # only when withdrawn
 * </pre>
 */
public record Provenance(String key, String document, String sha256, int start, int end, String acceptedBy,
                         OffsetDateTime acceptedAt, String withdrawnBy, OffsetDateTime withdrawnAt, String withdrawReason) {

    /** The fields of a record that belong to its provenance. */
    public static final Set<String> FIELDS = Set.of("key", "source", "accepted_by", "accepted_at", "withdrawn");

    /** The key of a fact published from {@code sha256}'s span {@code start}-{@code end}. */
    public static String key(String sha256, int start, int end) {
        return sha256.substring(0, 16) + ":" + start + "-" + end;
    }

    /** One record of a published-facts file with its provenance (null when unusable; the problems are recorded). */
    public record Entry(Node node, Provenance provenance) {
    }

    /**
     * The records of an optional published-facts file ({@code review/published-*.yaml}, a list under {@code listKey}),
     * each checked for unknown fields and for its provenance, keys unique within the file; none when the file is absent.
     */
    public static List<Entry> records(DatasetContext ctx, String file, String listKey, Set<String> fields) {
        List<Entry> out = new ArrayList<>();
        Node root = Files.isRegularFile(ctx.path(file)) ? ctx.yaml(file) : null;
        if (root == null) {
            return out;
        }
        root.allowOnly(Set.of(listKey));
        Set<String> allowed = new HashSet<>(FIELDS);
        allowed.addAll(fields);
        Set<String> keys = new HashSet<>();
        for (Node n : root.nodes(listKey)) {
            n.allowOnly(allowed);
            Provenance p = read(n);
            if (p != null && !keys.add(p.key())) {
                n.problem("key", "'" + p.key() + "' is listed twice");
            }
            out.add(new Entry(n, p));
        }
        return out;
    }

    /** Reports an import of published facts: how many were added and how many the database held already. */
    public static void progress(ImportContext ctx, String what, int added, int total) {
        if (total > 0) {
            ctx.progress(what + ": " + added + " added, " + (total - added) + " already held");
        }
    }

    /** Reads and checks a record's provenance; null (with the problems recorded) when it is unusable. */
    public static Provenance read(Node n) {
        String key = n.requireString("key");
        Node source = n.node("source");
        if (source == null) {
            n.problem("source", "is required: {document, sha256, start, end}");
            return null;
        }
        source.allowOnly(Set.of("document", "sha256", "start", "end"));
        String document = source.requireString("document");
        String sha = source.requireString("sha256");
        if (sha != null && !sha.matches("[0-9a-f]{64}")) {
            source.problem("sha256", "must be 64 lower-case hex digits");
            sha = null;
        }
        Integer start = source.integer("start", 0, Integer.MAX_VALUE - 1);
        Integer end = source.integer("end", 1, Integer.MAX_VALUE);
        if (start != null && end != null && start >= end) {
            source.problem("end", "must be after start (" + start + ")");
        }
        String by = n.requireString("accepted_by");
        OffsetDateTime at = time(n, "accepted_at", true);
        String withdrawnBy = null;
        OffsetDateTime withdrawnAt = null;
        String reason = null;
        Node w = n.node("withdrawn");
        if (w != null) {
            w.allowOnly(Set.of("by", "at", "reason"));
            withdrawnBy = w.requireString("by");
            withdrawnAt = time(w, "at", true);
            reason = w.requireString("reason");
        }
        if (key != null && sha != null && start != null && end != null && !key.equals(key(sha, start, end))) {
            n.problem("key", "'" + key + "' must be " + key(sha, start, end) + " (the source's hash and span)");
        }
        if (key == null || document == null || sha == null || start == null || end == null || start >= end || by == null
                || at == null || (w != null && (withdrawnBy == null || withdrawnAt == null || reason == null))) {
            return null;
        }
        return new Provenance(key, document, sha, start, end, by, at, withdrawnBy, withdrawnAt, reason);
    }

    private static OffsetDateTime time(Node n, String field, boolean required) {
        String s = required ? n.requireString(field) : n.string(field);
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            n.problem(field, "'" + s + "' is not a time such as 2026-12-06T18:01:02Z");
            return null;
        }
    }

    /** The provenance fields of an exported record, from a row with the published tables' column names. */
    public static Map<String, Object> export(Map<String, Object> row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", row.get("fact_key"));
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("document", row.get("source_name"));
        source.put("sha256", row.get("source_sha256"));
        source.put("start", row.get("span_start"));
        source.put("end", row.get("span_end"));
        m.put("source", source);
        m.put("accepted_by", row.get("accepted_by"));
        m.put("accepted_at", utc(row.get("accepted_at")));
        if (row.get("withdrawn_at") != null) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("by", row.get("withdrawn_by"));
            w.put("at", utc(row.get("withdrawn_at")));
            w.put("reason", row.get("withdraw_reason"));
            m.put("withdrawn", w);
        }
        return m;
    }

    private static String utc(Object ts) {
        OffsetDateTime t = ts instanceof OffsetDateTime o ? o : ((Timestamp) ts).toInstant().atOffset(ZoneOffset.UTC);
        return t.withOffsetSameInstant(ZoneOffset.UTC).toString();
    }

    /** The bind values of the provenance columns, in the order of {@link #COLUMNS}. */
    public Object[] values() {
        return new Object[] {key, document, sha256, start, end, acceptedBy, acceptedAt, withdrawnBy, withdrawnAt, withdrawReason};
    }

    /** The provenance columns of the published tables, in the order of {@link #values()}. */
    public static final String COLUMNS = "fact_key, source_name, source_sha256, span_start, span_end, accepted_by, accepted_at, "
            + "withdrawn_by, withdrawn_at, withdraw_reason";
}
