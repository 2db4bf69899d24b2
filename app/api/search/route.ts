import { search } from '@/db/queries/search';
import { apiError, apiJson } from '@/app/api/_lib/respond';

/**
 * GET /api/search?q=: areas, interventions and sources matching `q`, grouped and ranked (DESIGN §6).
 * Any text is a valid query (empty, quotes, `*`, `NEAR(`, a thousand characters): it answers with
 * results or none. Other parameters are refused with a 400 naming them.
 */
export function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  for (const key of new Set(params.keys())) {
    if (key !== 'q') return apiError(400, `unknown parameter "${key}" (expected q)`);
  }
  if (params.getAll('q').length > 1) return apiError(400, 'parameter "q" given more than once');
  const results = search(params.get('q') ?? '');
  return apiJson({
    ...results,
    areas: results.areas.map((hit) => ({ ...hit, url: `/omraader/${hit.slug}` })),
    interventions: results.interventions.map((hit) => ({ ...hit, url: `/indsatser/${hit.slug}` })),
  });
}
