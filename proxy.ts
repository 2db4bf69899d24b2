import { NextResponse, type NextRequest } from 'next/server';

/**
 * Answers a path that is not valid percent-encoding (`/api/areas/%zz`) with a 400 in the API's
 * error shape: Next.js itself would answer 500 before any route runs. Nothing else is touched —
 * no rewrite, no headers — and only paths with a `%` reach this function.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.json({ error: { status: 400, message: 'the path is not valid percent-encoding' } }, { status: 400 });
  }
}

export const config = {
  // Only paths that contain a percent sign; every other request goes straight to its page or route.
  matcher: ['/(.*%.*)'],
};
