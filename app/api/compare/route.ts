import { describeCompareProblem, getComparison, parseCompareSlugs } from '@/db/queries/compare';
import { apiError, apiJson } from '@/app/api/_lib/respond';

/**
 * GET /api/compare?areas=a,b,c: the JSON twin of /sammenlign. Two to four areas side by side:
 * facts, list years (a year stands for its latest list), the highest category, dwelling figures
 * (planned and completed apart, with as-of years and sources) and interventions by category.
 */
export function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  for (const key of new Set(params.keys())) if (key !== 'areas') return apiError(400, `unknown parameter "${key.slice(0, 60)}" (expected areas)`);
  const parsed = parseCompareSlugs(params.get('areas'));
  if (!parsed.ok) return apiError(400, `parameter "areas": ${describeCompareProblem(parsed.problem)} (2–4 area slugs, comma-separated)`);
  const comparison = getComparison(parsed.slugs);
  return apiJson({
    areas: comparison.areas.map((area) => ({
      slug: area.profile.slug,
      name: area.profile.name,
      type: area.profile.type,
      municipality: area.profile.municipality,
      dwellings: area.profile.dwellings.at(-1) ?? null,
      residents: area.profile.residents.at(-1) ?? null,
      years: area.years,
      firstListedYear: area.firstListedYear,
      firstListedUncertain: area.firstListedUncertain,
      highest: area.highest,
      figures: area.figures,
      interventions: Object.fromEntries(
        Object.entries(area.interventionsByCategory).map(([category, items]) => [
          category,
          items.map((i) => ({ slug: i.slug, title: i.title, status: i.status.value, statusYear: i.status.year, stale: i.status.stale.stale, startYear: i.startYear, endYear: i.endYear })),
        ]),
      ),
    })),
    categories: comparison.categories,
    sources: comparison.bibliography,
  });
}
