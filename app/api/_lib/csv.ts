import { stringify } from 'csv-stringify/sync';
import { getDataVersion } from '@/db/queries/meta';

/** A CSV cell: numbers and text as they are, lists joined with `;`, missing as empty. */
export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

/** Query parameters every CSV endpoint accepts besides its filters. */
export const csvOptionKeys = ['bom'] as const;

/**
 * A CSV response written by csv-stringify: a header row of stable column names, UTF-8, and with
 * `?bom=1` a byte-order mark so that Excel opens the Danish letters right. The data version rides
 * in a header, as the JSON responses carry it in the body.
 */
export function csvResponse(request: Request, filename: string, columns: readonly string[], rows: readonly Record<string, CsvValue>[]): Response {
  const bom = new URL(request.url).searchParams.get('bom');
  const text = stringify(
    rows.map((row) => columns.map((column) => cell(row[column]))),
    { header: true, columns: [...columns], bom: bom === '1' || bom === 'true', record_delimiter: 'unix' },
  );
  const { version } = getDataVersion();
  return new Response(text, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'X-Data-Version': version,
    },
  });
}

function cell(value: CsvValue): string | number {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(';');
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value as string | number;
}

/** Validates `?bom=`; the only CSV option. */
export function checkCsvOptions(params: URLSearchParams): string | null {
  const bom = params.get('bom');
  if (bom !== null && !['', '0', '1', 'true', 'false'].includes(bom)) return `parameter "bom": expected 1, true, 0 or false, got ${JSON.stringify(bom.slice(0, 40))}`;
  return null;
}
