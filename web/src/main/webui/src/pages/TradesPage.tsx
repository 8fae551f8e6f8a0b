import { Link, useSearchParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { useState } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import { graphql } from '../gql';
import type { TradesQuery } from '../gql/graphql';
import { DataTable } from '../components/DataTable';
import { Num } from '../components/Num';
import { Code, LateMark, PlanBadge } from '../components/Badges';
import { Empty, ErrorNotice, Loading, PartialNotice } from '../components/States';
import { Field } from '../components/Field';
import { fieldErrors } from '../lib/api';
import { tradesToCsv } from '../lib/csv';
import { PAGE_SIZES, filterProblems, filtersToSearch, parseFilters, toTransactionFilter } from '../lib/filters';
import { COMMITTEE_TYPES, OWNER_ROLES } from '../lib/filters';
import type { CommitteeType, OwnerRole, Sort, TradeFilters } from '../lib/filters';
import type { SortingState } from '@tanstack/react-table';
import { formatDate, formatInteger } from '../lib/format';
import { isQuarter } from '../lib/quarter';
import { useTitle } from '../lib/useTitle';

const TradesQuery = graphql(`
  query Trades($filter: TransactionFilter, $page: PageInput, $sort: TransactionSort) {
    insiderTransactions(filter: $filter, page: $page, sort: $sort) {
      page size totalItems totalPages
      items {
        accession seq transactionDate issuerCik issuerName code acquiredDisposed shares pricePerShare value late filingLagBusinessDays table superseded
        plan10b5One { status evidence }
        reportingOwners { cik name director officer officerTitle tenPercentOwner }
      }
    }
  }
`);

type Trade = NonNullable<NonNullable<NonNullable<TradesQuery['insiderTransactions']>['items']>[number]>;

function roleOf(t: Trade): string {
  return (t.reportingOwners ?? []).filter((o) => o != null).map((o) => [o.director ? 'Director' : null, o.officer ? o.officerTitle || 'Officer' : null, o.tenPercentOwner ? '10% owner' : null].filter(Boolean).join(', ')).join('; ');
}

const trade = createColumnHelper<Trade>();
const columns = [
  trade.accessor('transactionDate', { id: 'DATE', header: 'Date', cell: (c) => formatDate(c.getValue()) }),
  trade.accessor('issuerName', { enableSorting: false, header: 'Issuer', cell: (c) => <Link to={`/companies/${c.row.original.issuerCik}`}>{c.getValue()}</Link> }),
  trade.accessor((t) => (t.reportingOwners ?? []).map((o) => o?.name).join(', '), { id: 'owner', enableSorting: false, header: 'Insider' }),
  trade.accessor(roleOf, { id: 'role', enableSorting: false, header: 'Relationship' }),
  trade.accessor('code', { enableSorting: false, header: 'Code', cell: (c) => <Code code={c.getValue()} /> }),
  trade.accessor('shares', { id: 'SHARES', header: 'Shares', meta: { numeric: true }, cell: (c) => <Num value={c.getValue()} kind="shares" /> }),
  trade.accessor('pricePerShare', { enableSorting: false, header: 'Price', meta: { numeric: true }, cell: (c) => <Num value={c.getValue()} kind="price" /> }),
  trade.accessor('value', { id: 'VALUE', header: 'Value', meta: { numeric: true }, cell: (c) => <Num value={c.getValue()} kind="money" /> }),
  trade.display({ id: 'flags', header: 'Plan / timeliness', cell: (c) => (
    <><PlanBadge plan={c.row.original.plan10b5One} /> <LateMark late={c.row.original.late} lag={c.row.original.filingLagBusinessDays} />{c.row.original.superseded ? <span className="badge muted">superseded</span> : null}</>
  ) }),
  trade.accessor('accession', { enableSorting: false, header: 'Filing', cell: (c) => <Link to={`/filings/${c.getValue()}`}>{c.getValue()}</Link> }),
];

const CODES = ['P', 'S', 'A', 'M', 'F', 'G'];
const ROLE_NAMES: Record<OwnerRole, string> = { DIRECTOR: 'Director', OFFICER: 'Officer', TEN_PERCENT_OWNER: '10% owner', OTHER: 'Other' };
const COMMITTEE_NAMES: Record<CommitteeType, string> = { AUDIT: 'Audit', COMPENSATION: 'Compensation', NOMINATING_AND_GOVERNANCE: 'Nominating and governance', OTHER: 'Other' };

function toSorting(sort: Sort | undefined): SortingState {
  if (!sort) return [];
  const [key, direction] = sort.split('_');
  return [{ id: key, desc: direction === 'DESC' }];
}

function fromSorting(sorting: SortingState): Sort | undefined {
  const first = sorting[0];
  return first ? (`${first.id}${first.desc ? '_DESC' : ''}` as Sort) : undefined;
}

function YesNo({ id, name, label, value, no }: { id: string; name: string; label: string; value: boolean | undefined; no: string }) {
  return (
    <Field id={id} label={label}>
      <select name={name} defaultValue={value === undefined ? '' : value ? 'yes' : 'no'}>
        <option value="">Either</option>
        <option value="yes">Yes</option>
        <option value="no">{no}</option>
      </select>
    </Field>
  );
}

function yesNo(value: FormDataEntryValue | null): boolean | undefined {
  return value === 'yes' ? true : value === 'no' ? false : undefined;
}

/** Screen trades across all issuers; the filters live in the query string, pages come from the server. */
export function TradesPage() {
  const [params, setParams] = useSearchParams();
  const filters = parseFilters(params);
  const problems = filterProblems(filters);
  const ready = Object.keys(problems).length === 0;
  const client = useClient();
  const [exporting, setExporting] = useState<string | null>(null);
  useTitle('Trade screener');
  const [{ data, fetching, error }] = useQuery({
    query: TradesQuery,
    variables: { filter: toTransactionFilter(filters), page: { page: filters.page, size: filters.size }, sort: filters.sort ?? null },
    pause: !ready,
  });
  const apply = (next: TradeFilters) => setParams(new URLSearchParams(filtersToSearch(next)));
  const page = data?.insiderTransactions;
  const items = (page?.items ?? []).filter((t): t is Trade => t != null);
  const apiErrors = fieldErrors(error);

  async function exportCsv() {
    const all: Trade[] = [];
    // pages of 500, as many as the first answer says there are
    for (let p = 0, pages = 1; p < pages; p++) {
      setExporting(p === 0 ? 'Reading the trades…' : `Reading page ${p + 1} of ${pages}…`);
      const answer = await client.query(TradesQuery, { filter: toTransactionFilter(filters), page: { page: p, size: 500 }, sort: filters.sort ?? null }).toPromise();
      if (answer.error || !answer.data?.insiderTransactions) {
        setExporting(`Export failed: ${answer.error?.message ?? 'no answer'}`);
        return;
      }
      all.push(...(answer.data.insiderTransactions.items ?? []).filter((t): t is Trade => t != null));
      pages = answer.data.insiderTransactions.totalPages;
    }
    const url = URL.createObjectURL(new Blob([tradesToCsv(all)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `insider-trades${filters.quarter ? `-${filters.quarter}` : ''}.csv`;
    link.click();
    URL.revokeObjectURL(url);
    setExporting(`Exported ${all.length} trades.`);
  }

  return (
    <article>
      <h1>Trade screener</h1>
      <form
        className="filters screener"
        aria-label="Filters"
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          const quarter = form.get('quarter')?.toString().trim().toUpperCase();
          apply({
            ...filters,
            quarter: isQuarter(quarter) ? quarter : undefined,
            from: form.get('from')?.toString() || undefined,
            to: form.get('to')?.toString() || undefined,
            codes: form.getAll('codes').map(String),
            issuers: (form.get('issuers')?.toString() ?? '').split(/[\s,]+/).filter((v) => /^\d{1,10}$/.test(v)),
            owners: (form.get('owners')?.toString() ?? '').split(/[\s,]+/).filter((v) => /^\d{1,10}$/.test(v)),
            table: (form.get('table')?.toString() || undefined) as TradeFilters['table'],
            includeSuperseded: form.get('superseded') === 'on',
            minValue: /^\d{1,18}(\.\d{1,6})?$/.test(form.get('minValue')?.toString().trim() ?? '') ? form.get('minValue')!.toString().trim() : undefined,
            roles: form.getAll('roles').map(String) as OwnerRole[],
            committeeTypes: form.get('committee') ? [form.get('committee')!.toString() as CommitteeType] : [],
            underPlan: yesNo(form.get('plan')),
            late: yesNo(form.get('late')),
            sort: (form.get('sort')?.toString() || undefined) as Sort | undefined,
            page: 0,
            size: Number(form.get('size') ?? 50),
          });
        }}
      >
        <Field id="f-quarter" label="Quarter (YYYY-Qn)" error={apiErrors.quarter}>
          <input name="quarter" type="text" defaultValue={filters.quarter ?? ''} placeholder="2024-Q3" />
        </Field>
        <Field id="f-from" label="or from" error={apiErrors.from}>
          <input name="from" type="date" defaultValue={filters.from ?? ''} />
        </Field>
        <Field id="f-to" label="to" error={problems.to ?? apiErrors.to}>
          <input name="to" type="date" defaultValue={filters.to ?? ''} />
        </Field>
        <fieldset className="codes">
          <legend>Codes</legend>
          {CODES.map((code) => (
            <label key={code}><input type="checkbox" name="codes" value={code} defaultChecked={filters.codes.includes(code)} /> <Code code={code} /></label>
          ))}
        </fieldset>
        <Field id="f-issuers" label="Issuer CIKs" error={apiErrors.issuerCiks}>
          <input name="issuers" type="text" defaultValue={filters.issuers.join(', ')} placeholder="1107843" />
        </Field>
        <Field id="f-owners" label="Insider CIKs" error={apiErrors.ownerCiks}>
          <input name="owners" type="text" defaultValue={filters.owners.join(', ')} />
        </Field>
        <Field id="f-min-value" label="Minimum value (USD)" error={apiErrors['filter.minValue'] ?? apiErrors.minValue}>
          <input name="minValue" type="text" inputMode="decimal" pattern="\d{1,18}(\.\d{1,6})?" defaultValue={filters.minValue ?? ''} placeholder="100000" />
        </Field>
        <fieldset className="codes">
          <legend>Insider is</legend>
          {OWNER_ROLES.map((role) => (
            <label key={role}><input type="checkbox" name="roles" value={role} defaultChecked={filters.roles.includes(role)} /> {ROLE_NAMES[role]}</label>
          ))}
        </fieldset>
        <Field id="f-committee" label="Member of a committee (needs issuers)" error={problems.committees ?? apiErrors['filter.committeeTypes']}>
          <select name="committee" defaultValue={filters.committeeTypes[0] ?? ''}>
            <option value="">Any or none</option>
            {COMMITTEE_TYPES.map((t) => <option key={t} value={t}>{COMMITTEE_NAMES[t]}</option>)}
          </select>
        </Field>
        <YesNo id="f-plan" name="plan" label="Under a 10b5-1 plan" value={filters.underPlan} no="No" />
        <YesNo id="f-late" name="late" label="Filed late" value={filters.late} no="No, in time" />
        <Field id="f-sort" label="Order">
          <select name="sort" defaultValue={filters.sort ?? ''}>
            <option value="">Date, oldest first</option>
            <option value="DATE_DESC">Date, newest first</option>
            <option value="VALUE_DESC">Value, largest first</option>
            <option value="VALUE">Value, smallest first</option>
            <option value="SHARES_DESC">Shares, most first</option>
            <option value="SHARES">Shares, fewest first</option>
          </select>
        </Field>
        <Field id="f-table" label="Table">
          <select name="table" defaultValue={filters.table ?? ''}>
            <option value="">Both</option>
            <option value="NON_DERIVATIVE">I: non-derivative</option>
            <option value="DERIVATIVE">II: derivative</option>
          </select>
        </Field>
        <Field id="f-size" label="Rows per page">
          <select name="size" defaultValue={String(filters.size)}>
            {PAGE_SIZES.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </Field>
        <div className="field checkbox">
          <input id="f-superseded" name="superseded" type="checkbox" defaultChecked={filters.includeSuperseded} />
          <label htmlFor="f-superseded">Include superseded (amended) filings</label>
        </div>
        <div className="actions">
          <button type="submit">Search</button>
          <Link to="/trades" className="button secondary">Clear</Link>
        </div>
      </form>
      <PartialNotice error={error} />
      {fetching && !data ? <Loading what="trades" /> : null}
      {error && !page ? <ErrorNotice error={error} what="trades" /> : null}
      {page ? (
        <>
          <div className="result-head">
            <p role="status" data-testid="trades-count">
              {formatInteger(page.totalItems)} trades{page.totalItems ? ` · page ${page.page + 1} of ${formatInteger(page.totalPages)}` : ''}
            </p>
            <button type="button" onClick={exportCsv} disabled={!page.totalItems || exporting?.startsWith('Reading')}>Export CSV</button>
            {exporting ? <span role="status">{exporting}</span> : null}
          </div>
          {items.length ? <DataTable data={items} columns={columns} caption="Insider trades matching the filters" testId="trades"
            serverSorting={{ sorting: toSorting(filters.sort), onSortingChange: (next) => apply({ ...filters, sort: fromSorting(next), page: 0 }) }} /> : <Empty>No trade matches these filters.</Empty>}
          {page.totalPages > 1 ? (
            <nav className="pager" aria-label="Pages">
              <button type="button" disabled={filters.page === 0} onClick={() => apply({ ...filters, page: filters.page - 1 })}>← Previous</button>
              <span>Page {filters.page + 1} of {formatInteger(page.totalPages)}</span>
              <button type="button" disabled={filters.page + 1 >= page.totalPages} onClick={() => apply({ ...filters, page: filters.page + 1 })}>Next →</button>
            </nav>
          ) : null}
        </>
      ) : null}
    </article>
  );
}
