import type { Metadata } from 'next';
import { StatusText } from '@/app/_components/status-text';
import NextLink from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_i18n/navigation';
import { getIntervention, listInterventionSlugs } from '@/db/queries/interventions';
import { getDataVersion } from '@/db/queries/meta';
import { citationMeta } from '@/app/_components/citation-meta';
import { CiteThis } from '@/app/_components/cite-this';
import { QuantitiesTable, RelationList } from '@/app/_components/intervention-card';
import { MiniMap } from '@/app/_components/mini-map';
import { getLabels } from '@/app/_components/labels';
import { alternatesFor } from '@/app/_components/page-meta';
import { CitedParagraph, Bibliography, footnoteIndex, Footnotes, SourceRefs } from '@/app/_components/source-refs';

export const dynamicParams = false;

export function generateStaticParams() {
  return listInterventionSlugs().map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale } = await params;
  const intervention = getIntervention(slug);
  if (!intervention) return {};
  const { version, builtAt } = getDataVersion();
  const l = await getLabels(locale);
  const title = l.text(intervention.title, intervention.titleEn);
  return {
    title,
    description: l.textOrNull(intervention.description?.text, intervention.description?.textEn) ?? undefined,
    alternates: alternatesFor(`/indsatser/${intervention.slug}`, locale),
    other: citationMeta(title, `/indsatser/${intervention.slug}`, version, builtAt),
  };
}

export default async function InterventionPage({ params }: Props) {
  const { slug, locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('interventionPage');
  const l = await getLabels();
  const unknown = <span className="unknown">{t('unknown')}</span>;
  const intervention = getIntervention(slug);
  if (!intervention) notFound();
  const index = footnoteIndex(intervention.bibliography);
  const { status } = intervention;
  const plannedEnd = intervention.end && status.value !== 'completed';

  return (
    <Footnotes index={index}>
      <article className="intervention-page">
        <p className="breadcrumb">
          <Link href="/indsatser">{t('breadcrumb')}</Link> › {l.text(intervention.title, intervention.titleEn)}
        </p>
        <h1>
          {l.text(intervention.title, intervention.titleEn)}
          <SourceRefs ids={intervention.recordSources} index={index} />
        </h1>
        <p className="lead">
          {l.kindOne(intervention.kind)}: {l.interventionCategory(intervention.category)}
        </p>
        <CitedParagraph value={intervention.description} index={index} />

        <section aria-labelledby="fakta">
          <h2 id="fakta">{t('facts')}</h2>
          <dl className="facts">
            <dt>{t('status')}</dt>
            <dd>
              <StatusText status={status} />
              <SourceRefs ids={status.sources} index={index} />
            </dd>
            <dt>{t('start')}</dt>
            <dd>
              {intervention.start ? (
                <>
                  {l.date(intervention.start.date)}
                  <SourceRefs ids={intervention.start.sources} index={index} />
                </>
              ) : (
                unknown
              )}
            </dd>
            <dt>{plannedEnd ? t('plannedEnd') : t('end')}</dt>
            <dd>
              {intervention.end ? (
                <>
                  {l.date(intervention.end.date)}
                  <SourceRefs ids={intervention.end.sources} index={index} />
                </>
              ) : (
                unknown
              )}
            </dd>
            <dt>{t('areas')}</dt>
            <dd>
              {intervention.areaRefs.length === 0 ? (
                t('nationwide')
              ) : (
                <ul className="plain">
                  {intervention.areaRefs.map((area) => (
                    <li key={area.slug}>
                      <Link href={`/omraader/${area.slug}`}>{area.name}</Link> ({area.municipality})
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>{t('actors')}</dt>
            <dd>
              {intervention.actors.length === 0 ? (
                unknown
              ) : (
                <ul className="plain">
                  {intervention.actors.map((actor, i) => (
                    <li key={i}>
                      <span lang="da">{actor.name}</span> ({l.actorRole(actor.role)})
                      <SourceRefs ids={actor.sources} index={index} />
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>{t('location')}</dt>
            <dd>
              {intervention.location ? (
                <>
                  {t('coordinates', { lat: intervention.location.lat.toFixed(5), lon: intervention.location.lon.toFixed(5) })}
                  <SourceRefs ids={intervention.location.sources} index={index} />
                </>
              ) : (
                <span className="unknown">{t('noLocation')}</span>
              )}
            </dd>
          </dl>
        </section>

        {intervention.location ? (
          <section aria-labelledby="kort">
            <h2 id="kort">{t('map')}</h2>
            <MiniMap lat={intervention.location.lat} lon={intervention.location.lon} label={l.text(intervention.title, intervention.titleEn)} />
          </section>
        ) : intervention.placedAt ? (
          <section aria-labelledby="kort">
            <h2 id="kort">{t('map')}</h2>
            <p>{t('mapShowsArea', { name: intervention.placedAt.name })}</p>
            <MiniMap
              lat={intervention.placedAt.location.lat}
              lon={intervention.placedAt.location.lon}
              label={intervention.placedAt.name}
              precision={intervention.placedAt.location.precision}
              place={intervention.placedAt.location.place}
            />
          </section>
        ) : null}

        <section aria-labelledby="omfang">
          <h2 id="omfang">{t('quantities')}</h2>
          {intervention.quantities.length === 0 ? (
            <p>{t('noQuantities')}</p>
          ) : (
            <>
              <p>{t('quantitiesNote')}</p>
              <QuantitiesTable quantities={[...intervention.quantities].sort((a, b) => a.asOf - b.asOf)} index={index} />
            </>
          )}
        </section>

        <section aria-labelledby="relationer">
          <h2 id="relationer">{t('relations')}</h2>
          {intervention.relations.length === 0 ? (
            <p>{t('noRelations')}</p>
          ) : (
            <RelationList relations={intervention.relations} index={index} />
          )}
        </section>

        <CiteThis title={l.text(intervention.title, intervention.titleEn)} kind={t('citeKind')} path={`/indsatser/${intervention.slug}`} {...getDataVersion()} />

        <section aria-labelledby="kilder">
          <h2 id="kilder">{t('sources')}</h2>
          <Bibliography sources={intervention.bibliography} />
          <p>
            <NextLink href={`/api/interventions/${intervention.slug}`} prefetch={false}>
              {t('json')}
            </NextLink>
          </p>
        </section>
      </article>
    </Footnotes>
  );
}
