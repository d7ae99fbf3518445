package org.ftzobservatory.security;

/**
 * A signed-in official. {@code scope} is an FTZ id or {@code ftz/subzone} for a zone editor, a region (province) id for a
 * provincial reviewer, and null for the national office.
 */
public record Official(long id, String name, Role role, String scope) implements java.io.Serializable {

    /** The province an official answers for: FTZ ids are the provinces' ids, so a sub-zone's province is its FTZ. */
    public String province() {
        if (scope == null) {
            return null;
        }
        int slash = scope.indexOf('/');
        return slash < 0 ? scope : scope.substring(0, slash);
    }

    /** Whether the official's scope covers an innovation of this zone ({@code ftz} or {@code ftz/subzone}). */
    public boolean coversZone(String zone) {
        if (role == Role.NATIONAL_ADMIN) {
            return true;
        }
        if (zone == null) {
            return false;
        }
        String ftz = zone.contains("/") ? zone.substring(0, zone.indexOf('/')) : zone;
        return switch (role) {
            case PROVINCE_REVIEWER -> scope.equals(ftz);
            case ZONE_EDITOR -> scope.contains("/") ? scope.equals(zone) : scope.equals(ftz);
            default -> false;
        };
    }

    /** Whether the official answers for replication work in this region (province). */
    public boolean coversRegion(String region) {
        return role == Role.NATIONAL_ADMIN || (region != null && region.equals(province()));
    }

    public String describe() {
        return name + " (" + role + (scope == null ? "" : ", " + scope) + ")";
    }
}
