import { listMembershipRows } from '@/db/queries/lists';
import { apiError } from '@/app/api/_lib/respond';
import { checkCsvOptions, csvResponse } from '@/app/api/_lib/csv';

const columns = ['list_date', 'category', 'tier', 'area', 'area_name', 'municipality', 'category_complete', 'note', 'source_ids'] as const;

/**
 * GET /api/memberships.csv: one row per area, list and official category (DESIGN §2), with the
 * harmonised tier, whether we have every name of that category, and the sources that name it.
 */
export function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  for (const key of new Set(params.keys())) if (key !== 'bom') return apiError(400, `unknown parameter "${key.slice(0, 60)}" (expected bom)`);
  const optionError = checkCsvOptions(params);
  if (optionError) return apiError(400, optionError);
  const rows = listMembershipRows().map((row) => ({
    list_date: row.listDate,
    category: row.category,
    tier: row.tier,
    area: row.area,
    area_name: row.areaName,
    municipality: row.municipality,
    category_complete: row.categoryComplete,
    note: row.note,
    source_ids: row.sources,
  }));
  return csvResponse(request, 'boligatlas-list-memberships.csv', columns, rows);
}
