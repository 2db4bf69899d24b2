import type { Metadata } from 'next';
import NextLink from 'next/link';
import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_i18n/navigation';
import { getDataQuality, getDataVersion } from '@/db/queries/meta';
import { listLists } from '@/db/queries/lists';
import { getBibliography, listCriteriaEras, type CriteriaEraDetail } from '@/db/queries/sources';
import { getLabels, useLabels } from '@/app/_components/labels';
import { alternatesFor } from '@/app/_components/page-meta';
import { Bibliography, footnoteIndex, Footnotes, SourceRefs, type FootnoteIndex } from '@/app/_components/source-refs';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'about' });
  return { title: t('title'), description: t('description'), alternates: alternatesFor('/om', locale) };
}

/** Inline markup the rich messages of this page use. */
const rich = {
  strong: (chunks: ReactNode) => <strong>{chunks}</strong>,
  code: (chunks: ReactNode) => <code>{chunks}</code>,
  sources: (chunks: ReactNode) => <Link href="/kilder">{chunks}</Link>,
  list2014: (chunks: ReactNode) => <Link href="/lister/2014-02-01">{chunks}</Link>,
  licence: (chunks: ReactNode) => <a href="https://creativecommons.org/licenses/by/4.0/">{chunks}</a>,
};

/** `2010–2012` from the first and last list of an era; an era with one list year is just that year. */
function eraYears(era: CriteriaEraDetail, none: string): string {
  if (!era.firstList || !era.lastList) return none;
  const [from, to] = [era.firstList.slice(0, 4), era.lastList.slice(0, 4)];
  return from === to ? from : `${from}–${to}`;
}

/** The DESIGN §2 table: each era's official categories and the harmonised tier each maps to. */
function TierTable({ eras }: { eras: CriteriaEraDetail[] }) {
  const t = useTranslations('about');
  const l = useLabels();
  return (
    <div className="table-scroll">
      <table>
        <caption>{t('tierCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tierEra')}</th>
            <th scope="col">{t('tierCategory')}</th>
            <th scope="col">{t('tierCode')}</th>
            <th scope="col">{t('tierTier')}</th>
          </tr>
        </thead>
        {eras.map((era) => (
          <tbody key={era.id}>
            {era.categories.map((category, i) => (
              <tr key={category.code}>
                {i === 0 ? (
                  <th scope="rowgroup" rowSpan={era.categories.length}>
                    <a href={`#kriterier-${era.id}`}>{era.id}</a> ({eraYears(era, t('noListYet'))})
                  </th>
                ) : null}
                <td>{l.category(category.code)}</td>
                <td>
                  <code>{category.code}</code>
                </td>
                <td>
                  {category.tier ? (
                    <>
                      {l.tier(category.tier)} (<code>{category.tier}</code>)
                    </>
                  ) : (
                    <span className="unknown">{t('unknown')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

function Era({ era, index }: { era: CriteriaEraDetail; index: FootnoteIndex }) {
  const t = useTranslations('about');
  const l = useLabels();
  return (
    <section aria-labelledby={`kriterier-${era.id}`}>
      <h3 id={`kriterier-${era.id}`}>
        {l.text(era.title, era.titleEn)}
        <SourceRefs ids={era.sources} index={index} />
      </h3>
      <p>
        {era.firstList && era.lastList ? (
          <>
            {t('usedOn', { count: era.listCount })}{' '}
            {era.listCount === 1 ? (
              <Link href={`/lister/${era.firstList}`}>{t('listOf', { date: l.date(era.firstList) })}</Link>
            ) : (
              <>
                {t('from')} <Link href={`/lister/${era.firstList}`}>{t('listOf', { date: l.date(era.firstList) })}</Link> {t('to')}{' '}
                <Link href={`/lister/${era.lastList}`}>{t('listOf', { date: l.date(era.lastList) })}</Link>
              </>
            )}
            .
          </>
        ) : (
          <span className="unknown">{t('noListComputed')}</span>
        )}
      </p>
      <p>
        {l.text(era.rule, era.ruleEn)}{' '}
        {era.minResidents !== null ? (
          <>{t('minResidents', { count: l.number(era.minResidents) })}</>
        ) : (
          <span className="unknown">{t('noMinResidents')}</span>
        )}
      </p>
      {era.criteria.length > 0 ? (
        <div className="table-scroll">
          <table>
            <caption>{t('criteriaCaption', { era: era.id })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('criterion')}</th>
                <th scope="col">{t('threshold')}</th>
                <th scope="col">{t('measured')}</th>
              </tr>
            </thead>
            <tbody>
              {era.criteria.map((criterion, i) => (
                <tr key={i}>
                  <th scope="row">{t.has(`criterionKey.${criterion.key}`) ? t(`criterionKey.${criterion.key}`) : criterion.key}</th>
                  <td className="number">
                    {criterion.threshold !== null ? l.number(criterion.threshold) : <span className="unknown">{t('noNumber')}</span>}
                  </td>
                  <td>{l.text(criterion.description, criterion.descriptionEn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {era.categories.length > 0 ? (
        <ul>
          {era.categories.map((category) => (
            <li key={category.code}>
              <strong>{l.category(category.code)}</strong>: {l.text(category.rule, category.ruleEn)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

export default async function AboutPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('about');
  const l = await getLabels();
  const eras = listCriteriaEras();
  const bibliography = getBibliography(eras);
  const index = footnoteIndex(bibliography);
  const lists = listLists();
  const completeLists = lists.filter((list) => list.complete).length;
  const { version, builtAt } = getDataVersion();
  const sections = ['hvad', 'regler', 'kategorier', 'lister', 'kvalitet', 'kuratering', 'licens', 'citer', 'fejl'] as const;
  const quality = getDataQuality();

  return (
    <Footnotes index={index}>
      <>
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>

        <nav aria-labelledby="paa-siden">
          <h2 id="paa-siden">{t('onThisPage')}</h2>
          <ul>
            {sections.map((id) => (
              <li key={id}>
                <a href={`#${id}`}>{t(`section.${id}`)}</a>
              </li>
            ))}
          </ul>
        </nav>

        <section aria-labelledby="hvad">
          <h2 id="hvad">{t('section.hvad')}</h2>
          <p>{t('what1')}</p>
          <p>{t('what2')}</p>
        </section>

        <section aria-labelledby="regler">
          <h2 id="regler">{t('section.regler')}</h2>
          <ul>
            {(['rule1', 'rule2', 'rule3', 'rule4', 'rule5'] as const).map((key) => (
              <li key={key}>{t.rich(key, rich)}</li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="kategorier">
          <h2 id="kategorier">{t('section.kategorier')}</h2>
          <p>{t('categoriesIntro')}</p>
          <TierTable eras={eras} />
          {eras.map((era) => (
            <Era key={era.id} era={era} index={index} />
          ))}
        </section>

        <section aria-labelledby="lister">
          <h2 id="lister">{t('section.lister')}</h2>
          <p>{t.rich('listsIntro', rich)}</p>
          <ul>
            <li>{t.rich('listsComplete', { ...rich, complete: completeLists, total: lists.length })}</li>
            <li>{t.rich('listsDerived', rich)}</li>
            <li>{t.rich('listsDistricts', rich)}</li>
          </ul>
        </section>

        <section aria-labelledby="kvalitet">
          <h2 id="kvalitet">{t('section.kvalitet')}</h2>
          <p>{t('quality.intro', { version, date: l.date(builtAt.slice(0, 10)) })}</p>
          {quality ? (
            <div className="table-scroll">
              <table>
                <caption>{t('quality.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('quality.what')}</th>
                    <th scope="col" className="number">{t('quality.count')}</th>
                    <th scope="col" className="number">{t('quality.of')}</th>
                  </tr>
                </thead>
                <tbody>
                  {(
                    [
                      ['undated', quality.sources.undated, quality.sources.total],
                      ['notPrimary', quality.sources.mirror + quality.sources.reHost, quality.sources.total],
                      ['mirrorOnly', quality.facts.mirrorOnly, quality.facts.total],
                      ['derived', quality.memberships.derived, quality.memberships.total],
                      ['incomplete', quality.categories.incomplete, quality.categories.total],
                      ['stale', quality.statuses.stale, quality.statuses.total],
                      ['undatedStatus', quality.statuses.undatedConfirmation, quality.statuses.total],
                      ['english', quality.english.translated, quality.english.texts],
                    ] as const
                  ).map(([key, count, total]) => (
                    <tr key={key}>
                      <th scope="row">{t(`quality.${key}`)}</th>
                      <td className="number">{l.number(count)}</td>
                      <td className="number">{l.number(total)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {quality?.newestList ? <p>{t('quality.newestList', { date: l.date(quality.newestList) })}</p> : null}
        </section>

        <section aria-labelledby="kuratering">
          <h2 id="kuratering">{t('section.kuratering')}</h2>
          <p>{t.rich('curationIntro', rich)}</p>
          <ul>
            <li>{t.rich('curationCheck', rich)}</li>
            <li>{t.rich('curationAtomic', rich)}</li>
            <li>{t.rich('curationReview', rich)}</li>
          </ul>
        </section>

        <section aria-labelledby="licens">
          <h2 id="licens">{t('section.licens')}</h2>
          <ul>
            <li>{t.rich('licenceCode', rich)}</li>
            <li>{t.rich('licenceData', rich)}</li>
          </ul>
        </section>

        <section aria-labelledby="citer">
          <h2 id="citer">{t('section.citer')}</h2>
          <p>{t.rich('cite1', { ...rich, version, date: builtAt.slice(0, 10) })}</p>
          <blockquote>
            <p>{t.rich('citeExample', { ...rich, version })}</p>
          </blockquote>
          <p>{t.rich('citeData', rich)}</p>
          <ul>
            <li>
              JSON:{' '}
              <NextLink href="/api" prefetch={false}>
                {t('apiOverview')}
              </NextLink>
              , <a href="/api/openapi.json">OpenAPI</a>
            </li>
            <li>
              CSV: <a href="/api/areas.csv">{t('csvAreas')}</a>, <a href="/api/memberships.csv">{t('csvMemberships')}</a>,{' '}
              <a href="/api/lists.csv">{t('csvLists')}</a>, <a href="/api/interventions.csv">{t('csvInterventions')}</a>,{' '}
              <a href="/api/quantities.csv">{t('csvQuantities')}</a>, <a href="/api/claims.csv">{t('csvClaims')}</a> –{' '}
              {t.rich('csvBom', rich)}
            </li>
            <li>
              GeoJSON: <a href="/api/areas.geojson">{t('csvAreas')}</a>, <a href="/api/interventions.geojson">{t('csvInterventions')}</a>
            </li>
            <li>
              <a href="/data/boligatlas.sqlite">{t('sqlite')}</a> · <a href="/data/boligatlas-csv.zip">{t('zip')}</a>
            </li>
          </ul>
        </section>

        <section aria-labelledby="fejl">
          <h2 id="fejl">{t('section.fejl')}</h2>
          <p>{t('error1')}</p>
          <ol>
            <li>{t('errorStep1')}</li>
            <li>{t('errorStep2')}</li>
            <li>{t('errorStep3')}</li>
          </ol>
          <p>{t('error2')}</p>
        </section>

        <section aria-labelledby="kilder">
          <h2 id="kilder">{t('criteriaSources')}</h2>
          <Bibliography sources={bibliography} />
        </section>
      </>
    </Footnotes>
  );
}
