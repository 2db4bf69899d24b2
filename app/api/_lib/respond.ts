import { getDataVersion } from '@/db/queries/meta';

/** A JSON API response carrying the data version (issue: every response says which data it is). */
export function apiJson(body: Record<string, unknown>, init?: ResponseInit): Response {
  const { version, builtAt } = getDataVersion();
  return Response.json({ dataVersion: version, builtAt, ...body }, init);
}

/** The one error shape of the API: `{"error": {"status", "message"}}`. */
export function apiError(status: number, message: string): Response {
  return Response.json({ error: { status, message } }, { status });
}
