import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { alternatesFor } from '@/app/_components/page-meta';
import { KortPage } from './kort-page';

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'mapPage' });
  return { title: t('title'), description: t('description'), alternates: alternatesFor('/kort', locale) };
}

/**
 * The map's default view, prerendered: the latest year, every intervention, the first page of each
 * table. A URL with a query of the map (year, filters, view, table pages) is rewritten to ./filter
 * (next.config.ts), so this page never reads the query and stays static.
 */
export default async function MapPage({ params }: Params) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <KortPage params={new URLSearchParams()} />;
}
