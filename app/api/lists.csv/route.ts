import { wholeTableRoute } from '@/app/api/_lib/csv';
import { listsTable } from '@/app/api/_lib/tables';

/** GET /api/lists.csv: one row per list and category, with the published total and how many names we have. */
export const GET = wholeTableRoute(listsTable);
