import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getListPage, listListDates } from '@/db/queries/lists';
import { getLabels } from '@/app/_components/labels';
import { alternatesFor } from '@/app/_components/page-meta';
import { getDataVersion } from '@/db/queries/meta';
import { citationMeta } from '@/app/_components/citation-meta';
import { ListView } from './list-view';

export const dynamicParams = false;

export function generateStaticParams() {
  return listListDates().map((date) => ({ date }));
}

type Props = { params: Promise<{ date: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { date, locale } = await params;
  const t = await getTranslations({ locale, namespace: 'list' });
  const l = await getLabels(locale);
  const { version, builtAt } = getDataVersion();
  return {
    title: t('title', { date: l.date(date) }),
    alternates: alternatesFor(`/lister/${date}`, locale),
    other: citationMeta(t('citeTitle', { date: l.date(date) }), `/lister/${date}`, version, builtAt),
  };
}

/** A list's first page, prerendered; `?page=N` is rewritten to ./filter (next.config.ts). */
export default async function ListPageRoute({ params }: Props) {
  const { date, locale } = await params;
  setRequestLocale(locale);
  const list = getListPage(date, 1);
  if (!list) notFound();
  return <ListView list={list} locale={locale} />;
}
