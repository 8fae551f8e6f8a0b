export interface HoldingTrade {
  issuerName?: string | null;
  transactionDate?: string | null;
  sharesOwnedFollowing?: number | null;
  table?: string | null;
  seq?: number;
}

/** Shares owned after each Table I trade, per issuer, on a common date axis (null where the issuer had no trade). */
export function holdingsOverTime(trades: HoldingTrade[]): { dates: string[]; series: { issuer: string; points: (number | null)[] }[] } {
  const rows = trades
    .filter((t) => t.table === 'NON_DERIVATIVE' && t.transactionDate && t.sharesOwnedFollowing != null)
    .sort((a, b) => (a.transactionDate! < b.transactionDate! ? -1 : a.transactionDate! > b.transactionDate! ? 1 : (a.seq ?? 0) - (b.seq ?? 0)));
  const dates = [...new Set(rows.map((t) => t.transactionDate!))];
  const issuers = [...new Set(rows.map((t) => t.issuerName ?? 'Unknown issuer'))];
  const series = issuers.map((issuer) => {
    const last = new Map<string, number>();
    for (const t of rows) if ((t.issuerName ?? 'Unknown issuer') === issuer) last.set(t.transactionDate!, t.sharesOwnedFollowing!);
    return { issuer, points: dates.map((d) => last.get(d) ?? null) };
  });
  return { dates, series };
}
