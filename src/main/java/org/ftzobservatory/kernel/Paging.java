package org.ftzobservatory.kernel;

/** Validated paging parameters: {@code page} counts from 1; {@code size} is capped so one request cannot dump a table. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 200;
    /** No list comes near this many rows; a larger offset is a mistake (and would overflow an int). */
    static final long MAX_OFFSET = 10_000_000;

    public static Paging of(Integer page, Integer size, int defaultSize) {
        int p = page == null ? 1 : page;
        int s = size == null ? defaultSize : size;
        if (p < 1) {
            throw new BadRequestException("page", "must be 1 or more (pages count from 1)");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new BadRequestException("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) (p - 1) * s > MAX_OFFSET) {
            throw new BadRequestException("page", "is beyond the last page any list here can have");
        }
        return new Paging(p, s);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
