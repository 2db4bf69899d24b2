import { getArea, listAreaSlugs, toAreaApi } from '@/db/queries/areas';
import { apiError, apiJson } from '@/app/api/_lib/respond';

export const dynamic = 'force-static';
// Unknown slugs fall through to the handler, which answers with the JSON error shape.
export const dynamicParams = true;

export function generateStaticParams() {
  return listAreaSlugs().map((slug) => ({ slug }));
}

/** GET /api/areas/{slug}: one area's full profile with its sources. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const area = getArea(slug);
  if (!area) return apiError(404, `no area with slug "${slug}"`);
  return apiJson(toAreaApi(area));
}
