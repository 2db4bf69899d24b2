import { getList, listListDates } from '@/db/queries/lists';
import { apiError, apiJson } from '@/app/api/_lib/respond';

export const dynamic = 'force-static';
// Unknown dates fall through to the handler, which answers with the JSON error shape.
export const dynamicParams = true;

export function generateStaticParams() {
  return listListDates().map((date) => ({ date }));
}

/** GET /api/lists/{date}: one list (DESIGN §5): per category the published total, completeness and area slugs. */
export async function GET(_request: Request, { params }: { params: Promise<{ date: string }> }) {
  const { date } = await params;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return apiError(400, `parameter "date" must be YYYY-MM-DD, got "${date}"`);
  const list = getList(date);
  if (!list) return apiError(404, `no list dated "${date}"`);
  const { bibliography, ...rest } = list;
  return apiJson({
    ...rest,
    categories: list.categories.map((category) => ({ ...category, areaSlugs: category.areas.map((area) => area.slug) })),
    sources: bibliography,
  });
}
