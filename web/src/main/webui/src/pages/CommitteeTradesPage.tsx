import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { FlagshipTable } from '../components/FlagshipTable';
import { Num } from '../components/Num';
import { Empty, ErrorNotice, Loading, PartialNotice } from '../components/States';
import { formatDate, formatInteger, formatPercent } from '../lib/format';
import { DEFAULT_QUARTER, isQuarter } from '../lib/quarter';
import { QuarterPicker } from '../components/QuarterPicker';
import { useTitle } from '../lib/useTitle';

const CommitteeTradesQuery = graphql(`
  query CommitteeTrades($company: ID!, $quarter: String!, $codes: [String]) {
    committeeMemberTrades(company: $company, quarter: $quarter, codes: $codes) {
      companyCik quarter from to
      company { cik name ticker }
      totals { transactions shares value weightedAveragePrice planValueShare valueUnderPlan }
      committees {
        committeeId name type memberCount
        totals { transactions shares value weightedAveragePrice planValueShare valueUnderPlan }
        members {
          matchedBy
          person { id fullName cik }
          memberships { role from to }
          totals { shares value transactions }
          transactions {
            accession seq transactionDate code shares pricePerShare value late filingDate filingLagBusinessDays
            plan10b5One { status evidence }
          }
        }
      }
    }
  }
`);

const CODE_CHOICES = [
  { value: 'S', label: 'Sales (S)' },
  { value: 'P', label: 'Purchases (P)' },
  { value: 'S,P', label: 'Sales and purchases' },
];

/** The flagship question: which committee members traded in a quarter, per committee, with the totals. */
export function CommitteeTradesPage() {
  const { cik = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const quarterParam = params.get('quarter');
  const quarter = isQuarter(quarterParam) ? quarterParam : DEFAULT_QUARTER;
  const codes = params.get('codes') ?? 'S';
  const [{ data, fetching, error }] = useQuery({
    query: CommitteeTradesQuery,
    variables: { company: cik, quarter, codes: codes.split(',') },
  });
  const answer = data?.committeeMemberTrades;
  const name = answer?.company?.name ?? `company ${cik}`;
  useTitle(`Committee members’ trades, ${name}, ${quarter}`);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next);
  };
  const committees = (answer?.committees ?? []).filter((c) => c != null);
  return (
    <article>
      <header className="page-head">
        <p><Link to={`/companies/${cik}`}>← {answer?.company?.name ?? 'Company'}</Link></p>
        <h1>Committee members’ trades: {name}, {quarter}</h1>
        {answer ? <p className="muted">Trades from {formatDate(answer.from)} to {formatDate(answer.to)}, counted for a committee only while the insider was on it.</p> : null}
      </header>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <QuarterPicker id="flagship-quarter" quarter={quarter} onChange={(q) => set('quarter', q)} />
        <label htmlFor="flagship-codes">Trades</label>
        <select id="flagship-codes" value={codes} onChange={(e) => set('codes', e.target.value)}>
          {CODE_CHOICES.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
        </select>
      </form>
      <PartialNotice error={error} />
      {fetching && !data ? <Loading what="the committee members’ trades" /> : null}
      {!answer && error ? <ErrorNotice error={error} what="the committee members’ trades" /> : null}
      {answer ? (
        <>
          <section className="summary" aria-label="Totals over all committees" data-testid="flagship-totals">
            <div><span className="label">Trades</span> <span className="figure">{formatInteger(answer.totals?.transactions)}</span></div>
            <div><span className="label">Shares</span> <span className="figure"><Num value={answer.totals?.shares} kind="shares" /></span></div>
            <div><span className="label">Value</span> <span className="figure"><Num value={answer.totals?.value} kind="money" /></span></div>
            <div><span className="label">Average price</span> <span className="figure"><Num value={answer.totals?.weightedAveragePrice} kind="price" /></span></div>
            <div><span className="label">Under a 10b5-1 plan</span> <span className="figure">{formatPercent(answer.totals?.planValueShare)}</span></div>
            <p className="muted">Each trade counts once in these totals, even when its insider sits on several committees.</p>
          </section>
          {committees.length === 0 ? <Empty>The company had no committee in {quarter}.</Empty> : committees.map((c) => <FlagshipTable key={c.committeeId} committee={c} />)}
        </>
      ) : null}
    </article>
  );
}
