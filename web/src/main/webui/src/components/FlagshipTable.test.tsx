import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { FlagshipTable, flagshipRows } from './FlagshipTable';
import type { CommitteeTrades } from './FlagshipTable';

const audit: CommitteeTrades = {
  committeeId: '1',
  name: 'Audit Committee',
  type: 'AUDIT',
  memberCount: 4,
  totals: { transactions: 3, shares: 4300, value: 1029310, weightedAveragePrice: 239.374418, planValueShare: 0.8135, valueUnderPlan: 837310 },
  members: [
    {
      matchedBy: 'CIK',
      person: { id: '1', fullName: 'Ada Exampleton', cik: '0009990101' },
      memberships: [{ role: 'CHAIR', from: '2017-01-01', to: null }],
      totals: { shares: 2000, value: 490210, transactions: 1 },
      transactions: [{ accession: '0009999999-24-000101', seq: 1, transactionDate: '2024-08-06', code: 'S', shares: 2000, pricePerShare: 245.105,
        value: 490210, late: false, filingDate: '2024-08-08', filingLagBusinessDays: 2,
        plan10b5One: { status: 'CHECKBOX', evidence: "The filing's Rule 10b5-1(c) checkbox (aff10b5One) is set" } }],
    },
    {
      matchedBy: 'NAME',
      person: { id: '3', fullName: 'Cora J. Exampleton', cik: null },
      memberships: [{ role: 'MEMBER', from: '2022-07-01', to: null }],
      totals: { shares: 800, value: 192000, transactions: 1 },
      transactions: [{ accession: '0009999999-24-000103', seq: 1, transactionDate: '2024-09-03', code: 'S', shares: 800, pricePerShare: 240,
        value: 192000, late: true, filingDate: '2024-09-10', filingLagBusinessDays: 5, plan10b5One: { status: 'NONE', evidence: null } }],
    },
  ],
};

describe('the flagship table', () => {
  it('has one row per trade, members in the answer order', () => {
    const rows = flagshipRows(audit);
    expect(rows.map((r) => [r.member.person?.fullName, r.trade.transactionDate, r.firstOfMember])).toEqual([
      ['Ada Exampleton', '2024-08-06', true],
      ['Cora J. Exampleton', '2024-09-03', true],
    ]);
  });

  it('shows the members, the trades, the badges, the warning and the totals a user reads', () => {
    render(<MemoryRouter><FlagshipTable committee={audit} /></MemoryRouter>);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    // header, two trades, totals
    expect(rows).toHaveLength(4);
    expect(rows[1].textContent).toContain('Ada Exampleton');
    expect(rows[1].textContent).toContain('(Chair)');
    expect(rows[1].textContent).toContain('2,000');
    expect(rows[1].textContent).toContain('$245.105');
    expect(rows[1].textContent).toContain('$490,210.00');
    expect(rows[1].textContent).toContain('10b5-1 (checkbox)');
    expect(rows[1].textContent).toContain('aff10b5One');
    expect(rows[1].textContent).not.toContain('filed late');
    expect(rows[2].textContent).toContain('matched by name');
    expect(rows[2].textContent).toContain('no plan');
    expect(rows[2].textContent).toContain('filed late (5 business days)');
    expect(rows[3].textContent).toContain('3 trades');
    expect(rows[3].textContent).toContain('4,300');
    expect(rows[3].textContent).toContain('$1,029,310.00');
    expect(rows[3].textContent).toContain('81.35% of value under a plan');
    // the average price is rounded for reading; the exact figure is on hover
    expect(within(rows[3]).getByTitle('Exact: 239.374418').textContent).toBe('≈$239.3744');
  });

  it('says so when no member traded', () => {
    render(<MemoryRouter><FlagshipTable committee={{ ...audit, members: [] }} /></MemoryRouter>);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText(/none traded while on it/)).toBeTruthy();
  });
});
