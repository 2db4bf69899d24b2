import { listSourcesWithCitations } from '@/db/queries/sources';
import { apiJson } from '@/app/api/_lib/respond';
import type { Body, SourcesApi } from '@/app/api/_lib/contract';

export const dynamic = 'force-static';

/** GET /api/sources: the bibliography, each source with the areas, interventions and lists citing it (parameters are refused in proxy.ts). */
export function GET() {
  const body: Body<SourcesApi> = { sources: listSourcesWithCitations() };
  return apiJson(body);
}
