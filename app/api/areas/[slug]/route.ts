import { getArea, toAreaApi } from '@/db/queries/areas';
import { apiError, apiJson } from '@/app/api/_lib/respond';

// Rendered per request (a millisecond query): a prerendered route with dynamic params would write
// every unknown slug a client sends into Next's route cache on disk.
export const dynamic = 'force-dynamic';

/** GET /api/areas/{slug}: one area's full profile with its sources. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const area = getArea(slug);
  if (!area) return apiError(404, `no area with slug ${JSON.stringify(slug.slice(0, 60))}`);
  return apiJson(toAreaApi(area));
}
