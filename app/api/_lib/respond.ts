import { getDataVersion } from '@/db/queries/meta';

/** A JSON API response carrying the data version (issue: every response says which data it is). */
export function apiJson(body: object, init?: ResponseInit): Response {
  const { version, builtAt } = getDataVersion();
  return Response.json({ dataVersion: version, builtAt, ...body }, init);
}

/**
 * Serialised bodies of the heaviest list endpoints, per data version and filter. A body depends
 * on nothing else (the database is read-only), and `/api/interventions?kind=physical` is 460 kB
 * that took 36 ms to build and serialise each time: under 50 connections the requests queued past
 * the load test's 10 s timeout (docs/performance.md, Session 10). Least recently used entries go
 * first; a body over `maxChars` is not kept, so the cache stays small at any size of data.
 */
export class BodyCache {
  private readonly bodies = new Map<string, string>();

  constructor(
    private readonly maxEntries = 64,
    private readonly maxChars = 4_000_000,
  ) {}

  get(version: string, key: string, build: () => string): string {
    const id = `${version}\n${key}`;
    const kept = this.bodies.get(id);
    if (kept !== undefined) {
      this.bodies.delete(id);
      this.bodies.set(id, kept);
      return kept;
    }
    const body = build();
    if (body.length <= this.maxChars) {
      this.bodies.set(id, body);
      if (this.bodies.size > this.maxEntries) this.bodies.delete(this.bodies.keys().next().value!);
    }
    return body;
  }

  get size(): number {
    return this.bodies.size;
  }
}

const listBodies = new BodyCache();

/**
 * apiJson for a list endpoint whose body is a function of its (parsed, normalised) filter alone:
 * built once per data version and filter, then answered from the kept text.
 */
export function apiJsonPerFilter(endpoint: string, filter: object, build: () => object): Response {
  const { version, builtAt } = getDataVersion();
  const body = listBodies.get(version, `${endpoint} ${JSON.stringify(filter)}`, () => JSON.stringify({ dataVersion: version, builtAt, ...build() }));
  return new Response(body, { headers: { 'content-type': 'application/json' } });
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
