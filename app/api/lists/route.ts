import { listLists } from '@/db/queries/lists';
import { apiJson } from '@/app/api/_lib/respond';

export const dynamic = 'force-static';

/** GET /api/lists: every list with its categories, published totals and completeness. */
export function GET() {
  return apiJson({ lists: listLists() });
}
