import { getInterventionDetails, listInterventions } from '@/db/queries/interventions';
import { apiError, apiJsonPerFilter } from '@/app/api/_lib/respond';
import { toInterventionApi } from '@/app/api/_lib/mappers';
import { parseInterventionFilter } from '@/db/queries/filters';

/**
 * GET /api/interventions: every intervention (DESIGN §5), filtered by `kind`, `category`,
 * `status`, `area`, `municipality` and `year`; a bad value answers 400 naming the parameter.
 */
export function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const parsed = parseInterventionFilter(params);
  if (!parsed.ok) return apiError(400, parsed.message);
  return apiJsonPerFilter('interventions', parsed.filter, () => {
    const slugs = listInterventions(parsed.filter).map((row) => row.slug);
    const interventions = getInterventionDetails(slugs).map(toInterventionApi);
    return { filter: parsed.filter, count: interventions.length, interventions };
  });
}
