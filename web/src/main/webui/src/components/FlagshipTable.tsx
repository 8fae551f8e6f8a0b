import { Link } from 'react-router';
import { createColumnHelper } from '@tanstack/react-table';
import type { CommitteeTradesQuery } from '../gql/graphql';
import { DataTable } from './DataTable';
import { Num } from './Num';
import { Code, LateMark, NameMatchWarning, PlanBadge, PlanEvidence } from './Badges';
import { formatDate, formatInteger, formatPercent } from '../lib/format';

export type CommitteeTrades = NonNullable<NonNullable<NonNullable<CommitteeTradesQuery['committeeMemberTrades']>['committees']>[number]>;
type Member = NonNullable<NonNullable<CommitteeTrades['members']>[number]>;
type Trade = NonNullable<NonNullable<Member['transactions']>[number]>;

export interface FlagshipRow {
  member: Member;
  trade: Trade;
  firstOfMember: boolean;
}

/** One row per trade, members in the API's order (largest value first), trades in date order within a member. */
export function flagshipRows(committee: CommitteeTrades): FlagshipRow[] {
  return (committee.members ?? [])
    .filter((m): m is Member => m != null)
    .flatMap((member) =>
      (member.transactions ?? []).filter((t): t is Trade => t != null).map((trade, index) => ({ member, trade, firstOfMember: index === 0 })));
}

const row = createColumnHelper<FlagshipRow>();
const columns = [
  row.display({ id: 'member', header: 'Member', cell: (c) => {
    const { member, firstOfMember } = c.row.original;
    if (!firstOfMember) return <span className="visually-hidden">{member.person?.fullName}</span>;
    const role = member.memberships?.some((m) => m?.role === 'CHAIR') ? 'Chair' : 'Member';
    return (
      <>
        <Link to={`/people/${member.person?.id}`}>{member.person?.fullName}</Link> <span className="muted">({role})</span>
        {member.matchedBy === 'NAME' ? <> <NameMatchWarning /></> : null}
      </>
    );
  } }),
  row.accessor((r) => r.trade.transactionDate, { id: 'date', header: 'Date', cell: (c) => formatDate(c.getValue()) }),
  row.accessor((r) => r.trade.code, { id: 'code', header: 'Code', cell: (c) => <Code code={c.getValue()} /> }),
  row.accessor((r) => r.trade.shares, { id: 'shares', header: 'Shares', meta: { numeric: true }, cell: (c) => <Num value={c.getValue()} kind="shares" /> }),
  row.accessor((r) => r.trade.pricePerShare, { id: 'price', header: 'Price', meta: { numeric: true }, cell: (c) => <Num value={c.getValue()} kind="price" /> }),
  row.accessor((r) => r.trade.value, { id: 'value', header: 'Value', meta: { numeric: true }, cell: (c) => <Num value={c.getValue()} kind="money" /> }),
  row.display({ id: 'plan', header: '10b5-1 plan', cell: (c) => (
    <>
      <PlanBadge plan={c.row.original.trade.plan10b5One} />
      <PlanEvidence plan={c.row.original.trade.plan10b5One} />
    </>
  ) }),
  row.display({ id: 'filed', header: 'Filed', cell: (c) => (
    <>
      <Link to={`/filings/${c.row.original.trade.accession}`}>{formatDate(c.row.original.trade.filingDate)}</Link>{' '}
      <LateMark late={c.row.original.trade.late} lag={c.row.original.trade.filingLagBusinessDays} />
    </>
  ) }),
];

/** One committee's members who traded while on it, with the committee's totals in the footer. */
export function FlagshipTable({ committee }: { committee: CommitteeTrades }) {
  const rows = flagshipRows(committee);
  const totals = committee.totals;
  return (
    <section className="committee" aria-labelledby={`committee-${committee.committeeId}`} data-testid="flagship-committee">
      <h2 id={`committee-${committee.committeeId}`}>{committee.name}</h2>
      <p className="muted">{committee.memberCount} members in the quarter; {rows.length ? `${committee.members?.length} traded while on it` : 'none traded while on it'}</p>
      {rows.length ? (
        <DataTable
          data={rows}
          columns={columns}
          caption={`Trades of ${committee.name} members`}
          footer={
            <tr className="totals">
              <th scope="row">Total</th>
              <td colSpan={2}>{formatInteger(totals?.transactions)} {totals?.transactions === 1 ? 'trade' : 'trades'}</td>
              <td className="numeric"><Num value={totals?.shares} kind="shares" /></td>
              <td className="numeric"><span className="muted">avg </span><Num value={totals?.weightedAveragePrice} kind="price" /></td>
              <td className="numeric"><Num value={totals?.value} kind="money" /></td>
              <td colSpan={2}>{totals?.planValueShare != null ? `${formatPercent(totals.planValueShare)} of value under a plan` : ''}</td>
            </tr>
          }
        />
      ) : null}
    </section>
  );
}
