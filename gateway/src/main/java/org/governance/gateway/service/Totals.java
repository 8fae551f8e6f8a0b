package org.governance.gateway.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.governance.gateway.model.Trades.TradeTotals;
import org.governance.gateway.model.Transaction;

/** Sums over trades: shares, value, weighted average price, and the share of value under a 10b5-1 plan. */
public final class Totals {

    private Totals() {
    }

    public static TradeTotals of(List<Transaction> trades) {
        BigDecimal shares = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal pricedShares = BigDecimal.ZERO;
        BigDecimal underPlan = BigDecimal.ZERO;
        for (Transaction trade : trades) {
            if (trade.shares() != null) {
                shares = shares.add(trade.shares());
            }
            if (trade.value() != null) {
                value = value.add(trade.value());
                pricedShares = pricedShares.add(trade.shares());
                if (trade.plan10b5One() != null && !"NONE".equals(trade.plan10b5One().status())) {
                    underPlan = underPlan.add(trade.value());
                }
            }
        }
        BigDecimal average = pricedShares.signum() == 0 ? null : value.divide(pricedShares, 6, RoundingMode.HALF_EVEN);
        BigDecimal planShare = value.signum() == 0 ? null : underPlan.divide(value, 4, RoundingMode.HALF_EVEN);
        return new TradeTotals(trades.size(), shares, value, average, underPlan, planShare);
    }
}
