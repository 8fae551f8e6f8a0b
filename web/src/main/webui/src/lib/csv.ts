import Papa from 'papaparse';

export interface CsvTrade {
  transactionDate?: string | null;
  issuerCik?: string | null;
  issuerName?: string | null;
  reportingOwners?: ({ cik?: string | null; name?: string | null } | null)[] | null;
  code?: string | null;
  acquiredDisposed?: string | null;
  shares?: number | null;
  pricePerShare?: number | null;
  value?: number | null;
  plan10b5One?: { status?: string | null } | null;
  late?: boolean | null;
  accession?: string | null;
  table?: string | null;
}

/** The screener's rows as CSV (RFC 4180, by Papa Parse), exact figures, one owner per cell joined by "; ". */
export function tradesToCsv(trades: CsvTrade[]): string {
  return Papa.unparse(
    trades.map((t) => ({
      date: t.transactionDate ?? '',
      issuer_cik: t.issuerCik ?? '',
      issuer: t.issuerName ?? '',
      owners: (t.reportingOwners ?? []).map((o) => o?.name ?? '').join('; '),
      owner_ciks: (t.reportingOwners ?? []).map((o) => o?.cik ?? '').join('; '),
      code: t.code ?? '',
      acquired_disposed: t.acquiredDisposed ?? '',
      shares: t.shares ?? '',
      price: t.pricePerShare ?? '',
      value: t.value ?? '',
      plan_10b5_1: t.plan10b5One?.status ?? '',
      late: t.late == null ? '' : t.late ? 'yes' : 'no',
      table: t.table ?? '',
      accession: t.accession ?? '',
    })),
    { newline: '\r\n' },
  );
}
