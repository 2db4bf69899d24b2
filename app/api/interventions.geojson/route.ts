import { getInterventionsGeoJson } from '@/db/queries/geo';
import { getDataVersion } from '@/db/queries/meta';

export const dynamic = 'force-static';

/** GET /api/interventions.geojson: every intervention at its own location (`placement: own`) or its area's (`placement: area`). */
export function GET() {
  const { version, builtAt } = getDataVersion();
  return Response.json({ ...getInterventionsGeoJson(), dataVersion: version, builtAt }, { headers: { 'Content-Type': 'application/geo+json' } });
}
