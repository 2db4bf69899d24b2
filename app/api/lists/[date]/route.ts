import { getList } from '@/db/queries/lists';
import { apiError, apiJson, refuseParameters } from '@/app/api/_lib/respond';
import { toListApi } from '@/app/api/_lib/mappers';

// Rendered per request (a millisecond query): a prerendered route with dynamic params would write
// every unknown slug a client sends into Next's route cache on disk.
export const dynamic = 'force-dynamic';

/** GET /api/lists/{date}: one list (DESIGN §5): per category the published total, completeness and area slugs. */
export async function GET(request: Request, { params }: { params: Promise<{ date: string }> }) {
  const refused = refuseParameters(request);
  if (refused) return refused;
  const { date } = await params;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return apiError(400, `parameter "date" must be YYYY-MM-DD, got ${JSON.stringify(date.slice(0, 40))}`);
  const list = getList(date);
  if (!list) return apiError(404, `no list dated "${date}"`);
  return apiJson(toListApi(list));
}
