import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { catalogueRewrites, englishRedirects, englishRewrites } from './app/_i18n/paths';
import { areaFilterKeys, interventionFilterKeys, mapStateKeys, pageOnlyKeys, pageOptionKeys, sourceFocusKey } from './db/queries/filters';

// Messages are precompiled at build (next-intl's catalog loader), so browsers get formatting
// functions instead of the ICU parser (issue 18). A template a client component fills in itself is
// formatted on the server with its placeholders as values (`t('chosen', { count: '{count}' })`).
const withNextIntl = createNextIntlPlugin({
  requestConfig: './app/_i18n/request.ts',
  experimental: { messages: { path: './app/_i18n/messages', format: 'json', locales: 'infer', precompile: true } },
});

/** Security headers for every response; the CSP allows only our own origin plus the map tiles. */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "font-src 'self' data: https:",
  "connect-src 'self' https:",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Source maps for the browser bundles: an open project's code stays readable in devtools (Lighthouse: valid-source-maps).
  productionBrowserSourceMaps: true,
  serverExternalPackages: ['better-sqlite3'],
  // Danish pages live at the root (`/omraader`), English ones under `/en`. The App Router keeps both
  // in app/[locale]; this maps root paths to the Danish tree. A rewrite in next.config rather than in
  // middleware: Next 16's middleware rewrites surface as 307 loops (vercel/next.js#94342), and this
  // way no code runs per request in front of the prerendered pages.
  // English paths (`/en/areas`) are served by the Danish-named pages; the Danish-named /en paths
  // redirect to them (app/_i18n/paths.ts, issue 17).
  async redirects() {
    return englishRedirects();
  },
  async rewrites() {
    return {
      beforeFiles: [
        // First: a catalogue URL with a query goes to its dynamic twin, the bare URL stays prerendered.
        ...catalogueRewrites([
          { path: '/indsatser', keys: [...interventionFilterKeys, ...pageOptionKeys] },
          { path: '/omraader', keys: [...areaFilterKeys, ...pageOptionKeys] },
          { path: '/kilder/:kind', keys: [...pageOnlyKeys, sourceFocusKey] },
          { path: '/kort', keys: mapStateKeys },
          { path: '/lister/:date', keys: ['page'] },
        ]),
        ...englishRewrites(),
        { source: '/', destination: '/da' },
        { source: '/:path((?!en(?:/|$)|da(?:/|$)|api/|data/|_next/)(?!.*\\.).*)', destination: '/da/:path' },
      ],
    };
  },
  async headers() {
    return [
      // Every URL but the hashed assets under /_next/static names no data version, so a shared cache
      // may keep it only briefly and must revalidate (pages carry ETags); the hashed assets stay immutable
      // (Next sets that itself). HSTS only where the request came over HTTPS (behind a proxy that says so).
      {
        source: '/:path((?!_next/static/).*)',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=0, s-maxage=300, must-revalidate' }],
      },
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }],
      },
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: contentSecurityPolicy },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
