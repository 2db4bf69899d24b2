import { NextResponse, type NextRequest } from 'next/server';

/**
 * The prerendered (static) API endpoints, which take no query parameters: a static route never
 * sees its query, so this refuses one here, in the API's error shape, instead of ignoring it
 * (every filter works or is refused with a 400 naming it).
 */
export const staticEndpoints = [
  '/api/lists',
  '/api/sources',
  '/api/progress',
  '/api/openapi.json',
  '/api/interventions.geojson',
  '/api/municipalities.geojson',
  '/api/boundaries.geojson',
  '/data/boligatlas.sqlite',
  '/data/boligatlas-csv.zip',
] as const;

const badRequest = (message: string) => NextResponse.json({ error: { status: 400, message } }, { status: 400 });

/**
 * Answers a path that is not valid percent-encoding (`/api/areas/%zz`) with a 400 in the API's
 * error shape (Next.js itself would answer 500 before any route runs), and a query parameter on a
 * static endpoint with a 400 naming it. Nothing else is touched: no rewrite, no headers.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return badRequest('the path is not valid percent-encoding');
  }
  if ((staticEndpoints as readonly string[]).includes(request.nextUrl.pathname)) {
    const [key] = request.nextUrl.searchParams.keys();
    if (key !== undefined) return badRequest(`unknown parameter "${key.slice(0, 60)}" (this endpoint takes no parameters)`);
  }
  return NextResponse.next();
}

export const config = {
  // Paths that contain a percent sign, and the static endpoints (Next reads this as a literal, so the list
  // above stands here again; app/api/_lib/proxy.test.ts keeps the two equal). Every other request goes
  // straight to its page or route.
  matcher: [
    '/(.*%.*)',
    '/api/lists',
    '/api/sources',
    '/api/progress',
    '/api/openapi.json',
    '/api/interventions.geojson',
    '/api/municipalities.geojson',
    '/api/boundaries.geojson',
    '/data/boligatlas.sqlite',
    '/data/boligatlas-csv.zip',
  ],
};
