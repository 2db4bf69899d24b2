import { wholeTableRoute } from '@/app/api/_lib/csv';
import { sourcesTable } from '@/app/api/_lib/tables';

/** GET /api/sources.csv: the bibliography, one row per source. */
export const GET = wholeTableRoute(sourcesTable);
