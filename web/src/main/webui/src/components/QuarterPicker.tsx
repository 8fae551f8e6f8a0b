import { isQuarter, shiftQuarter } from '../lib/quarter';

/** The quarter before, the quarter typed (YYYY-Qn), the quarter after. */
export function QuarterPicker({ id, quarter, onChange }: { id: string; quarter: string; onChange: (quarter: string) => void }) {
  return (
    <>
      <button type="button" className="secondary" onClick={() => onChange(shiftQuarter(quarter, -1))}>← {shiftQuarter(quarter, -1)}</button>
      <label htmlFor={id}>Quarter</label>
      <input id={id} type="text" pattern="\d{4}-Q[1-4]" defaultValue={quarter} key={quarter}
             onBlur={(e) => isQuarter(e.target.value.trim().toUpperCase()) && onChange(e.target.value.trim().toUpperCase())} />
      <button type="button" className="secondary" onClick={() => onChange(shiftQuarter(quarter, 1))}>{shiftQuarter(quarter, 1)} →</button>
    </>
  );
}
