package org.governance.filings.edgar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

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
}
