import { getDataVersion } from '@/db/queries/meta';

/** A JSON API response carrying the data version (issue: every response says which data it is). */
export function apiJson(body: object, init?: ResponseInit): Response {
  const { version, builtAt } = getDataVersion();
  return Response.json({ dataVersion: version, builtAt, ...body }, init);
}

/** The one error shape of the API: `{"error": {"status", "message"}}`. */
export function apiError(status: number, message: string): Response {
  return Response.json({ error: { status, message } }, { status });
}

/** The 400 for the first query parameter an endpoint does not take, or null when all are known. */
export function unknownParameterMessage(params: URLSearchParams, allowed: readonly string[]): string | null {
  for (const key of new Set(params.keys())) {
    if (!allowed.includes(key)) {
      return `unknown parameter "${key.slice(0, 60)}" (${allowed.length ? `expected ${allowed.join(', ')}` : 'this endpoint takes no parameters'})`;
    }
  }
  return null;
}

/** A 400 response naming a parameter the endpoint does not take, or null: every filter works or is refused. */
export function refuseParameters(request: Request, allowed: readonly string[] = []): Response | null {
  const message = unknownParameterMessage(new URL(request.url).searchParams, allowed);
  return message ? apiError(400, message) : null;
}
