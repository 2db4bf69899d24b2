import type { Metadata } from 'next';
import NextLink from 'next/link';
import { Fragment, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { listSourcesWithCitations, type SourceWithCitations } from '@/db/queries/sources';
import { Link } from '@/app/_i18n/navigation';
import { getLabels, useLabels } from '@/app/_components/labels';
import { alternatesFor } from '@/app/_components/page-meta';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'sourcesPage' });
  return { title: t('title'), description: t('description'), alternates: alternatesFor('/kilder', locale) };
}

/** The kinds of source, in the order the page shows them (headings in the messages, `sourcesPage.kind`). */
const kinds = ['official_list', 'law', 'ministry', 'municipality', 'housing_organisation', 'report', 'news', 'court', 'encyclopedia', 'other'];

/** `a`, `a and b`, `a, b and c`, with each item rendered as given. */
function joinItems(items: ReactNode[], and: string): ReactNode {
  return items.map((item, i) => (
    <Fragment key={i}>
      {i === 0 ? '' : i === items.length - 1 ? ` ${and} ` : ', '}
      {item}
    </Fragment>
  ));
}

function CitedBy({ citedBy }: { citedBy: SourceWithCitations['citedBy'] }) {
  const t = useTranslations('sourcesPage');
  const l = useLabels();
  const parts: { label: string; items: ReactNode[] }[] = [
    {
      label: t('citedAreas', { count: citedBy.areas.length }),
      items: citedBy.areas.map((area) => (
        <Link key={area.slug} href={`/omraader/${area.slug}`} prefetch={false}>
          {area.name}
        </Link>
      )),
    },
    {
      label: t('citedInterventions', { count: citedBy.interventions.length }),
      items: citedBy.interventions.map((intervention) => (
        <Link key={intervention.slug} href={`/indsatser/${intervention.slug}`} prefetch={false}>
          {l.text(intervention.title, intervention.titleEn)}
        </Link>
      )),
    },
    {
      label: t('citedLists', { count: citedBy.lists.length }),
      items: citedBy.lists.map((date) => (
        <Link key={date} href={`/lister/${date}`} prefetch={false}>
          {l.date(date)}
        </Link>
      )),
    },
    {
      label: t('citedCriteria'),
      items: citedBy.criteria.map((era) => (
        <Link key={era.id} href={`/om#kriterier-${era.id}`} prefetch={false}>
          {era.id}
        </Link>
      )),
    },
    {
      label: t('citedMunicipalities'),
      // Municipalities have no page of their own; a long run of names would say little.
      items:
        citedBy.municipalities.length > 3
          ? [t('municipalityCount', { count: citedBy.municipalities.length })]
          : citedBy.municipalities.map((municipality) => t('municipality', { name: municipality.name })),
    },
  ].filter((part) => part.items.length > 0);

  if (parts.length === 0) return <div className="unknown">{t('unused')}</div>;
  return (
    <div className="note">
      {t('citedBy')}{' '}
      {parts.map((part, i) => (
        <Fragment key={part.label}>
          {i === 0 ? '' : '; '}
          {part.label} {joinItems(part.items, t('and'))}
        </Fragment>
      ))}
      .
    </div>
  );
}

function SourceEntry({ source }: { source: SourceWithCitations }) {
  const t = useTranslations('sourcesPage');
  const l = useLabels();
  const foreign = source.language !== 'da';
  return (
    <li id={`kilde-${source.id}`}>
      <div>
        {source.publisher}:{' '}
        <a href={source.url} lang={foreign ? source.language : undefined} hrefLang={source.language}>
          {source.title}
        </a>
        {foreign && t.has(`language.${source.language}`) ? ` (${t(`language.${source.language}`)})` : ''}.{' '}
        {source.published ? t('published', { date: l.date(source.published) }) : t('undated')}. {t('accessed', { date: l.date(source.accessed) })}
      </div>
      <CitedBy citedBy={source.citedBy} />
    </li>
  );
}

export default async function SourcesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('sourcesPage');
  const l = await getLabels();
  const all = listSourcesWithCitations();
  const known = new Set(kinds);
  const kindHeadings = kinds.map((kind): [string, string] => [kind, t(`kind.${kind}`)]);
  // A kind the headings do not know still gets a section (under its code) rather than vanishing.
  const extra = [...new Set(all.map((source) => source.kind).filter((kind) => !known.has(kind)))];
  const groups = [...kindHeadings, ...extra.map((kind): [string, string] => [kind, kind])]
    .map(([kind, heading]) => ({ kind, heading, sources: all.filter((source) => source.kind === kind) }))
    .filter((group) => group.sources.length > 0);
  const used = all.filter((source) => source.factCount > 0).length;

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead', { count: l.number(all.length) })}</p>
      <p>
        {t.rich('intro', { used: l.number(used), code: (chunks) => <code>{chunks}</code>, method: (chunks) => <Link href="/om">{chunks}</Link> })}{' '}
        <NextLink href="/api/sources" prefetch={false}>
          {t('json')}
        </NextLink>
        .
      </p>

      <nav aria-labelledby="kildetyper">
        <h2 id="kildetyper">{t('kinds')}</h2>
        <ul>
          {groups.map((group) => (
            <li key={group.kind}>
              <a href={`#kildetype-${group.kind}`}>{group.heading}</a> ({l.number(group.sources.length)})
            </li>
          ))}
        </ul>
      </nav>

      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`kildetype-${group.kind}`}>
          <h2 id={`kildetype-${group.kind}`}>
            {group.heading} ({l.number(group.sources.length)})
          </h2>
          <ul className="bibliography">
            {group.sources.map((source) => (
              <SourceEntry key={source.id} source={source} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
