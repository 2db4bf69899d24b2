import { parseInterventionFilter } from '@/db/queries/interventions';
import { apiError } from '@/app/api/_lib/respond';
import { checkCsvOptions, csvOptionKeys, csvResponse } from '@/app/api/_lib/csv';
import { interventionsTable } from '@/app/api/_lib/tables';

/** GET /api/interventions.csv: the catalogue as CSV, one row per intervention, with the JSON's filters. */
export function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const parsed = parseInterventionFilter(params, csvOptionKeys);
  if (!parsed.ok) return apiError(400, parsed.message);
  const optionError = checkCsvOptions(params);
  if (optionError) return apiError(400, optionError);
  return csvResponse(request, interventionsTable(parsed.filter));
}
