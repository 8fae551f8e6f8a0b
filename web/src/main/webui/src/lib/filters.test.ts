import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, filterProblems, filtersToSearch, parseFilters, toTransactionFilter } from './filters';

describe('screener filters in the query string', () => {
  it('round-trips every filter', () => {
    const filters = {
      ...EMPTY_FILTERS,
      quarter: '2024-Q3',
      codes: ['S', 'P'],
      issuers: ['1107843'],
      owners: ['0009990101'],
      table: 'NON_DERIVATIVE' as const,
      includeSuperseded: true,
      minValue: '100000.5',
      roles: ['DIRECTOR' as const, 'OFFICER' as const],
      committeeTypes: ['AUDIT' as const],
      underPlan: false,
      late: true,
      sort: 'VALUE_DESC' as const,
      page: 2,
      size: 100,
    };
    const search = filtersToSearch(filters);
    expect(search).toBe('quarter=2024-Q3&codes=S%2CP&issuers=1107843&owners=0009990101&table=NON_DERIVATIVE&superseded=yes'
      + '&minValue=100000.5&roles=DIRECTOR%2COFFICER&committees=AUDIT&plan=no&late=yes&sort=VALUE_DESC&page=3&size=100');
    expect(parseFilters(search)).toEqual(filters);
  });

  it('leaves defaults out of the link', () => {
    expect(filtersToSearch(EMPTY_FILTERS)).toBe('');
    expect(parseFilters('')).toEqual(EMPTY_FILTERS);
  });

  it('drops values that cannot be meant instead of sending them', () => {
    const parsed = parseFilters('quarter=2024-Q5&from=yesterday&codes=s,,xx,P&issuers=abc,1107843&table=BOTH&page=-1&size=7');
    expect(parsed.quarter).toBeUndefined();
    expect(parsed.from).toBeUndefined();
    expect(parsed.codes).toEqual(['S', 'P']);
    expect(parsed.issuers).toEqual(['1107843']);
    expect(parsed.table).toBeUndefined();
    expect(parsed.page).toBe(0);
    expect(parsed.size).toBe(50);
    const odd = parseFilters('minValue=-5&roles=CEO,officer&committees=BOARD&plan=maybe&late=1&sort=PRICE');
    expect(odd).toMatchObject({ minValue: undefined, roles: ['OFFICER'], committeeTypes: [], underPlan: undefined, late: undefined, sort: undefined });
  });

  it('asks for issuers before screening by committee membership', () => {
    expect(filterProblems(parseFilters('committees=AUDIT'))).toEqual({ committees: 'Choose 1 to 20 issuer CIKs to screen by committee membership' });
    expect(filterProblems(parseFilters('committees=AUDIT&issuers=1107843'))).toEqual({});
    expect(toTransactionFilter(parseFilters('committees=AUDIT&issuers=1107843&minValue=100000&plan=yes')))
      .toMatchObject({ committeeTypes: ['AUDIT'], issuerCiks: ['1107843'], minValue: 100000, underPlan: true, late: null });
  });

  it('sends a quarter instead of a date range when both are given', () => {
    const filter = toTransactionFilter(parseFilters('quarter=2024-Q3&from=2024-01-01&to=2024-12-31'));
    expect(filter).toMatchObject({ quarter: '2024-Q3', from: null, to: null });
    expect(toTransactionFilter(parseFilters('from=2024-01-01&to=2024-12-31'))).toMatchObject({ quarter: null, from: '2024-01-01', to: '2024-12-31' });
  });

  it('names a range that ends before it starts', () => {
    expect(filterProblems(parseFilters('from=2024-09-30&to=2024-07-01'))).toEqual({ to: 'The end date is before the start date' });
    expect(filterProblems(parseFilters('from=2024-07-01&to=2024-09-30'))).toEqual({});
  });
});
