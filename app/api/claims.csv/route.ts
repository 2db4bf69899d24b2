import { wholeTableRoute } from '@/app/api/_lib/csv';
import { claimsTable } from '@/app/api/_lib/tables';

/** GET /api/claims.csv: one row per claim (a fact and a source that states it), with the source's columns. */
export const GET = wholeTableRoute(claimsTable);
