/**
 * English path names under /en (issue 17): `/omraader/vollsmose` is `/en/areas/vollsmose`. The
 * pages live once, in app/[locale]/<Danish name>; next.config.ts rewrites each English path to its
 * Danish twin and redirects the Danish-named /en paths to the English ones, from the table here.
 * Pure functions, used by links, the language switch, alternates and the config alike.
 */
export const englishSegments = {
  omraader: 'areas',
  indsatser: 'interventions',
  lister: 'lists',
  kort: 'map',
  sammenlign: 'compare',
  soeg: 'search',
  kilder: 'sources',
  om: 'about',
  udviklingsplaner: 'development-plans',
} as const;

const danishOf = new Map<string, string>(Object.entries(englishSegments).map(([da, en]) => [en, da]));

/** Splits `/a/b?x=1#y` into the path and what follows it. */
function split(href: string): [string, string] {
  const at = href.search(/[?#]/);
  return at < 0 ? [href, ''] : [href.slice(0, at), href.slice(at)];
}

/**
 * The URL of a site path (Danish, without locale: `/omraader/vollsmose?x=1`) in `locale`:
 * unchanged for Danish, `/en/areas/vollsmose?x=1` for English. Other hrefs pass through.
 */
export function localizePath(href: string, locale: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  if (locale === 'da') return href;
  const [path, rest] = split(href);
  const [, first = '', ...tail] = path.split('/');
  const segment = (englishSegments as Record<string, string>)[first] ?? first;
  const english = ['', segment, ...tail].join('/');
  return `/${locale}${english === '/' ? '' : english}${rest}`;
}

/** The Danish site path of a path seen under /en without its prefix (`/areas/vollsmose` → `/omraader/vollsmose`). */
export function danishPath(path: string): string {
  const [pathname, rest] = split(path);
  const [, first = '', ...tail] = pathname.split('/');
  const segment = danishOf.get(first) ?? first;
  return `${['', segment, ...tail].join('/')}${rest}`;
}

/** The rewrites that serve each English path from its Danish page (next.config.ts). */
export function englishRewrites() {
  return Object.entries(englishSegments).flatMap(([da, en]) => [
    { source: `/en/${en}`, destination: `/en/${da}` },
    { source: `/en/${en}/:path*`, destination: `/en/${da}/:path*` },
  ]);
}

/** The permanent redirects from the Danish-named /en paths to the English ones (next.config.ts). */
export function englishRedirects() {
  return Object.entries(englishSegments).flatMap(([da, en]) => [
    { source: `/en/${da}`, destination: `/en/${en}`, permanent: true },
    { source: `/en/${da}/:path*`, destination: `/en/${en}/:path*`, permanent: true },
  ]);
}

/**
 * The rewrites that keep a catalogue's bare URL prerendered (issue 18): a URL of the catalogue
 * carrying any of its query keys (a filter, sort, page or size) is served by the dynamic twin at
 * `<path>/filter`, in either language; the bare URL stays the static default view.
 */
export function catalogueRewrites(catalogues: readonly { path: string; keys: readonly string[] }[]) {
  return catalogues.flatMap(({ path, keys }) => {
    const english = localizePath(path, 'en');
    return keys.flatMap((key) => {
      const has = [{ type: 'query' as const, key }];
      return [
        { source: path, has, destination: `/da${path}/filter` },
        { source: english, has, destination: `/en${path}/filter` },
      ];
    });
  });
}
