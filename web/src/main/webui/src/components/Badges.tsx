import { CODE_NAMES } from '../lib/format';

export function PlanBadge({ plan }: { plan: { status?: string | null; evidence?: string | null } | null | undefined }) {
  const status = plan?.status ?? 'NONE';
  if (status === 'NONE') {
    return <span className="badge muted">no plan</span>;
  }
  return (
    <span className="badge plan" title={plan?.evidence ?? undefined}>
      10b5-1 <span className="badge-source">({status === 'CHECKBOX' ? 'checkbox' : 'footnote'})</span>
    </span>
  );
}

export function PlanEvidence({ plan }: { plan: { status?: string | null; evidence?: string | null } | null | undefined }) {
  if (!plan || plan.status === 'NONE' || !plan.evidence) return null;
  return <div className="evidence">“{plan.evidence}”</div>;
}

export function LateMark({ late, lag }: { late: boolean | null | undefined; lag?: number | null }) {
  if (!late) return null;
  return (
    <span className="badge late" title={lag != null ? `Filed ${lag} business days after the trade (Form 4 is due in 2)` : 'Filed after the deadline'}>
      filed late{lag != null ? ` (${lag} business days)` : ''}
    </span>
  );
}

export function NameMatchWarning() {
  return (
    <span className="badge warn" title="This director has no SEC CIK on record: their trades were matched by name, which can be wrong">
      ⚠ matched by name
    </span>
  );
}

export function Code({ code }: { code: string | null | undefined }) {
  if (!code) return <>—</>;
  return (
    <abbr className="code" title={CODE_NAMES[code] ?? 'Transaction code'}>
      {code}
    </abbr>
  );
}

export function Illustrative({ show }: { show: boolean | null | undefined }) {
  return show ? <span className="badge muted" title="Invented example data, not a fact">illustrative</span> : null;
}
