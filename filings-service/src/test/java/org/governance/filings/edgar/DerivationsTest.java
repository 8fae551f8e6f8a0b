package org.governance.filings.edgar;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.governance.filings.edgar.Derivations.PlanStatus;
import org.governance.filings.edgar.OwnershipDocument.Table;
import org.governance.filings.edgar.OwnershipDocument.Transaction;
import org.junit.jupiter.api.Test;

class DerivationsTest {

    private static Transaction sale(Map<String, List<String>> refs, LocalDate date, LocalDate deemed, String formType) {
        return new Transaction(Table.NON_DERIVATIVE, 1, "Common Stock", null, date, deemed, formType, "S", false, null,
                new BigDecimal("100"), null, new BigDecimal("10.5"), "D", null, null, null, null, null, null, null, "D", null, refs);
    }

    @Test
    void theValueIsSharesTimesPriceOnlyWhenBothAreGiven() {
        assertThat(Derivations.value(new BigDecimal("10000"), new BigDecimal("18.3654"))).isEqualByComparingTo("183654");
        assertThat(Derivations.value(new BigDecimal("10000"), null)).isNull();
        assertThat(Derivations.value(null, new BigDecimal("1"))).isNull();
    }

    @Test
    void tellsAPlanFromTheCheckboxOrACitedFootnote() {
        Map<String, String> footnotes = Map.of(
                "F1", "Effected pursuant to a Rule 10b5-1 trading plan adopted on May 1, 2024.",
                "F2", "Weighted average price.",
                "F3", "Sold under a 10b5 - 1 plan.",
                "F4", "This sale was not made pursuant to a Rule 10b5-1 trading plan.");
        LocalDate day = LocalDate.of(2024, 8, 1);
        var cites = sale(Map.of("transactionPricePerShare", List.of("F2"), "transactionCoding", List.of("F1")), day, null, "4");
        assertThat(Derivations.plan(null, cites, footnotes).status()).isEqualTo(PlanStatus.FOOTNOTE);
        assertThat(Derivations.plan(null, cites, footnotes).evidence()).startsWith("F1: Effected pursuant");
        assertThat(Derivations.plan(true, cites, footnotes).status()).isEqualTo(PlanStatus.CHECKBOX);
        assertThat(Derivations.plan(false, cites, footnotes).status()).isEqualTo(PlanStatus.FOOTNOTE);
        var spaced = sale(Map.of("transactionShares", List.of("F3")), day, null, "4");
        assertThat(Derivations.plan(null, spaced, footnotes).status()).isEqualTo(PlanStatus.FOOTNOTE);
        var none = sale(Map.of("transactionPricePerShare", List.of("F2")), day, null, "4");
        assertThat(Derivations.plan(false, none, footnotes)).isEqualTo(new Derivations.Plan(PlanStatus.NONE, null));
        var negated = sale(Map.of("transactionCoding", List.of("F4")), day, null, "4");
        assertThat(Derivations.plan(null, negated, footnotes).status()).isEqualTo(PlanStatus.NONE);
        // a footnote the transaction does not cite is no evidence
        assertThat(Derivations.plan(null, sale(Map.of(), day, null, "4"), footnotes).status()).isEqualTo(PlanStatus.NONE);
    }

    @Test
    void aForm4IsLateAfterTwoBusinessDaysCountedFromTheDeemedExecutionDate() {
        LocalDate thursday = LocalDate.of(2024, 8, 1);
        assertThat(Derivations.late("4", sale(Map.of(), thursday, null, "4"), LocalDate.of(2024, 8, 5))).isFalse();
        assertThat(Derivations.late("4", sale(Map.of(), thursday, null, "4"), LocalDate.of(2024, 8, 6))).isTrue();
        assertThat(Derivations.filingLag(sale(Map.of(), thursday, null, "4"), LocalDate.of(2024, 8, 6))).isEqualTo(3);
        assertThat(Derivations.late("4", sale(Map.of(), thursday, LocalDate.of(2024, 8, 2), "4"), LocalDate.of(2024, 8, 6))).isFalse();
        // not a question for Form 5, for a Form 5 trade reported early, or without a filing date
        assertThat(Derivations.late("5", sale(Map.of(), thursday, null, "4"), LocalDate.of(2024, 12, 1))).isNull();
        assertThat(Derivations.late("4", sale(Map.of(), thursday, null, "5"), LocalDate.of(2024, 12, 1))).isNull();
        assertThat(Derivations.late("4", sale(Map.of(), thursday, null, "4"), null)).isNull();
    }
}
