import { Bar } from 'react-chartjs-2';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { netFlowByQuarter } from '../lib/flow';
import { quarterRange, shiftQuarter } from '../lib/quarter';
import { formatMoney, formatShares } from '../lib/format';
import { Empty, ErrorNotice, Loading } from './States';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

const FlowQuery = graphql(`
  query CompanyFlow($filter: TransactionFilter, $page: PageInput) {
    insiderTransactions(filter: $filter, page: $page) {
      totalItems
      items { transactionDate acquiredDisposed shares value table }
    }
  }
`);

/** Net insider shares and value per quarter (Table I, acquired minus disposed), as bars and as a table. */
export default function NetFlowChart({ cik, lastQuarter }: { cik: string; lastQuarter: string }) {
  const firstQuarter = shiftQuarter(lastQuarter, -3);
  const [{ data, fetching, error }] = useQuery({
    query: FlowQuery,
    variables: {
      filter: { issuerCiks: [cik], from: quarterRange(firstQuarter).from, to: quarterRange(lastQuarter).to, table: 'NON_DERIVATIVE' },
      page: { page: 0, size: 500 },
    },
  });
  if (fetching && !data) return <Loading what="the insider flow" />;
  if (!data?.insiderTransactions) return error ? <ErrorNotice error={error} what="the insider flow" /> : null;
  const items = (data.insiderTransactions.items ?? []).filter((t) => t != null);
  if (items.length === 0) return <Empty>No Table I trade from {firstQuarter} to {lastQuarter}.</Empty>;
  const flows = netFlowByQuarter(items, firstQuarter, lastQuarter);
  return (
    <figure className="chart" data-testid="net-flow">
      <div className="chart-canvas">
        <Bar
          aria-label="Net insider shares and value per quarter"
          role="img"
          options={{
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            scales: {
              shares: { type: 'linear', position: 'left', title: { display: true, text: 'Net shares' } },
              value: { type: 'linear', position: 'right', grid: { drawOnChartArea: false }, title: { display: true, text: 'Net value (USD)' } },
            },
          }}
          data={{
            labels: flows.map((f) => f.quarter),
            datasets: [
              { label: 'Net shares', data: flows.map((f) => f.netShares), yAxisID: 'shares', backgroundColor: '#1d3b6e' },
              { label: 'Net value (USD)', data: flows.map((f) => f.netValue), yAxisID: 'value', backgroundColor: '#c77d14' },
            ],
          }}
        />
      </div>
      <table className="compact">
        <caption>Net Table I flow per quarter (acquired minus disposed)</caption>
        <thead><tr><th scope="col">Quarter</th><th scope="col" className="numeric">Net shares</th><th scope="col" className="numeric">Net value</th><th scope="col" className="numeric">Trades</th></tr></thead>
        <tbody>
          {flows.map((f) => (
            <tr key={f.quarter}><td>{f.quarter}</td><td className="numeric">{formatShares(f.netShares)}</td><td className="numeric">{formatMoney(f.netValue)}</td><td className="numeric">{f.trades}</td></tr>
          ))}
        </tbody>
      </table>
      {data.insiderTransactions.totalItems > items.length ? (
        <figcaption className="muted">Counted from the first {items.length} of {data.insiderTransactions.totalItems} trades.</figcaption>
      ) : null}
    </figure>
  );
}
