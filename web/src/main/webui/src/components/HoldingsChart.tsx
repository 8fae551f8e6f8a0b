import { Line } from 'react-chartjs-2';
import { CategoryScale, Chart, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip } from 'chart.js';
import { holdingsOverTime } from '../lib/holdings';
import type { HoldingTrade } from '../lib/holdings';
import { formatDate, formatShares } from '../lib/format';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);
const COLORS = ['#1d3b6e', '#c77d14', '#2f7d4a', '#8a2f6b'];

/** Shares owned after each Table I trade, one line per issuer, and the same figures as a table. */
export default function HoldingsChart({ trades }: { trades: HoldingTrade[] }) {
  const { dates, series } = holdingsOverTime(trades);
  if (series.length === 0) return <p className="state empty">No holding is reported after these trades.</p>;
  return (
    <figure className="chart" data-testid="holdings">
      <div className="chart-canvas">
        <Line
          aria-label="Shares owned over time, per issuer"
          role="img"
          options={{ responsive: true, maintainAspectRatio: false, animation: false, spanGaps: true }}
          data={{
            labels: dates.map(formatDate),
            datasets: series.map((s, i) => ({ label: s.issuer, data: s.points, borderColor: COLORS[i % COLORS.length], backgroundColor: COLORS[i % COLORS.length], stepped: true })),
          }}
        />
      </div>
      <table className="compact">
        <caption>Shares owned after each trade</caption>
        <thead><tr><th scope="col">Date</th>{series.map((s) => <th key={s.issuer} scope="col" className="numeric">{s.issuer}</th>)}</tr></thead>
        <tbody>
          {dates.map((d, i) => (
            <tr key={d}><td>{formatDate(d)}</td>{series.map((s) => <td key={s.issuer} className="numeric">{s.points[i] == null ? '' : formatShares(s.points[i])}</td>)}</tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
