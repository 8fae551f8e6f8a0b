import { describe, expect, it } from 'vitest';
import { netFlowByQuarter } from './flow';

describe('net insider flow per quarter', () => {
  it('subtracts disposals from acquisitions, per quarter, Table I only, with empty quarters as zero', () => {
    const flows = netFlowByQuarter([
      { transactionDate: '2024-08-06', acquiredDisposed: 'D', shares: 2000, value: 490210, table: 'NON_DERIVATIVE' },
      { transactionDate: '2024-09-03', acquiredDisposed: 'D', shares: 800, value: 192000, table: 'NON_DERIVATIVE' },
      { transactionDate: '2024-02-01', acquiredDisposed: 'A', shares: 500, value: null, table: 'NON_DERIVATIVE' },
      { transactionDate: '2024-08-07', acquiredDisposed: 'A', shares: 9999, value: 1, table: 'DERIVATIVE' },
      { transactionDate: '2023-12-31', acquiredDisposed: 'A', shares: 1, value: 1, table: 'NON_DERIVATIVE' },
    ], '2024-Q1', '2024-Q4');
    expect(flows).toEqual([
      { quarter: '2024-Q1', netShares: 500, netValue: 0, trades: 1 },
      { quarter: '2024-Q2', netShares: 0, netValue: 0, trades: 0 },
      { quarter: '2024-Q3', netShares: -2800, netValue: -682210, trades: 2 },
      { quarter: '2024-Q4', netShares: 0, netValue: 0, trades: 0 },
    ]);
  });
});
