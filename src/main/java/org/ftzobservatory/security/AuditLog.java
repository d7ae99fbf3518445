package org.ftzobservatory.security;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Appends to {@code audit_event} (append-only by trigger) inside the caller's transaction, so a write and its audit
 * event commit or roll back together. Batched, because one ledger import can change many thousand rows.
 */
@Component
public class AuditLog {

    /** One audit event; {@code before} / {@code after} are JSON text or null. */
    public record Event(Official who, String type, String objectId, String action, String from, String to, String comment,
                        String before, String after) {
    }

    private final JdbcTemplate jdbc;

    public AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void append(List<Event> events) {
        jdbc.batchUpdate("insert into audit_event (actor, role, object_type, object_id, action, from_state, to_state, comment, "
                + "before, after) values (?,?,?,?,?,?,?,?,cast(? as jsonb),cast(? as jsonb))", events.stream()
                .map(e -> new Object[] {e.who().name(), e.who().role().name(), e.type(), e.objectId(), e.action(), e.from(), e.to(),
                        e.comment(), e.before(), e.after()}).toList());
    }
}
