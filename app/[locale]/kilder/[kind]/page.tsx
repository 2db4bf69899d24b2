import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { sourceIdsByKind } from '@/db/queries/sources';
import { alternatesFor } from '@/app/_components/page-meta';
import { kindOfSlug, kindSlugs } from '../_parts';
import { SourceKindCatalogue } from './catalogue';

export const dynamicParams = false;

export function generateStaticParams() {
  const byKind = sourceIdsByKind();
  return Object.entries(kindSlugs)
    .filter(([kind]) => byKind.has(kind))
    .map(([, slug]) => ({ kind: slug }));
}

type Props = { params: Promise<{ locale: string; kind: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, kind: slug } = await params;
  const kind = kindOfSlug(slug);
  if (!kind) return {};
  const t = await getTranslations({ locale, namespace: 'sourcesPage' });
  // Later pages (the dynamic twin) share this canonical: the kind's page itself.
  return { title: `${t('title')}: ${t(`kind.${kind}`)}`, alternates: alternatesFor(`/kilder/${slug}`, locale) };
}

/** The first page of the sources of one kind, prerendered; a query is rewritten to ./filter (next.config.ts). */
export default async function SourceKindPage({ params }: Props) {
  const { locale, kind } = await params;
  setRequestLocale(locale);
  return <SourceKindCatalogue slug={kind} params={new URLSearchParams()} />;
}
