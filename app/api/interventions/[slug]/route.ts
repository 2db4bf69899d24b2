import { getIntervention } from '@/db/queries/interventions';
import { apiError, apiJson, refuseParameters } from '@/app/api/_lib/respond';
import { toInterventionDetailApi } from '@/app/api/_lib/mappers';

// Rendered per request (a millisecond query): a prerendered route with dynamic params would write
// every unknown slug a client sends into Next's route cache on disk.
export const dynamic = 'force-dynamic';

/** GET /api/interventions/{slug}: one intervention with its areas, relations, quantities, source ids and bibliography. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const refused = refuseParameters(request);
  if (refused) return refused;
  const { slug } = await params;
  const intervention = getIntervention(slug);
  if (!intervention) return apiError(404, `no intervention with slug ${JSON.stringify(slug.slice(0, 60))}`);
  return apiJson(toInterventionDetailApi(intervention));
}
