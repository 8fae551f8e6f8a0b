package org.governance.filings.edgar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * SEC business days: weekdays that are not US federal holidays (5 U.S.C. 6103, with a holiday on a Saturday
 * observed the Friday before and one on a Sunday the Monday after). Juneteenth counts from 2021.
 */
public final class BusinessCalendar {

    private BusinessCalendar() {
    }

    /** Business days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public static int businessDaysBetween(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                days++;
            }
        }
        return days;
    }

    public static boolean isBusinessDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isFederalHoliday(day);
    }

    static boolean isFederalHoliday(LocalDate day) {
        int year = day.getYear();
        // 31 December is the observed New Year's Day when 1 January of the next year is a Saturday
        return day.equals(observed(LocalDate.of(year, 1, 1)))
                || day.equals(observed(LocalDate.of(year + 1, 1, 1)))
                || day.equals(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3))
                || day.equals(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3))
                || day.equals(LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                || (year >= 2021 && day.equals(observed(LocalDate.of(year, 6, 19))))
                || day.equals(observed(LocalDate.of(year, 7, 4)))
                || day.equals(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1))
                || day.equals(nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2))
                || day.equals(observed(LocalDate.of(year, 11, 11)))
                || day.equals(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4))
                || day.equals(observed(LocalDate.of(year, 12, 25)));
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
