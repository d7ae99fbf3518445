package org.ftzobservatory.innovations;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ftzobservatory.kernel.ConflictException;
import org.ftzobservatory.kernel.FtzPaths;
import org.ftzobservatory.kernel.ForbiddenException;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.kernel.Node;
import org.ftzobservatory.kernel.Problems;
import org.ftzobservatory.kernel.YamlFile;
import org.ftzobservatory.security.Official;
import org.ftzobservatory.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way a case enters the library on the platform, whether from a ledger record or from a review draft: the case is
 * checked as a whole (400 naming every bad field), the official's role (data/case-publishing.yaml) and scope (every zone of
 * the case) are checked (403), then — in the caller's transaction when there is one — the case is stored in
 * {@code platform_case} (which no import empties), written into the case tables with its search rows, counted into the
 * facet cache, and audited ({@code audit_event}: object {@code innovation}, action {@code publish}).
 */
@Service
public class CasePublisher {

    public static final String AUDIT_TYPE = "innovation";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final InnovationRepository innovations;
    private final Set<Role> publishRoles;
    private final Set<Role> linkRoles;
    private final JsonMapper json = JsonMapper.builder().findAndAddModules()
            .propertyNamingStrategy(tools.jackson.databind.PropertyNamingStrategies.SNAKE_CASE).build();

    public CasePublisher(JdbcTemplate jdbc, TransactionTemplate tx, InnovationRepository innovations, FtzPaths paths) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.innovations = innovations;
        Problems problems = new Problems();
        Node root = YamlFile.read(paths.dataDir().resolve("case-publishing.yaml"), "case-publishing.yaml", problems);
        Set<Role> publish = EnumSet.noneOf(Role.class);
        Set<Role> link = EnumSet.noneOf(Role.class);
        if (root != null) {
            root.allowOnly(Set.of("publish_roles", "link_roles"));
            publish = roles(root, "publish_roles");
            link = roles(root, "link_roles");
        }
        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(problems.sorted());
        }
        this.publishRoles = publish;
        this.linkRoles = link;
    }

    private static Set<Role> roles(Node n, String key) {
        Set<Role> out = EnumSet.noneOf(Role.class);
        if (!n.has(key)) {
            n.problem(key, "is required: a list of roles (ZONE_EDITOR, PROVINCE_REVIEWER, NATIONAL_ADMIN)");
        }
        for (String s : n.strings(key)) {
            Role r = Role.parse(s);
            if (r == null) {
                n.problem(key, "unknown role '" + s + "'");
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** What a case may name now: zones, domains, tags and units of the dataset in place. */
    public CaseRules.Catalog catalog() {
        return new CaseWriter(jdbc).catalog();
    }

    /** Whether the official's role may publish cases (their scope is checked against each case's zones). */
    public boolean mayPublish(Official who) {
        return publishRoles.contains(who.role());
    }

    /** Whether the official's role may link ledger records to library cases. */
    public boolean mayLink(Official who) {
        return linkRoles.contains(who.role());
    }

    /** 400 naming every bad field of the case. */
    public void validate(NewCase c) {
        CaseRules.check(c, catalog());
    }

    /** 403 unless the official's role may publish and their scope covers every zone of the case. */
    public void authorise(Official who, NewCase c) {
        if (!publishRoles.contains(who.role())) {
            throw new ForbiddenException("a " + who.role() + " may not publish cases into the library (data/case-publishing.yaml)");
        }
        for (String z : c.zones()) {
            if (!who.coversZone(z)) {
                throw new ForbiddenException(who.describe() + " does not answer for zone " + z);
            }
        }
    }

    /** 403 unless the official's role may link a ledger record to a library case and their scope covers the record's zone. */
    public void authoriseLink(Official who, String zone) {
        if (!linkRoles.contains(who.role())) {
            throw new ForbiddenException("a " + who.role() + " may not link ledger records to library cases (data/case-publishing.yaml)");
        }
        if (!who.coversZone(zone)) {
            throw new ForbiddenException(who.describe() + " does not answer for zone " + zone);
        }
    }

    public boolean exists(String caseId) {
        return !jdbc.queryForList("select 1 from innovation where id = ?", caseId).isEmpty();
    }

    /**
     * Validates, authorises and publishes the case under {@code id}; returns it as the library serves it. Joins the
     * caller's transaction (the ledger or the review queue records its own side of the step there).
     */
    public Innovation publish(Official who, String id, NewCase c, CaseOrigin origin) {
        validate(c);
        authorise(who, c);
        return tx.execute(s -> {
            if (exists(id) || !jdbc.queryForList("select 1 from platform_case where id = ?", id).isEmpty()) {
                throw new ConflictException("case " + id + " is already in the library", Map.of("innovation_id", id));
            }
            jdbc.update("insert into platform_case (id, origin, body, provenance, published_by) values (?,?,cast(? as jsonb),cast(? as jsonb),?)",
                    id, origin.origin(), json.writeValueAsString(c), json.writeValueAsString(origin.provenance()), who.name());
            project(jdbc, id, origin, c);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("origin", origin.origin());
            after.put("source", origin.source());
            after.put("case", c);
            jdbc.update("insert into audit_event (actor, role, object_type, object_id, action, comment, after) values (?,?,?,?,?,?,cast(? as jsonb))",
                    who.name(), who.role().name(), AUDIT_TYPE, id, "publish", origin.source(), json.writeValueAsString(after));
            return innovations.find(id).orElseThrow();
        });
    }

    /** Writes a stored platform case into the case tables and the facet cache (publish, and after every import). */
    static void project(JdbcTemplate jdbc, String id, CaseOrigin origin, NewCase c) {
        new CaseWriter(jdbc).insert(id, origin, c);
        new SearchFacetCache(org.springframework.jdbc.core.simple.JdbcClient.create(jdbc)).add(id);
    }

    /** The platform cases' provenance (origin, source, the record or document), for the case page. */
    public Map<String, Object> provenance(String caseId) {
        List<Map<String, Object>> rows = jdbc.query(
                "select origin, provenance::text as provenance, published_by, published_at from platform_case where id = ?", (rs, n) -> {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("origin", rs.getString("origin"));
                    out.put("provenance", json.readValue(rs.getString("provenance"), Map.class));
                    out.put("published_by", rs.getString("published_by"));
                    out.put("published_at", rs.getObject("published_at", java.time.OffsetDateTime.class));
                    return out;
                }, caseId);
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }
}
