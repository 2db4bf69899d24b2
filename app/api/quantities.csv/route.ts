import { getInterventionDetails, listInterventions, parseInterventionFilter } from '@/db/queries/interventions';
import { apiError } from '@/app/api/_lib/respond';
import { checkCsvOptions, csvOptionKeys, csvResponse } from '@/app/api/_lib/csv';

const columns = ['intervention', 'title', 'areas', 'measure', 'value', 'basis', 'as_of', 'funder', 'note', 'source_ids'] as const;

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
  const details = getInterventionDetails(listInterventions(parsed.filter).map((row) => row.slug));
  const rows = details.flatMap((detail) =>
    detail.quantities.map((quantity) => ({
      intervention: detail.slug,
      title: detail.title,
      areas: detail.areas,
      measure: quantity.measure,
      value: quantity.value,
      basis: quantity.basis,
      as_of: quantity.asOf,
      funder: quantity.funder,
      note: quantity.note,
      source_ids: quantity.sources,
    })),
  );
  return csvResponse(request, 'boligatlas-quantities.csv', columns, rows);
}
