/** Quarters as the API writes them: YYYY-Qn. */
export const QUARTER = /^(\d{4})-Q([1-4])$/;

export function isQuarter(text: string | null | undefined): text is string {
  return !!text && QUARTER.test(text);
}

export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** The quarter before (negative steps) or after. */
export function shiftQuarter(quarter: string, steps: number): string {
  const match = QUARTER.exec(quarter);
  if (!match) throw new Error(`not a quarter: ${quarter}`);
  const index = Number(match[1]) * 4 + Number(match[2]) - 1 + steps;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** First and last day of a quarter, ISO. */
export function quarterRange(quarter: string): { from: string; to: string } {
  const match = QUARTER.exec(quarter);
  if (!match) throw new Error(`not a quarter: ${quarter}`);
  const year = Number(match[1]);
  const q = Number(match[2]);
  const from = new Date(Date.UTC(year, (q - 1) * 3, 1));
  const to = new Date(Date.UTC(year, q * 3, 0));
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

/** The quarters from..to inclusive, oldest first. */
export function quartersBetween(first: string, last: string): string[] {
  const result: string[] = [];
  for (let q = first; result.length < 200; q = shiftQuarter(q, 1)) {
    result.push(q);
    if (q === last) break;
  }
  return result;
}

/** The demo data's quarter: the platform's example question is about 2024-Q3. */
export const DEFAULT_QUARTER = '2024-Q3';
