import { isQuarter } from './quarter';

/** The trade screener's filters, as they live in the page's query string (so a link or a reload keeps them). */
export interface TradeFilters {
  quarter?: string;
  from?: string;
  to?: string;
  codes: string[];
  issuers: string[];
  owners: string[];
  table?: 'NON_DERIVATIVE' | 'DERIVATIVE';
  includeSuperseded: boolean;
  /** Exact decimal text, e.g. "100000" (no rounding on the way to the API). */
  minValue?: string;
  roles: OwnerRole[];
  committeeTypes: CommitteeType[];
  underPlan?: boolean;
  late?: boolean;
  sort?: Sort;
  page: number;
  size: number;
}

export type OwnerRole = 'DIRECTOR' | 'OFFICER' | 'TEN_PERCENT_OWNER' | 'OTHER';
export type CommitteeType = 'AUDIT' | 'COMPENSATION' | 'NOMINATING_AND_GOVERNANCE' | 'OTHER';
export type Sort = 'DATE' | 'DATE_DESC' | 'VALUE' | 'VALUE_DESC' | 'SHARES' | 'SHARES_DESC';
export const OWNER_ROLES: OwnerRole[] = ['DIRECTOR', 'OFFICER', 'TEN_PERCENT_OWNER', 'OTHER'];
export const COMMITTEE_TYPES: CommitteeType[] = ['AUDIT', 'COMPENSATION', 'NOMINATING_AND_GOVERNANCE', 'OTHER'];
export const SORTS: Sort[] = ['DATE', 'DATE_DESC', 'VALUE', 'VALUE_DESC', 'SHARES', 'SHARES_DESC'];
const AMOUNT = /^\d{1,18}(\.\d{1,6})?$/;

function yesNo(value: string | null): boolean | undefined {
  return value === 'yes' ? true : value === 'no' ? false : undefined;
}

export const PAGE_SIZES = [25, 50, 100];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CIK = /^\d{1,10}$/;
const CODE = /^[A-Z]$/;

export const EMPTY_FILTERS: TradeFilters = {
  codes: [], issuers: [], owners: [], includeSuperseded: false, roles: [], committeeTypes: [], page: 0, size: 50,
};

function oneOf<T extends string>(params: URLSearchParams, name: string, allowed: T[]): T[] {
  return (params.get(name) ?? '').split(',').map((v) => v.trim().toUpperCase()).filter((v): v is T => (allowed as string[]).includes(v));
}

function list(params: URLSearchParams, name: string, valid: RegExp): string[] {
  return (params.get(name) ?? '')
    .split(',')
    .map((v) => v.trim().toUpperCase())
    .filter((v) => valid.test(v));
}

/** Reads filters from a query string; values that cannot be meant (a bad date, an unknown table) are left out. */
export function parseFilters(search: string | URLSearchParams): TradeFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const quarter = params.get('quarter') ?? undefined;
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const table = params.get('table');
  const page = Number(params.get('page') ?? '1');
  const size = Number(params.get('size') ?? '50');
  return {
    quarter: isQuarter(quarter) ? quarter : undefined,
    from: from && ISO_DATE.test(from) ? from : undefined,
    to: to && ISO_DATE.test(to) ? to : undefined,
    codes: list(params, 'codes', CODE),
    issuers: list(params, 'issuers', CIK),
    owners: list(params, 'owners', CIK),
    table: table === 'NON_DERIVATIVE' || table === 'DERIVATIVE' ? table : undefined,
    includeSuperseded: params.get('superseded') === 'yes',
    minValue: AMOUNT.test(params.get('minValue') ?? '') ? params.get('minValue')! : undefined,
    roles: oneOf(params, 'roles', OWNER_ROLES),
    committeeTypes: oneOf(params, 'committees', COMMITTEE_TYPES),
    underPlan: yesNo(params.get('plan')),
    late: yesNo(params.get('late')),
    sort: oneOf(params, 'sort', SORTS)[0],
    // the query string counts pages from 1, as people do; the API from 0
    page: Number.isInteger(page) && page >= 1 ? page - 1 : 0,
    size: PAGE_SIZES.includes(size) ? size : 50,
  };
}

/** Writes filters to a query string, leaving out what is at its default, in a stable order. */
export function filtersToSearch(filters: TradeFilters): string {
  const params = new URLSearchParams();
  if (filters.quarter) params.set('quarter', filters.quarter);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.codes.length) params.set('codes', filters.codes.join(','));
  if (filters.issuers.length) params.set('issuers', filters.issuers.join(','));
  if (filters.owners.length) params.set('owners', filters.owners.join(','));
  if (filters.table) params.set('table', filters.table);
  if (filters.includeSuperseded) params.set('superseded', 'yes');
  if (filters.minValue) params.set('minValue', filters.minValue);
  if (filters.roles.length) params.set('roles', filters.roles.join(','));
  if (filters.committeeTypes.length) params.set('committees', filters.committeeTypes.join(','));
  if (filters.underPlan !== undefined) params.set('plan', filters.underPlan ? 'yes' : 'no');
  if (filters.late !== undefined) params.set('late', filters.late ? 'yes' : 'no');
  if (filters.sort) params.set('sort', filters.sort);
  if (filters.page > 0) params.set('page', String(filters.page + 1));
  if (filters.size !== 50) params.set('size', String(filters.size));
  return params.toString();
}

/** The filter the gateway takes (TransactionFilter); a quarter wins over a date range. */
export function toTransactionFilter(filters: TradeFilters) {
  return {
    quarter: filters.quarter ?? null,
    from: filters.quarter ? null : filters.from ?? null,
    to: filters.quarter ? null : filters.to ?? null,
    codes: filters.codes.length ? filters.codes : null,
    issuerCiks: filters.issuers.length ? filters.issuers : null,
    ownerCiks: filters.owners.length ? filters.owners : null,
    table: filters.table ?? null,
    includeSuperseded: filters.includeSuperseded,
    // the GraphQL BigDecimal takes the exact text as a number literal: sent as a number, it keeps up to 15 digits
    minValue: filters.minValue ? Number(filters.minValue) : null,
    roles: filters.roles.length ? filters.roles : null,
    committeeTypes: filters.committeeTypes.length ? filters.committeeTypes : null,
    underPlan: filters.underPlan ?? null,
    late: filters.late ?? null,
  };
}

/** The problems a person should fix before searching, by field. */
export function filterProblems(filters: TradeFilters): Record<string, string> {
  const problems: Record<string, string> = {};
  if (filters.from && filters.to && filters.from > filters.to) {
    problems.to = 'The end date is before the start date';
  }
  if (filters.committeeTypes.length && (filters.issuers.length === 0 || filters.issuers.length > 20)) {
    problems.committees = 'Choose 1 to 20 issuer CIKs to screen by committee membership';
  }
  return problems;
}
