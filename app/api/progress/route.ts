import { getProgress } from '@/db/queries/progress';
import { apiJson } from '@/app/api/_lib/respond';
import { toProgressApi } from '@/app/api/_lib/mappers';

export const dynamic = 'force-static';

/**
 * GET /api/progress: how far the development plans have come. `national`, one entry per plan
 * (`plans`) and per area (`areas`), each per measure with `planned` and `completed` (value, the
 * as-of years it spans, and each contributing figure with its sources) and the completed `history`.
 * Parameters are refused in proxy.ts (a static route never sees its query).
 */
export function GET() {
  return apiJson(toProgressApi(getProgress()));
}
