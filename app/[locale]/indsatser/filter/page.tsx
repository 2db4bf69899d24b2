import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { alternatesFor } from '@/app/_components/page-meta';
import { toUrlSearchParams } from '@/app/_components/search-params';
import { InterventionCatalogue } from '../catalogue';

type Params = { params: Promise<{ locale: string }> };
type Props = Params & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'catalogue' });
  // A filtered, sorted or later page of /indsatser: the canonical page is the catalogue itself.
  return { title: t('title'), description: t('description'), alternates: alternatesFor('/indsatser', locale) };
}

/**
 * The catalogue for a query (filters, sort, page, size), rendered per request. Users reach it at
 * /indsatser?…: next.config.ts rewrites every URL of the catalogue with a known query key here.
 */
export default async function FilteredInterventionsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <InterventionCatalogue params={toUrlSearchParams(await searchParams)} />;
}
