import { defineRouting } from 'next-intl/routing';

/**
 * Danish at the root (`/omraader`), English under `/en` (`/en/omraader`): page paths stay Danish
 * in both (STYLE: Danish paths), only the interface changes. No redirects by browser language: a
 * link always shows what it says.
 */
export const routing = defineRouting({
  locales: ['da', 'en'],
  defaultLocale: 'da',
  localePrefix: 'as-needed',
  localeDetection: false,
});

export type Locale = (typeof routing.locales)[number];
