import { getIntervention, listInterventionSlugs, toInterventionApi } from '@/db/queries/interventions';
import { apiError, apiJson } from '@/app/api/_lib/respond';

export const dynamic = 'force-static';
// Unknown slugs fall through to the handler, which answers with the JSON error shape.
export const dynamicParams = true;

export function generateStaticParams() {
  return listInterventionSlugs().map((slug) => ({ slug }));
}

/** GET /api/interventions/{slug}: one intervention with its areas, relations, quantities and sources. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const intervention = getIntervention(slug);
  if (!intervention) return apiError(404, `no intervention with slug "${slug}"`);
  return apiJson({ ...toInterventionApi(intervention), sources: intervention.bibliography });
}
