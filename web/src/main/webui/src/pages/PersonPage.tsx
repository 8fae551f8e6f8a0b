import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Suspense, lazy } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import { graphql } from '../gql';
import type { PersonPageQuery } from '../gql/graphql';
import { DataTable } from '../components/DataTable';
import { Num } from '../components/Num';
import { Code, Illustrative, LateMark, PlanBadge } from '../components/Badges';
import { Empty, ErrorNotice, Loading, PartialNotice } from '../components/States';
import { formatDate } from '../lib/format';
import { isNotFound } from '../lib/api';
import { useTitle } from '../lib/useTitle';

const HoldingsChart = lazy(() => import('../components/HoldingsChart'));

const PersonQuery = graphql(`
  query PersonPage($id: ID!, $asOf: Date) {
    person(id: $id) {
      id fullName cik edgarName illustrative source
      boards {
        id companyCik companyName independent roles directorClass termExpiresYear firstElected leftOn executiveTitle
        committees(asOf: $asOf) { id committeeName committeeType role financialExpert from to }
      }
      transactions {
        accession seq issuerCik issuerName transactionDate code shares pricePerShare value sharesOwnedFollowing acquiredDisposed table late filingLagBusinessDays
        plan10b5One { status evidence }
      }
    }
  }
`);

type Person = NonNullable<PersonPageQuery['person']>;
type Trade = NonNullable<NonNullable<Person['transactions']>[number]>;

const trade = createColumnHelper<Trade>();
const columns = [
  trade.accessor('transactionDate', { header: 'Date', cell: (c) => formatDate(c.getValue()) }),
  trade.accessor('issuerName', { header: 'Issuer', cell: (c) => <Link to={`/companies/${c.row.original.issuerCik}`}>{c.getValue()}</Link> }),
  trade.accessor('code', { header: 'Code', cell: (c) => <Code code={c.getValue()} /> }),
  trade.accessor('shares', { header: 'Shares', meta: { numeric: true }, cell: (c) => <Num value={c.getValue()} kind="shares" /> }),
  trade.accessor('pricePerShare', { header: 'Price', meta: { numeric: true }, cell: (c) => <Num value={c.getValue()} kind="price" /> }),
  trade.accessor('value', { header: 'Value', meta: { numeric: true }, cell: (c) => <Num value={c.getValue()} kind="money" /> }),
  trade.accessor('sharesOwnedFollowing', { header: 'Owned after', meta: { numeric: true }, cell: (c) => <Num value={c.getValue()} kind="shares" /> }),
  trade.display({ id: 'flags', header: 'Plan / timeliness', cell: (c) => (
    <><PlanBadge plan={c.row.original.plan10b5One} /> <LateMark late={c.row.original.late} lag={c.row.original.filingLagBusinessDays} /></>
  ) }),
  trade.accessor('accession', { header: 'Filing', cell: (c) => <Link to={`/filings/${c.getValue()}`}>{c.getValue()}</Link> }),
];

export function PersonPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') || new Date().toISOString().slice(0, 10);
  const [{ data, fetching, error }] = useQuery({ query: PersonQuery, variables: { id, asOf } });
  const person = data?.person;
  useTitle(person?.fullName ?? `Person ${id}`);
  if (fetching && !data) return <Loading what="the person" />;
  if (!person) {
    if (isNotFound(error) || (data && !error)) return <Empty>No person with id “{id}” is on the platform.</Empty>;
    return error ? <ErrorNotice error={error} what="the person" /> : null;
  }
  const trades = (person.transactions ?? []).filter((t): t is Trade => t != null);
  const boards = (person.boards ?? []).filter((b) => b != null);
  return (
    <article>
      <header className="page-head">
        <h1>{person.fullName} <Illustrative show={person.illustrative} /></h1>
        <p className="muted">
          {person.cik ? `SEC CIK ${person.cik}` : 'No SEC CIK on record: trades are matched by name'}
          {person.edgarName ? ` · on filings as “${person.edgarName}”` : ''} · person id {person.id}
        </p>
      </header>
      <PartialNotice error={error} />
      <section aria-labelledby="seats-heading">
        <h2 id="seats-heading">Board seats and committees</h2>
        <form className="filters" onSubmit={(e) => e.preventDefault()}>
          <label htmlFor="person-as-of">Committees as of</label>
          <input id="person-as-of" type="date" value={asOf} onChange={(e) => e.target.value && setParams({ asOf: e.target.value })} />
        </form>
        {boards.length === 0 ? <Empty>No board seat is recorded for {person.fullName}.</Empty> : (
          <ul className="cards" data-testid="person-boards">
            {boards.map((b) => (
              <li key={b.id} className="card">
                <Link to={`/companies/${b.companyCik}`} className="card-title">{b.companyName}</Link>
                <div>
                  {b.independent == null ? 'Independence not determined' : b.independent ? 'Independent director' : 'Not independent'}
                  {b.directorClass ? ` · Class ${b.directorClass}` : ''}{b.termExpiresYear ? `, term ends ${b.termExpiresYear}` : ''}
                  {(b.roles ?? []).length ? ` · ${(b.roles ?? []).join(', ')}` : ''}{b.executiveTitle ? ` · ${b.executiveTitle}` : ''}
                </div>
                <div className="muted">From {formatDate(b.firstElected)}{b.leftOn ? ` to ${formatDate(b.leftOn)}` : ' (serving)'}</div>
                {b.committees == null ? <div className="muted">Committees are not available.</div> : b.committees.length ? (
                  <ul>
                    {b.committees.filter((m) => m != null).map((m) => (
                      <li key={m.id}>{m.committeeName} — {m.role === 'CHAIR' ? 'Chair' : 'Member'}{m.financialExpert ? ', financial expert' : ''} <span className="muted">(from {formatDate(m.from)}{m.to ? ` to ${formatDate(m.to)}` : ''})</span></li>
                    ))}
                  </ul>
                ) : <div className="muted">No committee on {formatDate(asOf)}.</div>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="person-trades-heading">
        <h2 id="person-trades-heading">Trades across issuers</h2>
        {person.transactions == null ? <Empty>Trades are not available.</Empty> :
          trades.length ? <DataTable data={trades} columns={columns} caption={`Trades of ${person.fullName}`} sortable testId="person-trades" /> :
            <Empty>No trade is reported for {person.fullName}.</Empty>}
      </section>
      {trades.length ? (
        <section aria-labelledby="holdings-heading">
          <h2 id="holdings-heading">Holdings over time</h2>
          <Suspense fallback={<Loading what="the chart" />}><HoldingsChart trades={trades} /></Suspense>
        </section>
      ) : null}
    </article>
  );
}
