import { wholeTableRoute } from '@/app/api/_lib/csv';
import { progressTable } from '@/app/api/_lib/tables';

/** GET /api/progress.csv: one row per area and measure, planned and completed kept apart, each with its as-of years and sources. */
export const GET = wholeTableRoute(progressTable);
