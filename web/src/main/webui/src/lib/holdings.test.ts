import { describe, expect, it } from 'vitest';
import { holdingsOverTime } from './holdings';

describe('holdings over time', () => {
  it('keeps the last holding of each day per issuer, Table I only, dates in order', () => {
    const result = holdingsOverTime([
      { issuerName: 'B CORP', transactionDate: '2024-09-01', sharesOwnedFollowing: 10, table: 'NON_DERIVATIVE', seq: 1 },
      { issuerName: 'A INC', transactionDate: '2024-08-06', sharesOwnedFollowing: 5000, table: 'NON_DERIVATIVE', seq: 1 },
      { issuerName: 'A INC', transactionDate: '2024-08-06', sharesOwnedFollowing: 4000, table: 'NON_DERIVATIVE', seq: 2 },
      { issuerName: 'A INC', transactionDate: '2024-08-07', sharesOwnedFollowing: 99, table: 'DERIVATIVE', seq: 1 },
    ]);
    expect(result.dates).toEqual(['2024-08-06', '2024-09-01']);
    expect(result.series).toEqual([
      { issuer: 'A INC', points: [4000, null] },
      { issuer: 'B CORP', points: [null, 10] },
    ]);
  });
});
