package org.ftzobservatory.kernel;

/**
 * The years this platform deals in, the one definition every check uses: document numbers, dataset years, the
 * {@code year} filters of pages and the API, and the years the extraction engine reads in a text. 1949, the founding
 * of the People's Republic, is the earliest year any document, figure or date it handles can carry; 2100 is a sanity
 * bound that still admits plan horizons such as 2035 or 2050.
 */
public final class Years {

    public static final int FIRST = 1949;
    public static final int LAST = 2100;

    private Years() {
    }

    public static boolean valid(int year) {
        return year >= FIRST && year <= LAST;
    }

    /** "1949-2100", for problem messages. */
    public static String range() {
        return FIRST + "-" + LAST;
    }
}
