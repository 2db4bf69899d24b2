import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { listSourcesWithCitations } from '@/db/queries/sources';
import { Link } from '@/app/_i18n/navigation';
import { getLabels } from '@/app/_components/labels';
import { alternatesFor } from '@/app/_components/page-meta';
import { kindSlugs, SourceEntry, sourcesByKind } from '../_parts';

export const dynamicParams = false;

export function generateStaticParams() {
  return sourcesByKind(listSourcesWithCitations()).map((group) => ({ kind: group.slug }));
}

type Props = { params: Promise<{ locale: string; kind: string }> };

const kindOfSlug = (slug: string) => (Object.entries(kindSlugs) as [keyof typeof kindSlugs, string][]).find(([, s]) => s === slug)?.[0];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, kind: slug } = await params;
  const kind = kindOfSlug(slug);
  if (!kind) return {};
  const t = await getTranslations({ locale, namespace: 'sourcesPage' });
  return { title: `${t('title')}: ${t(`kind.${kind}`)}`, alternates: alternatesFor(`/kilder/${slug}`, locale) };
}

/** The sources of one kind, each with what cites it; each source has its own address (`#kilde-…`). */
export default async function SourceKindPage({ params }: Props) {
  const { locale, kind: slug } = await params;
  setRequestLocale(locale);
  const kind = kindOfSlug(slug);
  if (!kind) notFound();
  const t = await getTranslations('sourcesPage');
  const l = await getLabels();
  const sources = listSourcesWithCitations().filter((source) => source.kind === kind);
  return (
    <>
      <p className="breadcrumb">
        <Link href="/kilder">{t('title')}</Link> › {t(`kind.${kind}`)}
      </p>
      <h1>
        {t(`kind.${kind}`)} ({l.number(sources.length)})
      </h1>
      <ul className="bibliography">
        {sources.map((source) => (
          <SourceEntry key={source.id} source={source} />
        ))}
      </ul>
    </>
  );
}
