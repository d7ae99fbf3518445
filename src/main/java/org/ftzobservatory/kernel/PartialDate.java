package org.ftzobservatory.kernel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as the source gives it: a year, a month or a day. Reports often say only "2021年9月";
 * padding that to the first of the month would invent precision.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1900 || year > 2100) {
            throw new IllegalArgumentException("year " + year + " is out of range 1900-2100");
        }
        if (month == null && day != null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month " + month + " is not 1-12");
        }
        if (day != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(String.format("no such day: %04d-%02d-%02d", year, month, day));
            }
        }
    }

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD; anything else is rejected with a message saying what is expected. */
    public static PartialDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("date is empty");
        }
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int y = Integer.parseInt(m.group(1));
        Integer mo = m.group(2) == null ? null : Integer.parseInt(m.group(2));
        Integer d = m.group(3) == null ? null : Integer.parseInt(m.group(3));
        return new PartialDate(y, mo, d);
    }

    public static Optional<PartialDate> parseOptional(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(parse(text));
    }

    /** The earliest day the value can mean; used only for sorting and range filters. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    @Override
    public int compareTo(PartialDate o) {
        return earliest().compareTo(o.earliest());
    }

    @Override
    public String toString() {
        if (month == null) {
            return String.format("%04d", year);
        }
        if (day == null) {
            return YearMonth.of(year, month).toString();
        }
        return earliest().toString();
    }
}
