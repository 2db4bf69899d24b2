/** Every public route (Danish paths; English under /en via `inLocale`), for the a11y and phone checks. */
export const publicRoutes = [
  '/',
  '/omraader',
  '/omraader/urbanplanen',
  '/indsatser',
  '/indsatser/overblik',
  '/indsatser/vollsmose-udviklingsplan',
  '/lister',
  '/lister/2018-12-01',
  '/udviklingsplaner',
  '/kort',
  '/soeg?q=gellerup',
  '/sammenlign?omraader=gellerupparken-toveshoej,vollsmose',
  '/kilder',
  '/kilder/nyheder',
  '/om',
  '/api',
];

/** A route under a locale prefix (`''` or `/en`); the Danish-named /en paths redirect to English ones. */
export const inLocale = (locale: string, route: string) => `${locale}${route === '/' && locale ? '' : route}`;
