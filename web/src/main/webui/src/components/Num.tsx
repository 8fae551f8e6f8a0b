import { exact, formatMoney, formatPrice, formatShares, isRounded } from '../lib/format';

type Kind = 'shares' | 'money' | 'price';
const FORMATS: Record<Kind, (v: number | null | undefined) => string> = { shares: formatShares, money: formatMoney, price: formatPrice };

/** A number formatted for people; when the text rounds, the exact figure is on hover (title) and marked with "≈". */
export function Num({ value, kind }: { value: number | null | undefined; kind: Kind }) {
  const text = FORMATS[kind](value);
  const rounded = isRounded(value, text);
  return (
    <span className="num" title={value == null || rounded ? undefined : `Exact: ${exact(value)}`} data-exact={exact(value)}>
      {rounded ? <abbr title={`Exact: ${exact(value)}`}>≈{text}</abbr> : text}
    </span>
  );
}
