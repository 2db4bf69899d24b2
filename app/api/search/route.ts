import { search } from '@/db/queries/search';
import { apiError, apiJson, refuseParameters } from '@/app/api/_lib/respond';
import { toSearchApi } from '@/app/api/_lib/mappers';

/**
 * GET /api/search?q=: areas, interventions and sources matching `q`, grouped and ranked (DESIGN §6).
 * Any text is a valid query (empty, quotes, `*`, `NEAR(`, a thousand characters): it answers with
 * results or none. Other parameters are refused with a 400 naming them.
 */
export function GET(request: Request) {
  const refused = refuseParameters(request, ['q']);
  if (refused) return refused;
  const params = new URL(request.url).searchParams;
  if (params.getAll('q').length > 1) return apiError(400, 'parameter "q" given more than once');
  return apiJson(toSearchApi(search(params.get('q') ?? '')));
}
