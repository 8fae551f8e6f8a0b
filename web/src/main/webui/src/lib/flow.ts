import { quarterOf, quartersBetween } from './quarter';

export interface FlowTrade {
  transactionDate?: string | null;
  acquiredDisposed?: string | null;
  shares?: number | null;
  value?: number | null;
  table?: string | null;
}

export interface QuarterFlow {
  quarter: string;
  netShares: number;
  netValue: number;
  trades: number;
}

/**
 * Net insider flow per quarter of Table I (non-derivative) rows: shares and value acquired minus disposed. Every
 * quarter of the range appears, with zeros where nothing was traded.
 */
export function netFlowByQuarter(trades: FlowTrade[], first: string, last: string): QuarterFlow[] {
  const flows = new Map(quartersBetween(first, last).map((q) => [q, { quarter: q, netShares: 0, netValue: 0, trades: 0 }]));
  for (const t of trades) {
    if (t.table !== 'NON_DERIVATIVE' || !t.transactionDate) continue;
    const flow = flows.get(quarterOf(new Date(`${t.transactionDate}T00:00:00Z`)));
    if (!flow) continue;
    const sign = t.acquiredDisposed === 'A' ? 1 : t.acquiredDisposed === 'D' ? -1 : 0;
    flow.netShares += sign * (t.shares ?? 0);
    flow.netValue += sign * (t.value ?? 0);
    flow.trades += 1;
  }
  return [...flows.values()];
}
