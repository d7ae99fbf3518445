package org.ftzobservatory.kernel;

import java.util.List;
import java.util.Map;

/**
 * The request is well formed but clashes with the object's current state: an illegal workflow move (the problem names the
 * allowed next states) or a stale edit (the problem gives the current version). A 409 in the API.
 */
public class ConflictException extends RuntimeException {
    private final Map<String, Object> details;

    public ConflictException(String message, Map<String, Object> details) {
        super(message);
        this.details = Map.copyOf(details);
    }

    public static ConflictException illegalMove(String from, String to, List<String> allowed) {
        return new ConflictException("cannot move from '" + from + "' to '" + to + "'; allowed next: "
                + (allowed.isEmpty() ? "none" : String.join(", ", allowed)), Map.of("from", from, "to", to, "allowed", allowed));
    }

    public static ConflictException stale(String what, int given, int current) {
        return new ConflictException(what + " was changed by someone else (your version " + given + ", now " + current
                + "); reload it and apply your change again", Map.of("your_version", given, "current_version", current));
    }

    public Map<String, Object> details() {
        return details;
    }
}
