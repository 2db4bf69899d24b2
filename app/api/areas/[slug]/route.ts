import { getArea } from '@/db/queries/areas';
import { getAreaDwellingFigures } from '@/db/queries/figures';
import { listAreaPlanProgress } from '@/db/queries/progress';
import { apiError, apiJson, refuseParameters } from '@/app/api/_lib/respond';
import { toAreaApi } from '@/app/api/_lib/mappers';

// Rendered per request (a millisecond query): a prerendered route with dynamic params would write
// every unknown slug a client sends into Next's route cache on disk.
export const dynamic = 'force-dynamic';

/**
 * GET /api/areas/{slug}: one area's full profile with its sources, and what its page shows beside
 * it: the dwelling figures (planned and completed, each counted once) and its development plans' progress.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const refused = refuseParameters(request);
  if (refused) return refused;
  const { slug } = await params;
  const area = getArea(slug);
  if (!area) return apiError(404, `no area with slug ${JSON.stringify(slug.slice(0, 60))}`);
  return apiJson(toAreaApi(area, getAreaDwellingFigures(slug), listAreaPlanProgress(slug)));
}
