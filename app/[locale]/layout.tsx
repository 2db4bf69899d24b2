import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/app/_i18n/routing';
import { SiteFooter } from '@/app/_components/site-footer';
import { SiteHeader } from '@/app/_components/site-header';
import '../globals.css';
import { siteUrl } from '@/db/queries/meta';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/** The message namespaces client components use (search box, language switch, map, map page and its pagers, cite block). */
const clientNamespaces = ['search', 'nav', 'map', 'mapPage', 'pager', 'labels', 'cite'];

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'site' });
  // Canonical and hreflang links are absolute URLs on the site's origin (BOLIGATLAS_SITE_URL).
  return { metadataBase: new URL(siteUrl()), title: { default: 'Boligatlas', template: '%s · Boligatlas' }, description: t('description') };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'site' });
  const messages = await getMessages();
  // Only what client components translate goes to the browser, not every page's text.
  const clientMessages = Object.fromEntries(clientNamespaces.map((namespace) => [namespace, messages[namespace]]));
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider messages={clientMessages}>
          <a className="skip-link" href="#indhold">
            {t('skip')}
          </a>
          <SiteHeader />
          <main id="indhold">{children}</main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
