import { getInterventionsGeoJson } from '@/db/queries/geo';
import { getDataVersion } from '@/db/queries/meta';

export const dynamic = 'force-static';

/** GET /api/interventions.geojson: every intervention with a location of its own. */
export function GET() {
  const { version, builtAt } = getDataVersion();
  return Response.json({ ...getInterventionsGeoJson(), dataVersion: version, builtAt }, { headers: { 'Content-Type': 'application/geo+json' } });
}
