import { readDatabaseFile } from '@/db/queries/exports';
import { getDataVersion } from '@/db/queries/meta';

export const dynamic = 'force-static';

/** GET /data/boligatlas.sqlite: the whole database, as built from data/ (open it with any SQLite client). */
export function GET() {
  const { version } = getDataVersion();
  return new Response(new Uint8Array(readDatabaseFile()), {
    headers: {
      'Content-Type': 'application/vnd.sqlite3',
      'Content-Disposition': `attachment; filename="boligatlas-${version}.sqlite"`,
      'X-Data-Version': version,
    },
  });
}
