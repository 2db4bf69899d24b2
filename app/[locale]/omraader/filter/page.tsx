import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { alternatesFor } from '@/app/_components/page-meta';
import { toUrlSearchParams } from '@/app/_components/search-params';
import { AreaCatalogue } from '../catalogue';

type Params = { params: Promise<{ locale: string }> };
type Props = Params & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'areas' });
  // A filtered, sorted or later page of /omraader: the canonical page is the catalogue itself.
  return { title: t('title'), description: t('description'), alternates: alternatesFor('/omraader', locale) };
}

/**
 * The area catalogue for a query (filters, sort, page, size), rendered per request. Users reach it
 * at /omraader?…: next.config.ts rewrites every URL of the catalogue with a known query key here.
 */
export default async function FilteredAreasPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <AreaCatalogue params={toUrlSearchParams(await searchParams)} />;
}
