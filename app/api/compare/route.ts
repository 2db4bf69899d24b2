import { describeCompareProblem, getComparison, parseCompareSlugs } from '@/db/queries/compare';
import { apiError, apiJson, refuseParameters } from '@/app/api/_lib/respond';
import { toCompareApi } from '@/app/api/_lib/mappers';

/**
 * GET /api/compare?areas=a,b,c: the JSON twin of /sammenlign. Two to four areas side by side:
 * facts, list years (a year stands for its latest list), the highest category, dwelling figures
 * (planned and completed apart, with as-of years and sources) and interventions by category.
 */
export function GET(request: Request) {
  const refused = refuseParameters(request, ['areas']);
  if (refused) return refused;
  const parsed = parseCompareSlugs(new URL(request.url).searchParams.get('areas'));
  if (!parsed.ok) return apiError(400, `parameter "areas": ${describeCompareProblem(parsed.problem)} (2–4 area slugs, comma-separated)`);
  return apiJson(toCompareApi(getComparison(parsed.slugs)));
}
