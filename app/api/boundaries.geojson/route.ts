import { getBoundariesGeoJson } from '@/db/queries/geo';
import { getDataVersion } from '@/db/queries/meta';

export const dynamic = 'force-static';

/**
 * GET /api/boundaries.geojson: every sourced boundary polygon, the area's own (`area`) or its
 * district's (`district`), with the areas it bounds (decision 0016).
 */
export function GET() {
  const { version, builtAt } = getDataVersion();
  return Response.json(
    { ...getBoundariesGeoJson(), dataVersion: version, builtAt, attribution: 'Bydelsgrænser: Københavns Kommune (CC BY)' },
    { headers: { 'Content-Type': 'application/geo+json' } },
  );
}
