import type { Metadata } from 'next';
import NextLink from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getSourceCounts } from '@/db/queries/sources';
import { Link } from '@/app/_i18n/navigation';
import { getLabels } from '@/app/_components/labels';
import { alternatesFor } from '@/app/_components/page-meta';
import { kinds, kindSlugs } from './_parts';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'sourcesPage' });
  return { title: t('title'), description: t('description'), alternates: alternatesFor('/kilder', locale) };
}

/** The bibliography's front page: how many sources of each kind and origin, each kind on a page of its own. */
export default async function SourcesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('sourcesPage');
  const ts = await getTranslations('sources');
  const l = await getLabels();
  const counts = getSourceCounts();
  const groups = kinds.map((kind) => ({ kind, slug: kindSlugs[kind], count: counts.byKind.get(kind) ?? 0 })).filter((group) => group.count > 0);
  const origins = (['primary', 'mirror', 're-host'] as const).map((origin) => ({ origin, count: counts.byOrigin[origin] }));

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead', { count: l.number(counts.total) })}</p>
      <p>
        {t.rich('intro', { used: l.number(counts.used), code: (chunks) => <code>{chunks}</code>, method: (chunks) => <Link href="/om">{chunks}</Link> })}{' '}
        <NextLink href="/api/sources" prefetch={false}>
          {t('json')}
        </NextLink>
        .
      </p>

      <nav aria-labelledby="kildetyper">
        <h2 id="kildetyper">{t('kinds')}</h2>
        <ul className="ways-in">
          {groups.map((group) => (
            <li key={group.kind}>
              <Link href={`/kilder/${group.slug}`}>{t(`kind.${group.kind}`)}</Link> ({l.number(group.count)})
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="oprindelse">
        <h2 id="oprindelse">{t('originHeading')}</h2>
        <p>{t('originIntro')}</p>
        <ul>
          {origins.map(({ origin, count }) => (
            <li key={origin}>
              {ts(`origin.${origin}`)}: {l.number(count)}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
