import { parseAreaFilter } from '@/db/queries/areas';
import { apiError } from '@/app/api/_lib/respond';
import { checkCsvOptions, csvOptionKeys, csvResponse } from '@/app/api/_lib/csv';
import { areasTable } from '@/app/api/_lib/tables';

/** GET /api/areas.csv: one row per area, with the /omraader filters (`municipality`, `region`, `category`, `year`, `kind`, `type`). */
export function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const parsed = parseAreaFilter(params, csvOptionKeys);
  if (!parsed.ok) return apiError(400, parsed.message);
  const optionError = checkCsvOptions(params);
  if (optionError) return apiError(400, optionError);
  return csvResponse(request, areasTable(parsed.filter));
}
