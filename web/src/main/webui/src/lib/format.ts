/** Numbers and dates for people: separators, currency, dates; the exact value stays available (title / detail). */
const LOCALE = 'en-US';

const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const shares = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 4 });
const money = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const price = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 4 });
const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2 });
const dates = new Intl.DateTimeFormat(LOCALE, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

type Num = number | null | undefined;

export function formatShares(value: Num): string {
  return value == null ? '—' : shares.format(value);
}

export function formatInteger(value: Num): string {
  return value == null ? '—' : integer.format(value);
}

export function formatMoney(value: Num): string {
  return value == null ? '—' : money.format(value);
}

export function formatPrice(value: Num): string {
  return value == null ? '—' : price.format(value);
}

/** A share between 0 and 1 as a percentage. */
export function formatPercent(value: Num): string {
  return value == null ? '—' : percent.format(value);
}

/** An ISO date (YYYY-MM-DD) as "Sep 12, 2024"; the ISO text itself is the exact value. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const parsed = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? iso : dates.format(parsed);
}

/** The exact figure, for a title attribute: never rounded, never in exponent form. */
export function exact(value: Num): string | undefined {
  if (value == null) return undefined;
  return value.toLocaleString(LOCALE, { useGrouping: false, maximumFractionDigits: 20 });
}

/** True when the formatted text hides digits of the exact value (then the page marks it and shows the exact one). */
export function isRounded(value: Num, formatted: string): boolean {
  if (value == null) return false;
  const digits = formatted.replace(/[^0-9.]/g, '').replace(/^0+(?=\d)/, '');
  return Number(digits) !== Math.abs(value);
}

/** The EDGAR folder of a filing (issuer CIK without zeros, accession without dashes). */
export function edgarUrl(issuerCik: string | null | undefined, accession: string): string {
  const cik = issuerCik ? String(Number(issuerCik)) : '';
  const folder = accession.replace(/-/g, '');
  return `https://www.sec.gov/Archives/edgar/data/${cik}/${folder}/${accession}-index.htm`;
}

export const CODE_NAMES: Record<string, string> = {
  P: 'Open-market purchase',
  S: 'Open-market sale',
  A: 'Grant or award',
  M: 'Option exercise',
  F: 'Tax withholding',
  G: 'Gift',
  C: 'Conversion',
  D: 'Disposition to the issuer',
  X: 'Exercise of in-the-money derivative',
  J: 'Other',
};
