package org.governance.filings.edgar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    @Test
    void countsWeekdaysAfterTheTradeUpToTheFilingDay() {
        // Tuesday 6 August 2013 to Wednesday 7 August: one business day
        assertThat(BusinessCalendar.businessDaysBetween(LocalDate.of(2013, 8, 6), LocalDate.of(2013, 8, 7))).isEqualTo(1);
        // Friday to Monday: the weekend does not count
        assertThat(BusinessCalendar.businessDaysBetween(LocalDate.of(2024, 8, 2), LocalDate.of(2024, 8, 5))).isEqualTo(1);
        assertThat(BusinessCalendar.businessDaysBetween(LocalDate.of(2024, 8, 5), LocalDate.of(2024, 8, 5))).isZero();
        assertThat(BusinessCalendar.businessDaysBetween(LocalDate.of(2024, 8, 6), LocalDate.of(2024, 8, 5))).isZero();
    }

    @Test
    void skipsFederalHolidaysAndTheirObservedDays() {
        // Wednesday 3 July 2024 to Friday 5 July: Independence Day is not a business day
        assertThat(BusinessCalendar.businessDaysBetween(LocalDate.of(2024, 7, 3), LocalDate.of(2024, 7, 5))).isEqualTo(1);
        // Labor Day 2024 (first Monday of September), Thanksgiving 2024 (fourth Thursday of November)
        assertThat(BusinessCalendar.isBusinessDay(LocalDate.of(2024, 9, 2))).isFalse();
        assertThat(BusinessCalendar.isBusinessDay(LocalDate.of(2024, 11, 28))).isFalse();
        // Juneteenth from 2021 on; on a Sunday in 2022 it was observed on Monday 20 June
        assertThat(BusinessCalendar.isBusinessDay(LocalDate.of(2020, 6, 19))).isTrue();
        assertThat(BusinessCalendar.isBusinessDay(LocalDate.of(2022, 6, 20))).isFalse();
        // 1 January 2022 was a Saturday: observed on Friday 31 December 2021
        assertThat(BusinessCalendar.isBusinessDay(LocalDate.of(2021, 12, 31))).isFalse();
        // Memorial Day 2024: last Monday of May
        assertThat(BusinessCalendar.isBusinessDay(LocalDate.of(2024, 5, 27))).isFalse();
        assertThat(BusinessCalendar.isBusinessDay(LocalDate.of(2024, 5, 20))).isTrue();
    }

    @Test
    void countsAnySpanAsTheDayByDayCountDoes() {
        Random random = new Random(16);
        LocalDate earliest = LocalDate.of(1900, 1, 1);
        for (int i = 0; i < 2_000; i++) {
            LocalDate from = earliest.plusDays(random.nextInt(200 * 366));
            LocalDate to = from.plusDays(random.nextInt(i % 200 == 0 ? 450 * 366 : 800));
            assertThat(BusinessCalendar.businessDaysBetween(from, to)).as("%s to %s", from, to).isEqualTo(dayByDay(from, to));
        }
        // the spans that cross a year on an observed New Year's Day (1 January 2022 was a Saturday)
        assertThat(BusinessCalendar.businessDaysBetween(LocalDate.of(2021, 12, 30), LocalDate.of(2022, 1, 3))).isEqualTo(1);
        assertThat(BusinessCalendar.businessDaysBetween(LocalDate.of(2021, 12, 31), LocalDate.of(2022, 1, 3))).isEqualTo(1);
    }

    @Test
    void countsAMillionYearsWithoutWalkingThem() {
        // a filing dated +999999999-12-31 once started a count of 20 hours on one core at every read
        int days = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> BusinessCalendar.businessDaysBetween(LocalDate.of(2031, 1, 1), LocalDate.of(1_002_031, 1, 1)));
        assertThat(days).isBetween(240 * 1_000_000, 252 * 1_000_000);
        assertThat(BusinessCalendar.businessDaysBetween(LocalDate.of(2031, 1, 1), LocalDate.MAX)).isEqualTo(Integer.MAX_VALUE);
    }

    private static int dayByDay(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (BusinessCalendar.isBusinessDay(day)) {
                days++;
            }
        }
        return days;
    }
}
