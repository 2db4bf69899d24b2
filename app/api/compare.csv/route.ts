import { describeCompareProblem, getComparison, parseCompareSlugs } from '@/db/queries/compare';
import { apiError } from '@/app/api/_lib/respond';
import { checkCsvOptions, csvResponse, type CsvValue } from '@/app/api/_lib/csv';

const columns = ['area', 'area_name', 'section', 'item', 'year', 'value', 'basis', 'status', 'source_ids'] as const;

/**
 * GET /api/compare.csv?areas=a,b,c: the whole comparison as one long table, a row per fact, list
 * year, dwelling figure and intervention, each with the ids of its sources.
 */
export function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  for (const key of new Set(params.keys())) {
    if (key !== 'areas' && key !== 'bom') return apiError(400, `unknown parameter "${key}" (expected areas, bom)`);
  }
  const optionError = checkCsvOptions(params);
  if (optionError) return apiError(400, optionError);
  const parsed = parseCompareSlugs(params.get('areas'));
  if (!parsed.ok) return apiError(400, `parameter "areas": ${describeCompareProblem(parsed.problem)} (2–4 area slugs, comma-separated)`);
  const rows: Record<(typeof columns)[number], CsvValue>[] = [];
  for (const area of getComparison(parsed.slugs).areas) {
    const base = { area: area.profile.slug, area_name: area.profile.name };
    const latestDwellings = area.profile.dwellings.at(-1);
    const latestResidents = area.profile.residents.at(-1);
    rows.push({ ...base, section: 'fact', item: 'municipality', year: null, value: area.profile.municipality.name, basis: null, status: null, source_ids: null });
    if (latestDwellings) rows.push({ ...base, section: 'fact', item: 'dwellings', year: latestDwellings.year, value: latestDwellings.value, basis: null, status: null, source_ids: latestDwellings.sources });
    if (latestResidents) rows.push({ ...base, section: 'fact', item: 'residents', year: latestResidents.year, value: latestResidents.value, basis: null, status: null, source_ids: latestResidents.sources });
    for (const year of area.years) {
      rows.push({ ...base, section: 'list_status', item: year.listDate, year: year.year, value: year.codes, basis: null, status: year.tier, source_ids: year.sources });
    }
    for (const figure of area.figures) {
      for (const basis of ['completed', 'planned'] as const) {
        const total = figure[basis];
        if (total) rows.push({ ...base, section: 'dwellings', item: figure.measure, year: Math.max(...total.contributions.map((c) => c.asOf)), value: total.total, basis, status: null, source_ids: [...new Set(total.contributions.flatMap((c) => c.sources))] });
      }
    }
    for (const intervention of area.profile.interventions) {
      rows.push({ ...base, section: 'intervention', item: intervention.slug, year: intervention.startYear, value: intervention.title, basis: null, status: intervention.status.value, source_ids: intervention.recordSources });
    }
  }
  return csvResponse(request, { filename: `boligatlas-sammenligning-${parsed.slugs.join('-')}.csv`, columns, rows });
}
