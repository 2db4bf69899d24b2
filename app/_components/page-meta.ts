import { localizePath } from '@/app/_i18n/paths';
import type { Metadata } from 'next';
import { routing } from '@/app/_i18n/routing';

/**
 * `hreflang` alternates for a page path (`/omraader/vollsmose`): Danish at the path itself,
 * English under `/en`, and the canonical URL of the page in its own language.
 */
export function alternatesFor(path: string, locale: string): NonNullable<Metadata['alternates']> {
  const localized = (l: string) => localizePath(path, l);
  return {
    canonical: localized(locale),
    languages: Object.fromEntries([...routing.locales.map((l) => [l, localized(l)]), ['x-default', path]]),
  };
}
