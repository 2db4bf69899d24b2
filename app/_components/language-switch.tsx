'use client';

import NextLink from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { usePathname as useNextPathname } from 'next/navigation';
import { danishPath, localizePath } from '@/app/_i18n/paths';

/** The Danish site path of the page being shown, whatever its language (`/en/areas/x` → `/omraader/x`). */
function usePathname(): string {
  const pathname = useNextPathname() ?? '/';
  const withoutLocale = pathname.replace(/^\/(en|da)(?=\/|$)/, '') || '/';
  return pathname.startsWith('/en') ? danishPath(withoutLocale) : withoutLocale;
}

/**
 * Links to the same page in the other language. The href is built by hand: next-intl would write
 * the default locale's prefix (`/da/…`) to set a cookie through middleware, which this site does
 * not run (see next.config.ts), and Danish pages live at the root.
 */
export function LanguageSwitch() {
  const t = useTranslations('nav');
  const locale = useLocale();
  const pathname = usePathname();
  const other = locale === 'da' ? 'en' : 'da';
  const href = localizePath(pathname, other);
  return (
    <NextLink href={href} prefetch={false} hrefLang={other} lang={other} className="language-switch">
      {t('otherLanguage')}
    </NextLink>
  );
}
