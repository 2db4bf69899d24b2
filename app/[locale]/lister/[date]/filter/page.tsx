import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getListPage } from '@/db/queries/lists';
import { getLabels } from '@/app/_components/labels';
import { alternatesFor } from '@/app/_components/page-meta';
import { ListView } from '../list-view';

type Params = { params: Promise<{ date: string; locale: string }> };
type Props = Params & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { date, locale } = await params;
  const t = await getTranslations({ locale, namespace: 'list' });
  const l = await getLabels(locale);
  // A later page of a list: the canonical page is the list itself.
  return { title: t('title', { date: l.date(date) }), alternates: alternatesFor(`/lister/${date}`, locale) };
}

/** A later page of a list (`/lister/<date>?page=N`, rewritten here by next.config.ts), rendered per request. */
export default async function ListPageTwin({ params, searchParams }: Props) {
  const { date, locale } = await params;
  setRequestLocale(locale);
  const page = Number((await searchParams).page);
  const list = getListPage(date, Number.isFinite(page) ? page : 1);
  if (!list) notFound();
  return <ListView list={list} locale={locale} />;
}
