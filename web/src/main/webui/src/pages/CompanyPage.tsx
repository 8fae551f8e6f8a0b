import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Suspense, lazy, useMemo, useRef } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import { graphql } from '../gql';
import type { CompanyPageQuery } from '../gql/graphql';
import { DataTable } from '../components/DataTable';
import { Num } from '../components/Num';
import { Code, Illustrative, LateMark, PlanBadge } from '../components/Badges';
import { Empty, ErrorNotice, Loading, PartialNotice } from '../components/States';
import { useMe } from '../components/Layout';
import { AddMembershipForm, CreateCommitteeForm, CreateDirectorForm, EditCommitteeForm, EditSeatForm, EndMembershipButton } from '../components/EditForms';
import { formatDate } from '../lib/format';
import { DEFAULT_QUARTER, isQuarter, quarterRange } from '../lib/quarter';
import { QuarterPicker } from '../components/QuarterPicker';
import { isNotFound } from '../lib/api';
import { useTitle } from '../lib/useTitle';

const NetFlowChart = lazy(() => import('../components/NetFlowChart'));

const CompanyQuery = graphql(`
  query CompanyPage($cik: String!, $asOf: Date, $quarter: String!) {
    company(cik: $cik) {
      cik name ticker exchange classifiedBoard fiscalYearEnd source
      board(asOf: $asOf) {
        id directorClass termExpiresYear independent roles executiveTitle firstElected leftOn auditCommitteeFinancialExpert illustrative origin
        person { id fullName cik }
      }
      compliance(asOf: $asOf) { passed checks { id rule scope status facts source } }
      committees(asOf: $asOf) {
        id companyCik name type standing charterUrl charterText charterReviewedOn formedOn dissolvedOn source illustrative
        members(asOf: $asOf) { id role financialExpert from to director { id person { id fullName } } }
      }
      insiders(asOf: $asOf) {
        cik name director officer officerTitle tenPercentOwner other firstFiled lastFiled filings exited
        holdings { securityTitle directOrIndirect sharesOwned }
      }
      boardVsFilings(asOf: $asOf) { kind name personCik lastFiled detail }
      insiderTransactions(quarter: $quarter) {
        accession seq transactionDate code shares pricePerShare value acquiredDisposed late filingLagBusinessDays table securityTitle
        plan10b5One { status evidence }
        reportingOwners { cik name }
      }
    }
  }
`);

type Company = NonNullable<CompanyPageQuery['company']>;
type Seat = NonNullable<NonNullable<Company['board']>[number]>;
type Trade = NonNullable<NonNullable<Company['insiderTransactions']>[number]>;
type Insider = NonNullable<NonNullable<Company['insiders']>[number]>;

const insider = createColumnHelper<Insider>();
const insiderColumns = [
  insider.accessor('name', { header: 'Reporting owner' }),
  insider.accessor('cik', { header: 'CIK' }),
  insider.accessor((i) => [i.director ? 'Director' : '', i.officer ? (i.officerTitle ? `Officer (${i.officerTitle})` : 'Officer') : '',
    i.tenPercentOwner ? '10% owner' : '', i.other ? 'Other' : ''].filter(Boolean).join(', '), { id: 'relationships', header: 'As filed' }),
  insider.accessor('firstFiled', { header: 'First filing', cell: (c) => formatDate(c.getValue()) }),
  insider.accessor('lastFiled', { header: 'Last filing', cell: (c) => formatDate(c.getValue()) }),
  insider.accessor('filings', { header: 'Filings', meta: { numeric: true } }),
  insider.accessor((i) => (i.holdings ?? []).filter((h) => h != null && h.sharesOwned != null)
    .map((h) => `${h?.securityTitle ?? 'security'}${h?.directOrIndirect === 'I' ? ' (indirect)' : ''}: ${Number(h?.sharesOwned).toLocaleString('en-US')}`)
    .join('; '), {
    id: 'holds', header: 'Last reported holdings' }),
  insider.accessor('exited', { header: 'Section 16', cell: (c) => (c.getValue() ? <span className="badge fail">exit filed</span> : 'subject') }),
];

const DISCREPANCY: Record<string, string> = {
  DIRECTOR_NOT_ON_BOARD: 'In the filings, not on the board',
  DIRECTOR_FILES_NOTHING: 'On the board, in no filing',
  DIRECTOR_FILED_EXIT: 'On the board, exit filed',
};

const ROLE_NAMES: Record<string, string> = { CHAIR: 'Chair', VICE_CHAIR: 'Vice Chair', LEAD_INDEPENDENT_DIRECTOR: 'Lead Independent Director' };
const seat = createColumnHelper<Seat>();
const boardColumns = [
  seat.accessor((s) => s.person?.fullName ?? '', { id: 'name', header: 'Director', cell: (c) => (
    <>
      <Link to={`/people/${c.row.original.person?.id}`}>{c.getValue()}</Link> <Illustrative show={c.row.original.illustrative} />
      {c.row.original.origin === 'FILINGS' && <span className="badge" title="Adopted from the insider's SEC filings; not yet curated">from filings</span>}
    </>
  ) }),
  seat.accessor('directorClass', { header: 'Class', cell: (c) => c.getValue() ?? '—' }),
  seat.accessor('termExpiresYear', { header: 'Term ends', cell: (c) => c.getValue() ?? '—' }),
  seat.accessor('independent', { header: 'Independent', cell: (c) => independence(c.getValue()) }),
  seat.accessor((s) => [...(s.roles ?? []).map((r) => ROLE_NAMES[r ?? ''] ?? r), s.executiveTitle].filter(Boolean).join(', '), {
    id: 'roles', header: 'Roles', cell: (c) => c.getValue() || '—' }),
  seat.accessor('firstElected', { header: 'Since', cell: (c) => formatDate(c.getValue()) }),
];

const trade = createColumnHelper<Trade>();
const tradeColumns = [
  trade.accessor('transactionDate', { header: 'Date', cell: (c) => formatDate(c.getValue()) }),
  trade.accessor((t) => (t.reportingOwners ?? []).map((o) => o?.name).join(', '), { id: 'owner', header: 'Insider' }),
  trade.accessor('code', { header: 'Code', cell: (c) => <Code code={c.getValue()} /> }),
  trade.accessor('shares', { header: 'Shares', meta: { numeric: true }, cell: (c) => <Num value={c.getValue()} kind="shares" /> }),
  trade.accessor('pricePerShare', { header: 'Price', meta: { numeric: true }, cell: (c) => <Num value={c.getValue()} kind="price" /> }),
  trade.accessor('value', { header: 'Value', meta: { numeric: true }, cell: (c) => <Num value={c.getValue()} kind="money" /> }),
  trade.display({ id: 'flags', header: 'Plan / timeliness', cell: (c) => (
    <>
      <PlanBadge plan={c.row.original.plan10b5One} /> <LateMark late={c.row.original.late} lag={c.row.original.filingLagBusinessDays} />
    </>
  ) }),
  trade.accessor('accession', { header: 'Filing', cell: (c) => <Link to={`/filings/${c.getValue()}`}>{c.getValue()}</Link> }),
];

export function CompanyPage() {
  const { cik = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') || new Date().toISOString().slice(0, 10);
  const quarterParam = params.get('quarter');
  const quarter = isQuarter(quarterParam) ? quarterParam : DEFAULT_QUARTER;
  const me = useMe();
  const [{ data, fetching, error }, refetch] = useQuery({ query: CompanyQuery, variables: { cik, asOf, quarter } });
  const company = data?.company;
  useTitle(company?.name ?? `Company ${cik}`);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const reloadRef = useRef(reload);
  reloadRef.current = reload;
  // made once: a column whose cell function changed on every render would remount its cells (and close their forms)
  const editorBoardColumns = useMemo(() => [...boardColumns, seat.display({ id: 'edit', header: 'Edit', cell: (c) => (
    <EditSeatForm seat={{ ...c.row.original, name: c.row.original.person?.fullName ?? `Seat ${c.row.original.id}` }} onDone={() => reloadRef.current()} />
  ) })], []);
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(name, value);
    setParams(next);
  };

  if (fetching && !data) return <Loading what="the company" />;
  if (!company) {
    if (isNotFound(error) || (data && !error)) return <Empty>No company with CIK or ticker “{cik}” is on the platform.</Empty>;
    return error ? <ErrorNotice error={error} what="the company" /> : null;
  }
  const board = (company.board ?? []).filter((s): s is Seat => s != null);
  const seats = board.map((s) => ({ id: s.id, name: s.person?.fullName ?? `Seat ${s.id}` }));
  const trades = (company.insiderTransactions ?? []).filter((t): t is Trade => t != null);
  const checks = company.compliance?.checks?.filter((c) => c != null) ?? [];
  const insiders = (company.insiders ?? []).filter((i): i is Insider => i != null);
  const discrepancies = (company.boardVsFilings ?? []).filter((d) => d != null);
  return (
    <article>
      <header className="page-head">
        <h1>{company.name}</h1>
        <p className="muted">
          {company.ticker ?? 'no ticker'} · {company.exchange ?? 'exchange unknown'} · CIK {company.cik}
          {company.classifiedBoard ? ' · classified (staggered) board' : ''}
        </p>
        <p>
          <Link to={`/companies/${company.cik}/committee-trades?quarter=${quarter}`} className="button">
            Committee members’ trades in {quarter}
          </Link>
        </p>
      </header>
      <PartialNotice error={error} />
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="as-of">Board as of</label>
        <input id="as-of" type="date" value={asOf} onChange={(e) => e.target.value && set('asOf', e.target.value)} />
      </form>

      <section aria-labelledby="board-heading">
        <h2 id="board-heading">Board on {formatDate(asOf)}</h2>
        {board.length ? <DataTable data={board} columns={me?.editor ? editorBoardColumns : boardColumns} caption={`Board of ${company.name}`} sortable testId="board" /> :
          <Empty>No director held a seat on {formatDate(asOf)}.</Empty>}
        {me?.editor ? <CreateDirectorForm companyCik={company.cik ?? cik} onDone={reload} /> : null}
      </section>

      <section aria-labelledby="compliance-heading">
        <h2 id="compliance-heading">Compliance checks {company.compliance ? (company.compliance.passed ? '— all passed' : '— some failed') : ''}</h2>
        {company.compliance ? (
          <ul className="checks" data-testid="compliance">
            {checks.map((c) => (
              <li key={c.id} className={`check ${c.status?.toLowerCase()}`}>
                <span className={`badge ${c.status === 'PASS' ? 'ok' : c.status === 'FAIL' ? 'fail' : 'muted'}`}>
                  {c.status === 'PASS' ? 'Passed' : c.status === 'FAIL' ? 'Failed' : 'Not applicable'}
                </span>{' '}
                <strong>{c.rule}</strong>
                {c.facts ? <div>{c.facts}</div> : null}
                {c.source ? <blockquote className="source">{c.source}</blockquote> : null}
              </li>
            ))}
          </ul>
        ) : <Empty>The checks are not available.</Empty>}
      </section>

      <section aria-labelledby="committees-heading">
        <h2 id="committees-heading">Committees on {formatDate(asOf)}</h2>
        {(company.committees ?? []).filter((c) => c != null).map((committee) => (
          <div key={committee.id} className="committee" data-testid={`committee-${committee.id}`}>
            <h3>{committee.name} <Illustrative show={committee.illustrative} /></h3>
            {committee.charterUrl ? <p><a href={committee.charterUrl}>Charter</a></p> : null}
            <ul className="members">
              {(committee.members ?? []).filter((m) => m != null).map((m) => (
                <li key={m.id}>
                  <Link to={`/people/${m.director?.person?.id}`}>{m.director?.person?.fullName}</Link>
                  {m.role === 'CHAIR' ? <span className="badge">Chair</span> : null}
                  {m.financialExpert ? <span className="badge">financial expert</span> : null}
                  <span className="muted"> from {formatDate(m.from)}{m.to ? ` to ${formatDate(m.to)}` : ''}</span>
                  {me?.editor && !m.to ? (
                    <EndMembershipButton committeeId={committee.id} membershipId={m.id} name={m.director?.person?.fullName ?? 'the member'} onDone={reload} />
                  ) : null}
                </li>
              ))}
            </ul>
            {me?.editor ? (
              <div className="actions">
                <AddMembershipForm committeeId={committee.id} committeeName={committee.name ?? 'committee'} seats={seats} onDone={reload} />
                <EditCommitteeForm committee={committee} onDone={reload} />
              </div>
            ) : null}
          </div>
        ))}
        {company.committees?.length === 0 ? <Empty>No committee existed on {formatDate(asOf)}.</Empty> : null}
        {company.committees == null ? <Empty>Committees are not available.</Empty> : null}
        {me?.editor ? <CreateCommitteeForm companyCik={company.cik ?? cik} onDone={reload} /> : null}
      </section>

      <section aria-labelledby="insiders-heading">
        <h2 id="insiders-heading">Insiders as the filings report them, to {formatDate(asOf)}</h2>
        {company.insiders == null ? <Empty>The insiders are not available.</Empty> :
          insiders.length ? <DataTable data={insiders} columns={insiderColumns} caption={`Reporting owners of ${company.name}`} sortable testId="insiders" /> :
            <Empty>No Form 3, 4 or 5 of the company was filed by {formatDate(asOf)}.</Empty>}
        <h3>Where the board and the filings disagree</h3>
        {company.boardVsFilings == null ? <Empty>The comparison is not available.</Empty> : discrepancies.length ? (
          <ul className="checks" data-testid="board-vs-filings">
            {discrepancies.map((d) => (
              <li key={`${d.kind}-${d.personCik ?? d.name}`}>
                <span className="badge muted">{DISCREPANCY[d.kind ?? ''] ?? d.kind}</span> <strong>{d.name}</strong>
                {d.personCik ? <span className="muted"> CIK {d.personCik}</span> : null}
                <div>{d.detail}</div>
              </li>
            ))}
          </ul>
        ) : <Empty>The board of {formatDate(asOf)} and the filings agree.</Empty>}
      </section>

      <section aria-labelledby="trades-heading">
        <h2 id="trades-heading">Insider trades in {quarter}</h2>
        <form className="filters" onSubmit={(e) => e.preventDefault()}>
          <QuarterPicker id="quarter" quarter={quarter} onChange={(q) => set('quarter', q)} />
        </form>
        {company.insiderTransactions == null ? <Empty>Insider trades are not available.</Empty> :
          trades.length ? <DataTable data={trades} columns={tradeColumns} caption={`Insider trades of ${company.name} in ${quarter}`} sortable testId="company-trades" /> :
            <Empty>No insider trade was reported for {quarter} ({formatDate(quarterRange(quarter).from)} to {formatDate(quarterRange(quarter).to)}).</Empty>}
      </section>

      <section aria-labelledby="flow-heading">
        <h2 id="flow-heading">Net insider flow, four quarters to {quarter}</h2>
        <Suspense fallback={<Loading what="the chart" />}>
          <NetFlowChart cik={company.cik ?? cik} lastQuarter={quarter} />
        </Suspense>
      </section>
    </article>
  );
}

/** Yes, No, or what an adopted seat says until someone determines it. */
function independence(value: boolean | null | undefined): string {
  if (value == null) return 'Not determined';
  return value ? 'Yes' : 'No';
}
