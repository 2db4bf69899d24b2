import { listLists } from '@/db/queries/lists';
import { apiJson } from '@/app/api/_lib/respond';
import { toListsApi } from '@/app/api/_lib/mappers';

export const dynamic = 'force-static';

/** GET /api/lists: every list with its categories, published totals and completeness (parameters are refused in proxy.ts). */
export function GET() {
  return apiJson(toListsApi(listLists()));
}
