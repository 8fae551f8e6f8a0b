import { describe, expect, it } from 'vitest';
import { edgarUrl, exact, formatDate, formatMoney, formatPercent, formatPrice, formatShares, isRounded } from './format';
import { quarterRange, shiftQuarter, quartersBetween } from './quarter';

describe('formatting for people', () => {
  it('writes thousands separators and currency', () => {
    expect(formatShares(7300)).toBe('7,300');
    expect(formatMoney(1744060)).toBe('$1,744,060.00');
    expect(formatPrice(245.105)).toBe('$245.105');
    expect(formatPrice(238.912329)).toBe('$238.9123');
    expect(formatPercent(0.4801)).toBe('48.01%');
  });

  it('keeps the exact value for the title and says when the text is rounded', () => {
    expect(exact(238.912329)).toBe('238.912329');
    expect(exact(1744060)).toBe('1744060');
    expect(isRounded(238.912329, formatPrice(238.912329))).toBe(true);
    expect(isRounded(245.105, formatPrice(245.105))).toBe(false);
    expect(isRounded(7300, formatShares(7300))).toBe(false);
  });

  it('writes dates in words and shows nothing for a missing one', () => {
    expect(formatDate('2024-09-12')).toBe('Sep 12, 2024');
    expect(formatDate(null)).toBe('—');
  });

  it('links a filing to its EDGAR folder', () => {
    expect(edgarUrl('0001107843', '0001415889-24-020022')).toBe(
      'https://www.sec.gov/Archives/edgar/data/1107843/000141588924020022/0001415889-24-020022-index.htm');
  });
});

describe('quarters', () => {
  it('knows their days and neighbours', () => {
    expect(quarterRange('2024-Q3')).toEqual({ from: '2024-07-01', to: '2024-09-30' });
    expect(quarterRange('2024-Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(shiftQuarter('2024-Q1', -1)).toBe('2023-Q4');
    expect(shiftQuarter('2024-Q4', 1)).toBe('2025-Q1');
    expect(quartersBetween('2023-Q4', '2024-Q2')).toEqual(['2023-Q4', '2024-Q1', '2024-Q2']);
  });
});
