import { listAreaRows, parseAreaFilter } from '@/db/queries/areas';
import { apiError } from '@/app/api/_lib/respond';
import { checkCsvOptions, csvOptionKeys, csvResponse } from '@/app/api/_lib/csv';

const columns = [
  'slug',
  'name',
  'type',
  'part_of',
  'municipality_code',
  'municipality_name',
  'region',
  'lat',
  'lon',
  'list_dates',
  'last_listed_date',
  'last_listed_categories',
  'interventions_physical',
  'interventions_social',
  'interventions_policy',
] as const;

/** GET /api/areas.csv: one row per area, with the /omraader filters (`municipality`, `region`, `category`, `year`, `kind`, `type`). */
export function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const parsed = parseAreaFilter(params, csvOptionKeys);
  if (!parsed.ok) return apiError(400, parsed.message);
  const optionError = checkCsvOptions(params);
  if (optionError) return apiError(400, optionError);
  const rows = listAreaRows(parsed.filter).map((area) => ({
    slug: area.slug,
    name: area.name,
    type: area.type,
    part_of: area.partOf,
    municipality_code: area.municipality.code,
    municipality_name: area.municipality.name,
    region: area.municipality.region,
    lat: area.location?.lat,
    lon: area.location?.lon,
    list_dates: area.listDates,
    last_listed_date: area.lastListed?.date,
    last_listed_categories: area.lastListed?.codes,
    interventions_physical: area.interventionCounts.physical,
    interventions_social: area.interventionCounts.social,
    interventions_policy: area.interventionCounts.policy,
  }));
  return csvResponse(request, 'boligatlas-areas.csv', columns, rows);
}
