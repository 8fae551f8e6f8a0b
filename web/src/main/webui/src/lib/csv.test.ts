import { describe, expect, it } from 'vitest';
import { tradesToCsv } from './csv';

describe('CSV export', () => {
  it('writes a header and exact figures, quoting names with commas', () => {
    const csv = tradesToCsv([{ transactionDate: '2024-08-06', issuerCik: '0001107843', issuerName: 'QUALYS, INC.', reportingOwners: [{ cik: '0009990101', name: 'Exampleton Ada' }],
      code: 'S', acquiredDisposed: 'D', shares: 2000, pricePerShare: 245.105, value: 490210, plan10b5One: { status: 'CHECKBOX' }, late: false,
      accession: '0009999999-24-000101', table: 'NON_DERIVATIVE' }]);
    expect(csv.split('\r\n')).toEqual([
      'date,issuer_cik,issuer,owners,owner_ciks,code,acquired_disposed,shares,price,value,plan_10b5_1,late,table,accession',
      '2024-08-06,0001107843,"QUALYS, INC.",Exampleton Ada,0009990101,S,D,2000,245.105,490210,CHECKBOX,no,NON_DERIVATIVE,0009999999-24-000101',
    ]);
  });
});
