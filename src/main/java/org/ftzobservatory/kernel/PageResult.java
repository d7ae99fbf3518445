package org.ftzobservatory.kernel;

import java.util.List;

/** One page of a list endpoint, with the total so clients can page without guessing. */
public record PageResult<T>(List<T> items, long total, int page, int size) {

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
