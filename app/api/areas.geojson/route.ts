import { getAreasGeoJson } from '@/db/queries/geo';
import { getDataVersion } from '@/db/queries/meta';

export const dynamic = 'force-static';

/** GET /api/areas.geojson: every located area with its category per year (`tier_<year>`, `categories`). */
export function GET() {
  const { version, builtAt } = getDataVersion();
  return Response.json({ ...getAreasGeoJson(), dataVersion: version, builtAt }, { headers: { 'Content-Type': 'application/geo+json' } });
}
