import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { alternatesFor } from '@/app/_components/page-meta';
import { AreaCatalogue } from './catalogue';

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'areas' });
  return { title: t('title'), description: t('description'), alternates: alternatesFor('/omraader', locale) };
}

/**
 * The area catalogue's default view, prerendered: first page, by name. A URL with a query is
 * rewritten to ./filter (next.config.ts), so this page never reads the query and stays static.
 */
export default async function AreasPage({ params }: Params) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <AreaCatalogue params={new URLSearchParams()} />;
}
