import { stringify } from 'csv-stringify/sync';
import { getDataVersion } from '@/db/queries/meta';
import { apiError } from './respond';
import type { CsvTable } from './tables';

/** A CSV cell: numbers and text as they are, lists joined with `;`, missing as empty. */
export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

/** Query parameters every CSV endpoint accepts besides its filters. */
export const csvOptionKeys = ['bom'] as const;

function cell(value: CsvValue): string | number {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(';');
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value as string | number;
}

/** The table as CSV text, written by csv-stringify: a header row of stable column names, UTF-8, optionally with a BOM. */
export function csvText(table: CsvTable, bom = false): string {
  return stringify(
    table.rows.map((row) => table.columns.map((column) => cell(row[column]))),
    { header: true, columns: [...table.columns], bom, record_delimiter: 'unix' },
  );
}

/**
 * A CSV response: `?bom=1` adds a byte-order mark so that Excel opens the Danish letters right.
 * The data version rides in a header, as the JSON responses carry it in the body.
 */
export function csvResponse(request: Request, table: CsvTable, filter: Record<string, unknown> = {}): Response {
  const bom = new URL(request.url).searchParams.get('bom');
  const { version } = getDataVersion();
  // The file name says what it holds and from which data: `boligatlas-list-memberships-vollsmose-<version>.csv`.
  const parts = Object.values(filter)
    .filter((value) => value !== undefined && value !== null && value !== '')
    .map((value) => String(value).toLowerCase().replace(/[^a-z0-9]+/g, '-'));
  const filename = `${table.filename.replace(/\.csv$/, '')}${parts.map((part) => `-${part}`).join('')}-${version}.csv`;
  return new Response(csvText(table, bom === '1' || bom === 'true'), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'X-Data-Version': version,
    },
  });
}

/** Validates `?bom=`; the only CSV option. */
export function checkCsvOptions(params: URLSearchParams): string | null {
  const bom = params.get('bom');
  if (bom !== null && !['', '0', '1', 'true', 'false'].includes(bom)) return `parameter "bom": expected 1, true, 0 or false, got ${JSON.stringify(bom.slice(0, 40))}`;
  return null;
}

/** A GET handler for a whole table that takes no parameter but `bom`. */
export function wholeTableRoute(table: () => CsvTable) {
  return function GET(request: Request): Response {
    const params = new URL(request.url).searchParams;
    for (const key of new Set(params.keys())) if (key !== 'bom') return apiError(400, `unknown parameter "${key.slice(0, 60)}" (expected bom)`);
    const optionError = checkCsvOptions(params);
    if (optionError) return apiError(400, optionError);
    return csvResponse(request, table());
  };
}

/**
 * A GET handler for a table with query filters: the filter's own parameters plus `bom`, each
 * validated (400 naming the parameter) before the table is built.
 */
export function filteredTableRoute<F>(
  parse: (params: URLSearchParams, extraKeys: readonly string[]) => { ok: true; filter: F } | { ok: false; message: string },
  table: (filter: F) => CsvTable,
) {
  return function GET(request: Request): Response {
    const params = new URL(request.url).searchParams;
    const parsed = parse(params, csvOptionKeys);
    if (!parsed.ok) return apiError(400, parsed.message);
    const optionError = checkCsvOptions(params);
    if (optionError) return apiError(400, optionError);
    return csvResponse(request, table(parsed.filter), parsed.filter as Record<string, unknown>);
  };
}
