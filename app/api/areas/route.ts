import { listAreaRows } from '@/db/queries/areas';
import { apiError, apiJsonPerFilter } from '@/app/api/_lib/respond';
import { toAreaBriefApi } from '@/app/api/_lib/mappers';
import { parseAreaFilter } from '@/db/queries/filters';

/**
 * GET /api/areas: every area in brief, with the /omraader filters (`municipality`, `region`,
 * `category`, `year`, `kind`, `type`); a bad or unknown parameter answers 400 naming it.
 */
export function GET(request: Request) {
  const parsed = parseAreaFilter(new URL(request.url).searchParams);
  if (!parsed.ok) return apiError(400, parsed.message);
  // The table rows carry facet helpers (categories by year, intervention counts); the API keeps to the summary.
  return apiJsonPerFilter('areas', parsed.filter, () => {
    const areas = listAreaRows(parsed.filter).map(toAreaBriefApi);
    return { filter: parsed.filter, count: areas.length, areas };
  });
}
