package org.ftzobservatory.security;

/** What an official may do; which objects they may do it to is their {@link Official#scope()}. */
public enum Role {
    /** Records innovations and updates replication tasks for one FTZ or one sub-zone. */
    ZONE_EDITOR,
    /** Evaluates, selects and assigns replication tasks for one province. */
    PROVINCE_REVIEWER,
    /** The national office: every zone and province, national batches. */
    NATIONAL_ADMIN;

    public static Role parse(String s) {
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(s == null ? "" : s.trim())) {
                return r;
            }
        }
        return null;
    }
}
