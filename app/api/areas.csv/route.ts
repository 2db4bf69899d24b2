
import { filteredTableRoute } from '@/app/api/_lib/csv';
import { areasTable } from '@/app/api/_lib/tables';
import { parseAreaFilter } from '@/db/queries/filters';

/** GET /api/areas.csv: one row per area, with the /omraader filters (`municipality`, `region`, `category`, `year`, `kind`, `type`). */
export const GET = filteredTableRoute(parseAreaFilter, areasTable);
