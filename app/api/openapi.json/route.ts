import { getDataVersion } from '@/db/queries/meta';
import { buildOpenApi } from '@/app/api/_lib/openapi';

export const dynamic = 'force-static';

/** GET /api/openapi.json: the OpenAPI 3.1 description of the API. */
export function GET() {
  return Response.json(buildOpenApi(getDataVersion().version));
}
