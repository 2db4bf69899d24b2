import { listAreas } from '@/db/queries/areas';
import { apiJson } from '@/app/api/_lib/respond';

export const dynamic = 'force-static';

/** GET /api/areas: every area in brief. */
export function GET() {
  return apiJson({ areas: listAreas() });
}
