import { listLists } from '@/db/queries/lists';
import { apiError } from '@/app/api/_lib/respond';
import { checkCsvOptions, csvResponse } from '@/app/api/_lib/csv';

const columns = ['date', 'title', 'criteria', 'category', 'published_total', 'names_found', 'complete'] as const;

/** GET /api/lists.csv: one row per list and category, with the published total and how many names we have. */
export function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  for (const key of new Set(params.keys())) if (key !== 'bom') return apiError(400, `unknown parameter "${key.slice(0, 60)}" (expected bom)`);
  const optionError = checkCsvOptions(params);
  if (optionError) return apiError(400, optionError);
  const rows = listLists().flatMap((list) =>
    list.categories.map((category) => ({
      date: list.date,
      title: list.title,
      criteria: list.criteriaEra,
      category: category.code,
      published_total: category.publishedTotal,
      names_found: category.named,
      complete: category.complete,
    })),
  );
  return csvResponse(request, 'boligatlas-lists.csv', columns, rows);
}
