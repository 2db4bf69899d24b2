import { strToU8, zipSync } from 'fflate';
import { getDataVersion } from '@/db/queries/meta';
import { csvText } from '@/app/api/_lib/csv';
import { allTables } from '@/app/api/_lib/tables';

export const dynamic = 'force-static';

/** GET /data/boligatlas-csv.zip: every table as CSV (UTF-8 with BOM, for spreadsheets) and a README with the data version. */
export function GET() {
  const { version, builtAt } = getDataVersion();
  const files: Record<string, Uint8Array> = {};
  for (const table of allTables()) files[table.filename] = strToU8(csvText(table, true));
  files['README.txt'] = strToU8(
    [
      'Boligatlas: the open data as CSV',
      `Data version ${version}, built ${builtAt}.`,
      'Lists in a cell are separated by ";". Every fact is tied to its sources in boligatlas-claims.csv;',
      'quantities carry basis planned/completed and never mix them.',
      'Licence: the compilation and texts CC BY 4.0 (cite Boligatlas and the original sources).',
      '',
    ].join('\n'),
  );
  return new Response(new Uint8Array(zipSync(files, { level: 6 })), {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="boligatlas-csv-${version}.zip"`,
      'X-Data-Version': version,
    },
  });
}
