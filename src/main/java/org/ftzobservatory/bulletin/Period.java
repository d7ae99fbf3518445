package org.ftzobservatory.bulletin;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ftzobservatory.kernel.BadRequestException;

/** A bulletin's period: a year (2021), a month (2021-12) or a quarter (2021-Q4), with its first and last day. */
public record Period(String label, LocalDate start, LocalDate end) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public static Period parse(String period) {
        String p = period == null ? "" : period.trim();
        Matcher m;
        if ((m = QUARTER.matcher(p)).matches()) {
            YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1);
            return new Period(p, first.atDay(1), first.plusMonths(2).atEndOfMonth());
        }
        if ((m = MONTH.matcher(p)).matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return new Period(p, ym.atDay(1), ym.atEndOfMonth());
        }
        if (YEAR.matcher(p).matches()) {
            int y = Integer.parseInt(p);
            return new Period(p, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        throw new BadRequestException("period", "must be YYYY, YYYY-MM or YYYY-Qn (e.g. 2021-Q4), got '" + period + "'");
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(start) && !day.isAfter(end);
    }

    /** The day overdue flags are computed against: the period's last day, or today if the period is not over. */
    public LocalDate asOf(LocalDate today) {
        return end.isBefore(today) ? end : today;
    }
}
