import { listInterventions, parseInterventionFilter } from '@/db/queries/interventions';
import { apiError } from '@/app/api/_lib/respond';
import { checkCsvOptions, csvOptionKeys, csvResponse } from '@/app/api/_lib/csv';

const interventionColumns = [
  'slug',
  'title',
  'kind',
  'category',
  'status',
  'status_year',
  'start',
  'end',
  'start_year',
  'end_year',
  'areas',
  'area_names',
  'municipality_codes',
  'municipality_names',
  'lat',
  'lon',
] as const;

/** GET /api/interventions.csv: the catalogue as CSV, one row per intervention, with the JSON's filters. */
export function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const parsed = parseInterventionFilter(params, csvOptionKeys);
  if (!parsed.ok) return apiError(400, parsed.message);
  const optionError = checkCsvOptions(params);
  if (optionError) return apiError(400, optionError);
  const rows = listInterventions(parsed.filter).map((row) => ({
    slug: row.slug,
    title: row.title,
    kind: row.kind,
    category: row.category,
    status: row.status.value,
    status_year: row.status.year,
    start: row.start,
    end: row.end,
    start_year: row.startYear,
    end_year: row.endYear,
    areas: row.areas.map((area) => area.slug),
    area_names: row.areas.map((area) => area.name),
    municipality_codes: row.municipalities.map((m) => m.code),
    municipality_names: row.municipalities.map((m) => m.name),
    lat: row.location?.lat,
    lon: row.location?.lon,
  }));
  return csvResponse(request, 'boligatlas-interventions.csv', interventionColumns, rows);
}
