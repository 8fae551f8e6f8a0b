import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { createColumnHelper } from '@tanstack/react-table';
import { graphql } from '../gql';
import type { FilingPageQuery } from '../gql/graphql';
import { DataTable } from '../components/DataTable';
import { Num } from '../components/Num';
import { Code, LateMark, PlanBadge } from '../components/Badges';
import { Empty, ErrorNotice, Loading, PartialNotice } from '../components/States';
import { edgarUrl, formatDate } from '../lib/format';
import { isNotFound } from '../lib/api';
import { useTitle } from '../lib/useTitle';

const FilingQuery = graphql(`
  query FilingPage($accession: String!) {
    filing(accession: $accession) {
      accession documentType schemaVersion filingDate periodOfReport dateOfOriginalSubmission amends supersededBy aff10b5One
      notSubjectToSection16 noSecuritiesOwned remarks
      issuer { cik name tradingSymbol }
      reportingOwners { cik name director officer officerTitle tenPercentOwner other otherText city state }
      nonDerivativeTransactions { ...FiledRow }
      derivativeTransactions { ...FiledRow }
      nonDerivativeHoldings { ...HoldingRow }
      derivativeHoldings { ...HoldingRow }
      footnotes { id text }
      ownerSignatures { name date }
    }
  }
  fragment FiledRow on FiledTransaction {
    seq securityTitle transactionDate deemedExecutionDate code acquiredDisposed shares pricePerShare value sharesOwnedFollowing
    directOrIndirect natureOfOwnership conversionOrExercisePrice exerciseDate expirationDate underlyingSecurityTitle underlyingSecurityShares
    late filingLagBusinessDays plan10b5One { status evidence }
  }
  fragment HoldingRow on Holding {
    seq securityTitle sharesOwnedFollowing directOrIndirect natureOfOwnership conversionOrExercisePrice exerciseDate expirationDate
    underlyingSecurityTitle underlyingSecurityShares
  }
`);

type Filing = NonNullable<FilingPageQuery['filing']>;
type Row = NonNullable<NonNullable<Filing['nonDerivativeTransactions']>[number]>;
type HoldingRow = NonNullable<NonNullable<Filing['nonDerivativeHoldings']>[number]>;

const row = createColumnHelper<Row>();
const rowColumns = [
  row.accessor('seq', { header: '#' }),
  row.accessor('securityTitle', { header: 'Security' }),
  row.accessor('transactionDate', { header: 'Date', cell: (c) => formatDate(c.getValue()) }),
  row.accessor('code', { header: 'Code', cell: (c) => <Code code={c.getValue()} /> }),
  row.accessor('acquiredDisposed', { header: 'A/D' }),
  row.accessor('shares', { header: 'Shares', meta: { numeric: true }, cell: (c) => <Num value={c.getValue()} kind="shares" /> }),
  row.accessor('pricePerShare', { header: 'Price', meta: { numeric: true }, cell: (c) => <Num value={c.getValue()} kind="price" /> }),
  row.accessor('value', { header: 'Value', meta: { numeric: true }, cell: (c) => <Num value={c.getValue()} kind="money" /> }),
  row.accessor('sharesOwnedFollowing', { header: 'Owned after', meta: { numeric: true }, cell: (c) => <Num value={c.getValue()} kind="shares" /> }),
  row.accessor((r) => `${r.directOrIndirect ?? ''}${r.natureOfOwnership ? ` (${r.natureOfOwnership})` : ''}`, { id: 'ownership', header: 'Ownership' }),
  row.accessor('underlyingSecurityTitle', { header: 'Underlying', cell: (c) => c.getValue() ? <>{c.getValue()} <Num value={c.row.original.underlyingSecurityShares} kind="shares" /></> : '—' }),
  row.display({ id: 'flags', header: 'Plan / timeliness', cell: (c) => <><PlanBadge plan={c.row.original.plan10b5One} /> <LateMark late={c.row.original.late} lag={c.row.original.filingLagBusinessDays} /></> }),
];
const holding = createColumnHelper<HoldingRow>();
const holdingColumns = [
  holding.accessor('seq', { header: '#' }),
  holding.accessor('securityTitle', { header: 'Security' }),
  holding.accessor('sharesOwnedFollowing', { header: 'Owned', meta: { numeric: true }, cell: (c) => <Num value={c.getValue()} kind="shares" /> }),
  holding.accessor((r) => `${r.directOrIndirect ?? ''}${r.natureOfOwnership ? ` (${r.natureOfOwnership})` : ''}`, { id: 'ownership', header: 'Ownership' }),
  holding.accessor('underlyingSecurityTitle', { header: 'Underlying', cell: (c) => c.getValue() ?? '—' }),
];

export function FilingPage() {
  const { accession = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: FilingQuery, variables: { accession } });
  const filing = data?.filing;
  useTitle(filing ? `Form ${filing.documentType} ${filing.accession}` : `Filing ${accession}`);
  if (fetching && !data) return <Loading what="the filing" />;
  if (!filing) {
    if (isNotFound(error) || (data && !error)) return <Empty>No filing with accession number “{accession}” is on the platform.</Empty>;
    return error ? <ErrorNotice error={error} what="the filing" /> : null;
  }
  const nd = (filing.nonDerivativeTransactions ?? []).filter((r): r is Row => r != null);
  const d = (filing.derivativeTransactions ?? []).filter((r): r is Row => r != null);
  const ndh = (filing.nonDerivativeHoldings ?? []).filter((r): r is HoldingRow => r != null);
  const dh = (filing.derivativeHoldings ?? []).filter((r): r is HoldingRow => r != null);
  return (
    <article>
      <header className="page-head">
        <h1>Form {filing.documentType} · {filing.accession}</h1>
        <p>
          <Link to={`/companies/${filing.issuer?.cik}`}>{filing.issuer?.name}</Link> ({filing.issuer?.tradingSymbol ?? 'no symbol'}) ·
          filed {formatDate(filing.filingDate)} · period {formatDate(filing.periodOfReport)} · schema {filing.schemaVersion ?? '—'} ·{' '}
          <a href={edgarUrl(filing.issuer?.cik, filing.accession ?? accession)} rel="noreferrer">on EDGAR</a>
        </p>
        {filing.aff10b5One ? <p><span className="badge plan">10b5-1 checkbox set</span></p> : null}
        {filing.notSubjectToSection16 ? <p className="badge warn">No longer subject to Section 16</p> : null}
      </header>
      <PartialNotice error={error} />
      <section aria-labelledby="chain-heading">
        <h2 id="chain-heading">Amendment chain</h2>
        <ol className="chain" data-testid="amendment-chain">
          {filing.amends ? <li>Amends <Link to={`/filings/${filing.amends}`}>{filing.amends}</Link>{filing.dateOfOriginalSubmission ? ` (submitted ${formatDate(filing.dateOfOriginalSubmission)})` : ''}</li> : null}
          <li aria-current="page">This filing, {filing.accession}</li>
          {filing.supersededBy ? <li>Superseded by <Link to={`/filings/${filing.supersededBy}`}>{filing.supersededBy}</Link></li> : null}
        </ol>
        {!filing.amends && !filing.supersededBy ? <p className="muted">Not amended, and amends no other filing.</p> : null}
      </section>
      <section aria-labelledby="owners-heading">
        <h2 id="owners-heading">Reporting owners</h2>
        <ul className="cards">
          {(filing.reportingOwners ?? []).filter((o) => o != null).map((o) => (
            <li key={o.cik ?? o.name} className="card">
              <strong>{o.name}</strong> <span className="muted">CIK {o.cik ?? '—'}</span>
              <div>{[o.director ? 'Director' : null, o.officer ? `Officer${o.officerTitle ? `: ${o.officerTitle}` : ''}` : null, o.tenPercentOwner ? '10% owner' : null, o.other ? `Other${o.otherText ? `: ${o.otherText}` : ''}` : null].filter(Boolean).join(' · ')}</div>
              <div className="muted">{[o.city, o.state].filter(Boolean).join(', ')}</div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="t1-heading">
        <h2 id="t1-heading">Table I: non-derivative transactions</h2>
        {nd.length ? <DataTable data={nd} columns={rowColumns} caption="Table I transactions" testId="table-1" /> : <Empty>None reported.</Empty>}
        {ndh.length ? <><h3>Table I holdings</h3><DataTable data={ndh} columns={holdingColumns} caption="Table I holdings" /></> : null}
      </section>
      <section aria-labelledby="t2-heading">
        <h2 id="t2-heading">Table II: derivative transactions</h2>
        {d.length ? <DataTable data={d} columns={rowColumns} caption="Table II transactions" testId="table-2" /> : <Empty>None reported.</Empty>}
        {dh.length ? <><h3>Table II holdings</h3><DataTable data={dh} columns={holdingColumns} caption="Table II holdings" /></> : null}
      </section>
      <section aria-labelledby="footnotes-heading">
        <h2 id="footnotes-heading">Footnotes</h2>
        {(filing.footnotes ?? []).length ? (
          <dl className="footnotes">
            {(filing.footnotes ?? []).filter((f) => f != null).map((f) => (<div key={f.id}><dt>{f.id}</dt><dd>{f.text}</dd></div>))}
          </dl>
        ) : <Empty>No footnotes.</Empty>}
        {filing.remarks ? <><h3>Remarks</h3><p>{filing.remarks}</p></> : null}
        {(filing.ownerSignatures ?? []).length ? <p className="muted">Signed: {(filing.ownerSignatures ?? []).map((s) => `${s?.name} (${formatDate(s?.date)})`).join('; ')}</p> : null}
      </section>
    </article>
  );
}
