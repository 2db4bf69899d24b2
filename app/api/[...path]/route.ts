import { apiError } from '@/app/api/_lib/respond';

/** Any API path that does not exist answers with the API's JSON error shape, not an HTML page. */
function notFound(request: Request) {
  return apiError(404, `no such endpoint: ${new URL(request.url).pathname}`);
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as DELETE, notFound as PATCH };
