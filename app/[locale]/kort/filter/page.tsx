import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { alternatesFor } from '@/app/_components/page-meta';
import { toUrlSearchParams } from '@/app/_components/search-params';
import { KortPage } from '../kort-page';

type Params = { params: Promise<{ locale: string }> };
type Props = Params & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'mapPage' });
  // A year, filter, view or table page of /kort: the canonical page is the map itself.
  return { title: t('title'), description: t('description'), alternates: alternatesFor('/kort', locale) };
}

/**
 * The map page for a query, rendered per request. Users reach it at /kort?…: next.config.ts
 * rewrites every URL of the map with a known query key here.
 */
export default async function FilteredMapPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <KortPage params={toUrlSearchParams(await searchParams)} />;
}
