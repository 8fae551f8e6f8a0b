package org.governance.filings.edgar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * SEC business days: weekdays that are not US federal holidays (5 U.S.C. 6103, with a holiday on a Saturday
 * observed the Friday before and one on a Sunday the Monday after). Juneteenth counts from 2021.
 *
 * <p>
 * Counting costs the same for any span: weekdays by arithmetic on whole weeks, then the holidays of the years in
 * the span, where whole 400-year Gregorian cycles (which repeat every weekday) are counted by multiplication.
 */
public final class BusinessCalendar {

    private static final int CYCLE = 400;
    private static final int JUNETEENTH_FROM = 2021;
    /** Weekday holidays in one Gregorian cycle, without Juneteenth and with it. */
    private static final long CYCLE_WITHOUT_JUNETEENTH = weekdayHolidays(1601, 2000);
    private static final long CYCLE_WITH_JUNETEENTH = weekdayHolidays(JUNETEENTH_FROM, JUNETEENTH_FROM + CYCLE - 1);

    private BusinessCalendar() {
    }

    /**
     * Business days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from},
     * and at most {@link Integer#MAX_VALUE} (a span of some eight million years).
     */
    public static int businessDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long days = weekdaysThrough(to) - weekdaysThrough(from) - holidaysAfterUpTo(from, to);
        return (int) Math.min(days, Integer.MAX_VALUE);
    }

    public static boolean isBusinessDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isFederalHoliday(day);
    }

    static boolean isFederalHoliday(LocalDate day) {
        return holidaysIn(day.getYear()).contains(day);
    }

    /** Weekdays from a fixed Monday up to and including {@code day}, as a difference of two such counts is a span's. */
    private static long weekdaysThrough(LocalDate day) {
        long fromMonday = day.toEpochDay() + 3; // 1970-01-01 was a Thursday: epoch day -3 is a Monday
        return 5 * Math.floorDiv(fromMonday, 7) + Math.min(Math.floorMod(fromMonday, 7) + 1, 5);
    }

    /** Holidays on weekdays after {@code from} up to and including {@code to} (to after from). */
    private static long holidaysAfterUpTo(LocalDate from, LocalDate to) {
        if (from.getYear() == to.getYear()) {
            return holidaysIn(from.getYear()).stream().filter(h -> h.isAfter(from) && !h.isAfter(to)).count();
        }
        long first = holidaysIn(from.getYear()).stream().filter(h -> h.isAfter(from)).count();
        long last = holidaysIn(to.getYear()).stream().filter(h -> !h.isAfter(to)).count();
        return first + wholeYears(from.getYear() + 1, to.getYear() - 1) + last;
    }

    /** Weekday holidays of the calendar years {@code first} to {@code last}, both included. */
    private static long wholeYears(long first, long last) {
        if (first > last) {
            return 0;
        }
        if (first < JUNETEENTH_FROM && last >= JUNETEENTH_FROM) {
            return wholeYears(first, JUNETEENTH_FROM - 1) + wholeYears(JUNETEENTH_FROM, last);
        }
        long years = last - first + 1;
        long cycles = years / CYCLE;
        long perCycle = first >= JUNETEENTH_FROM ? CYCLE_WITH_JUNETEENTH : CYCLE_WITHOUT_JUNETEENTH;
        return cycles * perCycle + weekdayHolidays((int) (first + cycles * CYCLE), (int) last);
    }

    private static long weekdayHolidays(int first, int last) {
        long count = 0;
        for (int year = first; year <= last; year++) {
            count += holidaysIn(year).size();
        }
        return count;
    }

    /**
     * The days of calendar year {@code year} that are federal holidays or observed ones, each on a weekday: 31 December
     * is among them when 1 January of the next year is a Saturday.
     */
    static List<LocalDate> holidaysIn(int year) {
        List<LocalDate> days = new ArrayList<>(12);
        LocalDate newYear = observed(LocalDate.of(year, 1, 1));
        if (newYear.getYear() == year) {
            days.add(newYear);
        }
        days.add(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3));
        days.add(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3));
        days.add(LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        if (year >= JUNETEENTH_FROM) {
            days.add(observed(LocalDate.of(year, 6, 19)));
        }
        days.add(observed(LocalDate.of(year, 7, 4)));
        days.add(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));
        days.add(nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2));
        days.add(observed(LocalDate.of(year, 11, 11)));
        days.add(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4));
        days.add(observed(LocalDate.of(year, 12, 25)));
        if (year < LocalDate.MAX.getYear()) {
            LocalDate nextNewYear = observed(LocalDate.of(year + 1, 1, 1));
            if (nextNewYear.getYear() == year) {
                days.add(nextNewYear);
            }
        }
        return days;
    }

    private static LocalDate observed(LocalDate holiday) {
        return switch (holiday.getDayOfWeek()) {
            case SATURDAY -> holiday.minusDays(1);
            case SUNDAY -> holiday.plusDays(1);
            default -> holiday;
        };
    }

    private static LocalDate nth(int year, Month month, DayOfWeek weekday, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
    }
}
