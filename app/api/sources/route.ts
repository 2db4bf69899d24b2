import { listSourcesWithCitations } from '@/db/queries/sources';
import { apiJson } from '@/app/api/_lib/respond';

export const dynamic = 'force-static';

/** GET /api/sources: the bibliography, each source with the areas, interventions and lists citing it. */
export function GET() {
  return apiJson({ sources: listSourcesWithCitations() });
}
