import { getAreasGeoJson } from '@/db/queries/geo';
import { getDataVersion } from '@/db/queries/meta';
import { apiError } from '@/app/api/_lib/respond';
import { parseAreaPointFilter } from '@/db/queries/filters';

/**
 * GET /api/areas.geojson: every located area with its category per year (`tier_<year>`,
 * `categories`); `?area=` keeps one area (an empty collection when it has no sourced location).
 */
export function GET(request: Request) {
  const parsed = parseAreaPointFilter(new URL(request.url).searchParams);
  if (!parsed.ok) return apiError(400, parsed.message);
  const { version, builtAt } = getDataVersion();
  return Response.json({ ...getAreasGeoJson(parsed.filter), dataVersion: version, builtAt }, { headers: { 'Content-Type': 'application/geo+json' } });
}
