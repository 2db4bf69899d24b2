import { parseInterventionFilter } from '@/db/queries/interventions';
import { apiError } from '@/app/api/_lib/respond';
import { checkCsvOptions, csvOptionKeys, csvResponse } from '@/app/api/_lib/csv';
import { quantitiesTable } from '@/app/api/_lib/tables';

/**
 * GET /api/quantities.csv: one row per quantity (dwellings demolished, sold, converted, built,
 * renovated; budgets), planned and completed apart, each with the ids of its sources. Takes the
 * interventions' filters.
 */
export function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const parsed = parseInterventionFilter(params, csvOptionKeys);
  if (!parsed.ok) return apiError(400, parsed.message);
  const optionError = checkCsvOptions(params);
  if (optionError) return apiError(400, optionError);
  return csvResponse(request, quantitiesTable(parsed.filter));
}
