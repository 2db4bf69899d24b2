import { getMunicipalitiesGeoJson } from '@/db/queries/geo';
import { getDataVersion } from '@/db/queries/meta';

export const dynamic = 'force-static';

/**
 * GET /api/municipalities.geojson: the 98 kommuner with their official boundaries (Who's On First,
 * simplified at build) and per list year how many listed areas each has, in all and per category.
 */
export function GET() {
  const { version, builtAt } = getDataVersion();
  return Response.json(
    { ...getMunicipalitiesGeoJson(), dataVersion: version, builtAt, attribution: "Boundaries: Who's On First (CC BY), from the Danish Agency for Data Supply and Infrastructure" },
    { headers: { 'Content-Type': 'application/geo+json' } },
  );
}
