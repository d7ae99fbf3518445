package org.ftzobservatory.review;

import org.ftzobservatory.kernel.BadRequestException;

/** Checks the list filters of the queue: a blank filter is no filter; an unknown value is a 400 naming the parameter. */
final class Filters {

    private Filters() {
    }

    static String type(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        if (!FactTypes.TYPES.contains(type.trim())) {
            throw new BadRequestException("type", "must be one of " + String.join(", ", FactTypes.TYPES));
        }
        return type.trim();
    }

    static String status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        if (!FactTypes.STATUSES.contains(status.trim())) {
            throw new BadRequestException("status", "must be one of " + String.join(", ", FactTypes.STATUSES));
        }
        return status.trim();
    }

    static int limit(int limit) {
        if (limit < 1 || limit > 5000) {
            throw new BadRequestException("limit", "must be 1-5000");
        }
        return limit;
    }
}
