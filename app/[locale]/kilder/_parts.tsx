/** What /kilder and /kilder/[kind] share: the kinds and their paths, and a source's entry with what cites it. */
import { Fragment, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { SourceWithCitations } from '@/db/queries/sources';
import { Link } from '@/app/_i18n/navigation';
import { useLabels } from '@/app/_components/labels';

/** The kinds of source, in the order the page shows them (headings in the messages, `sourcesPage.kind`). */
export const kinds = ['official_list', 'law', 'ministry', 'municipality', 'housing_organisation', 'report', 'news', 'court', 'encyclopedia', 'gazetteer', 'other'] as const;

/** The path segment of each kind's page: `/kilder/nyheder` (Danish, as every path). */
export const kindSlugs: Record<(typeof kinds)[number], string> = {
  official_list: 'officielle-lister',
  law: 'love',
  ministry: 'ministerier',
  municipality: 'kommuner',
  housing_organisation: 'boligorganisationer',
  report: 'rapporter',
  news: 'nyheder',
  court: 'domstole',
  encyclopedia: 'opslagsvaerker',
  gazetteer: 'stednavne',
  other: 'andre',
};

/** The kind whose page has the path segment `slug`, if any. */
export const kindOfSlug = (slug: string) => (Object.entries(kindSlugs) as [keyof typeof kindSlugs, string][]).find(([, s]) => s === slug)?.[0];

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
        <Link key={area.slug} href={`/omraader/${area.slug}`}>
          {area.name}
        </Link>
      )),
    },
    {
      label: t('citedInterventions', { count: citedBy.interventions.length }),
      items: citedBy.interventions.map((intervention) => (
        <Link key={intervention.slug} href={`/indsatser/${intervention.slug}`}>
          {l.text(intervention.title, intervention.titleEn)}
        </Link>
      )),
    },
    {
      label: t('citedLists', { count: citedBy.lists.length }),
      items: citedBy.lists.map((date) => (
        <Link key={date} href={`/lister/${date}`}>
          {l.date(date)}
        </Link>
      )),
    },
    {
      label: t('citedCriteria'),
      items: citedBy.criteria.map((era) => (
        <Link key={era.id} href={`/om#kriterier-${era.id}`}>
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

export function SourceEntry({ source }: { source: SourceWithCitations }) {
  const t = useTranslations('sourcesPage');
  const ts = useTranslations('sources');
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
        {source.origin !== 'primary' ? <span className="tag origin">{ts(`origin.${source.origin}`)}</span> : null}
      </div>
      <CitedBy citedBy={source.citedBy} />
    </li>
  );
}
