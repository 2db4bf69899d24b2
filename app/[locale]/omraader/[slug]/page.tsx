import type { Metadata } from 'next';
import NextLink from 'next/link';
import { notFound } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_i18n/navigation';
import { getArea, listAreaSlugs, type AreaProfile } from '@/db/queries/areas';
import { listLists } from '@/db/queries/lists';
import { getAreaDwellingFigures } from '@/db/queries/figures';
import { listAreaPlanProgress } from '@/db/queries/progress';
import { PlanProgressTable, ProgressChart } from '@/app/_components/progress';
import { getDataVersion } from '@/db/queries/meta';
import { kindOrder } from '@/db/queries/rules';
import { citationMeta } from '@/app/_components/citation-meta';
import { CiteThis } from '@/app/_components/cite-this';
import { InterventionCard } from '@/app/_components/intervention-card';
import { AreaTimeline } from '@/app/_components/area-timeline';
import { CriteriaFigures } from '@/app/_components/criteria-figures';
import { listCriteriaEras } from '@/db/queries/sources';
import { ProfileSummary } from '@/app/_components/profile-summary';
import { FiguresNote, FiguresTable } from '@/app/_components/figures-table';
import { getLabels, useLabels } from '@/app/_components/labels';
import { alternatesFor } from '@/app/_components/page-meta';
import { CitedParagraph, Bibliography, footnoteIndex, Footnotes, SourceRefs, type FootnoteIndex } from '@/app/_components/source-refs';

export const dynamicParams = false;

export function generateStaticParams() {
  return listAreaSlugs().map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale } = await params;
  const area = getArea(slug);
  if (!area) return {};
  const { version, builtAt } = getDataVersion();
  return {
    title: area.name,
    description: (locale === 'en' ? area.summary?.textEn : null) ?? area.summary?.text,
    alternates: alternatesFor(`/omraader/${area.slug}`, locale),
    other: citationMeta(area.name, `/omraader/${area.slug}`, version, builtAt),
  };
}

function Unknown() {
  const t = useTranslations('profile');
  return <span className="unknown">{t('unknown')}</span>;
}

function Observations({ rows, unit, index }: { rows: AreaProfile['dwellings']; unit: string; index: FootnoteIndex }) {
  const l = useLabels();
  if (rows.length === 0) return <Unknown />;
  return (
    <ul className="plain">
      {rows.map((row, i) => (
        <li key={i}>
          {l.number(row.value)} {unit} ({row.year}){row.note ? ` – ${l.text(row.note, row.noteEn)}` : ''}
          <SourceRefs ids={row.sources} index={index} />
        </li>
      ))}
    </ul>
  );
}

function ListHistory({ area, index }: { area: AreaProfile; index: FootnoteIndex }) {
  const t = useTranslations('profile');
  const l = useLabels();
  const allLists = listLists();
  const statusByDate = new Map(area.statuses.map((status) => [status.date, status]));
  return (
    <div className="table-scroll">
      <table>
        <caption>{t('historyCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('historyColumns.list')}</th>
            <th scope="col">{t('historyColumns.category')}</th>
            <th scope="col">{t('historyColumns.tier')}</th>
          </tr>
        </thead>
        <tbody>
          {allLists.map((list) => {
            const status = statusByDate.get(list.date);
            return (
              <tr key={list.date}>
                <th scope="row">
                  <Link href={`/lister/${list.date}`}>{l.date(list.date)}</Link>
                </th>
                {status ? (
                  <>
                    <td>
                      <ul className="plain">
                        {status.categories.map((category) => (
                          <li key={`${category.code}-${category.via?.slug ?? ''}`}>
                            {l.category(category.code)}
                            {category.via ? (
                              <>
                                {' '}
                                ({t('via')} <Link href={`/omraader/${category.via.slug}`}>{category.via.name}</Link>)
                              </>
                            ) : null}
                            <SourceRefs ids={category.sources} index={index} />
                            {category.basis === 'derived' ? (
                              <details className="basis-derived">
                                <summary>{l.membershipBasis('derived')}</summary>
                                <span className="note">{l.textOrNull(category.derivation, category.derivationEn)}</span>
                              </details>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>{[...new Set(status.categories.map((c) => l.tier(c.tier)))].join(', ')}</td>
                  </>
                ) : (
                  <td colSpan={2}>
                    {list.complete ? (
                      t('notOnList')
                    ) : (
                      <span className="unknown">{t('notFound')}</span>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export default async function AreaPage({ params }: Props) {
  const { slug, locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('profile');
  const l = await getLabels();
  const unknown = <Unknown />;
  const area = getArea(slug);
  if (!area) notFound();
  const index = footnoteIndex(area.bibliography);
  const byKind = (kind: string) => area.interventions.filter((intervention) => intervention.kind === kind);
  const figures = getAreaDwellingFigures(area.slug);
  const plans = listAreaPlanProgress(area.slug);
  const tp = await getTranslations('progress');
  const titleOf = new Map(area.interventions.map((intervention) => [intervention.slug, l.text(intervention.title, intervention.titleEn)]));
  const hasFigures = figures.some((figure) => figure.planned || figure.completed);
  const lists = listLists().map((list) => ({ date: list.date, complete: list.complete }));
  const { version } = getDataVersion();

  return (
    <Footnotes index={index}>
      <article className="profile">
        <p className="breadcrumb">
          <Link href="/omraader">{t('breadcrumb')}</Link> › {area.name}
        </p>
        <h1>
          {area.name}
          <SourceRefs ids={area.recordSources} index={index} />
        </h1>
        <p className="lead">
          {t('typeIn', { type: l.areaType(area.type), municipality: area.municipality.name })}
          {area.partOf ? (
            <>
              , {t('partOf')} <Link href={`/omraader/${area.partOf.slug}`}>{area.partOf.name}</Link>
            </>
          ) : null}
        </p>
        <ProfileSummary area={area} plans={plans} lists={lists} index={index} />
        <CitedParagraph value={area.summary} index={index} />

        <nav aria-labelledby="paa-siden" className="page-toc">
          <h2 id="paa-siden" className="visually-hidden">
            {t('onThisPage')}
          </h2>
          <ul>
            {(
              [
                ['fakta', t('facts')],
                ...(area.location ? [['kort', t('map')]] : []),
                ['lister', t('history')],
                ['tidslinje', t('timeline')],
                ...(hasFigures ? [['tal', t('figures')]] : []),
                ['indsatser', t('interventions')],
                ['kilder', t('sources')],
                ['citer', t('cite')],
              ] as [string, string][]
            ).map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
          <p className="downloads">
            {t('download')}:{' '}
            <NextLink href={`/api/areas/${area.slug}`} prefetch={false} download={`boligatlas-${area.slug}-${version}.json`}>
              {t('json')}
            </NextLink>{' '}
            · <a href={`/api/memberships.csv?area=${area.slug}`}>{t('csvLists')}</a> ·{' '}
            <a href={`/api/interventions.csv?area=${area.slug}`}>{t('csvInterventions')}</a> ·{' '}
            <a href={`/api/quantities.csv?area=${area.slug}`}>{t('csvQuantities')}</a>
            {area.location ? (
              <>
                {' '}
                · <a href={`/api/areas.geojson?area=${area.slug}`} download={`boligatlas-${area.slug}-${version}.geojson`}>GeoJSON</a>
              </>
            ) : null}
          </p>
        </nav>

        <section aria-labelledby="fakta">
          <h2 id="fakta">{t('facts')}</h2>
          <dl className="facts">
            <dt>{t('municipality')}</dt>
            <dd>
              {area.municipality.name} ({area.municipality.code}){area.municipality.region ? `, ${t('region', { region: area.municipality.region })}` : ''}
            </dd>
            {area.town ? (
              <>
                <dt>{t('town')}</dt>
                <dd>{area.town}</dd>
              </>
            ) : null}
            {area.parts.length > 0 ? (
              <>
                <dt>{t('parts')}</dt>
                <dd>
                  <ul className="plain">
                    {area.parts.map((part) => (
                      <li key={part.slug}>
                        <Link href={`/omraader/${part.slug}`}>{part.name}</Link>
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
            <dt>{t('otherNames')}</dt>
            <dd>
              {area.aliases.length === 0 ? (
                t('noneRecorded')
              ) : (
                <ul className="plain">
                  {area.aliases.map((alias) => (
                    <li key={alias.name}>
                      {alias.name} ({l.aliasKind(alias.kind)}
                      {alias.kind === 'former_name' && alias.year !== null ? `, ${t('nameUntil', { year: alias.year })}` : ''})
                      <SourceRefs ids={alias.sources} index={index} />
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>{t('organisations')}</dt>
            <dd>
              {area.housingOrganisations.length === 0 ? (
                unknown
              ) : (
                <ul className="plain">
                  {area.housingOrganisations.map((org) => (
                    <li key={org.name}>
                      {org.name}
                      {org.departments.length > 0 ? `: ${org.departments.join(', ')}` : ''}
                      <SourceRefs ids={org.sources} index={index} />
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>{t('built')}</dt>
            <dd>
              {area.built ? (
                <>
                  {area.built.from}
                  {area.built.to !== null && area.built.to !== area.built.from ? `–${area.built.to}` : ''}
                  <SourceRefs ids={area.built.sources} index={index} />
                </>
              ) : (
                unknown
              )}
            </dd>
            <dt>{t('dwellings')}</dt>
            <dd>
              <Observations rows={area.dwellings} unit={t('dwellingsUnit')} index={index} />
            </dd>
            <dt>{t('residents')}</dt>
            <dd>
              <Observations rows={area.residents} unit={t('residentsUnit')} index={index} />
            </dd>
            <dt>{t('location')}</dt>
            <dd>
              {area.location ? (
                <>
                  {t('coordinates', { lat: area.location.lat.toFixed(5), lon: area.location.lon.toFixed(5) })}
                  <SourceRefs ids={area.location.sources} index={index} />
                  <br />
                  <span className={area.location.precision === 'area' ? undefined : 'map-approximate'}>{l.placedAt(area.location.precision, area.location.place)}</span>
                  {area.location.placeSources.length > 0 ? <SourceRefs ids={area.location.placeSources} index={index} /> : null}
                </>
              ) : (
                unknown
              )}
            </dd>
            {area.boundary ? (
              <>
                <dt>{t('boundary')}</dt>
                <dd>
                  {l.boundary(area.boundary.precision, area.boundary.place)}
                  <SourceRefs ids={area.boundary.sources} index={index} />
                  {area.boundary.placeSources.length > 0 ? <SourceRefs ids={area.boundary.placeSources} index={index} /> : null}
                </dd>
              </>
            ) : null}
            {area.links.length > 0 ? (
              <>
                <dt>{t('links')}</dt>
                <dd>
                  <ul className="plain">
                    {area.links.map((link) => (
                      <li key={link.url}>
                        <a href={link.url}>{l.text(link.label, link.labelEn)}</a>
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
          </dl>
        </section>

        <section aria-labelledby="lister">
          <h2 id="lister">{t('history')}</h2>
          <ListHistory area={area} index={index} />
          <h3 id="kriterietal">{t('criteriaFigures')}</h3>
          <CriteriaFigures statuses={area.statuses} eras={listCriteriaEras()} index={index} />
        </section>

        <section aria-labelledby="tidslinje">
          <h2 id="tidslinje">{t('timeline')}</h2>
          <AreaTimeline interventions={area.interventions} statuses={area.statuses} lists={lists} />
        </section>

        <section aria-labelledby="tal">
          <h2 id="tal">{t('figures')}</h2>
          {hasFigures ? (
            <>
              <FiguresNote />
              <FiguresTable figures={figures} caption={t('figuresCaption', { name: area.name })} index={index} />
            </>
          ) : (
            <p>{t('noFigures')}</p>
          )}
        </section>

        <section aria-labelledby="indsatser">
          <h2 id="indsatser">{t('interventions')}</h2>
          {area.interventions.length === 0 ? <p>{t('noInterventions')}</p> : null}
          {plans.length > 0 ? (
            <section aria-labelledby="udviklingsplan" className="progress-summary">
              <h3 id="udviklingsplan">{tp('areaHeading')}</h3>
              <PlanProgressTable plans={plans} caption={tp('plansCaption', { count: plans.length })} titleOf={(slug) => titleOf.get(slug) ?? slug} />
              <ProgressChart plans={plans} labelOf={(plan) => l.text(plan.title, plan.titleEn)} />
              <p>
                <Link href="/udviklingsplaner">{tp('seeAll')}</Link>
              </p>
            </section>
          ) : null}
          {kindOrder.map((kind) => {
            const items = byKind(kind);
            if (items.length === 0) return null;
            return (
              <section key={kind} aria-labelledby={`indsatser-${kind}`}>
                <h3 id={`indsatser-${kind}`}>
                  {l.kind(kind)} ({items.length})
                </h3>
                {items.map((intervention) => (
                  <InterventionCard key={intervention.slug} intervention={intervention} index={index} />
                ))}
              </section>
            );
          })}
        </section>

        <CiteThis title={area.name} kind={t('citeKind')} path={`/omraader/${area.slug}`} {...getDataVersion()} />

        <section aria-labelledby="kilder">
          <h2 id="kilder">{t('sources')}</h2>
          <Bibliography sources={area.bibliography} folded />
        </section>
      </article>
    </Footnotes>
  );
}
