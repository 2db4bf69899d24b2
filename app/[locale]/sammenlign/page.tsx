import type { Metadata } from 'next';
import { asOfYears } from '@/app/_components/progress';
import { StatusText } from '@/app/_components/status-text';
import type { ReactNode } from 'react';
import * as Plot from '@observablehq/plot';
import { useTranslations } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link, redirect } from '@/app/_i18n/navigation';
import { listAreas } from '@/db/queries/areas';
import { getComparison, MAX_COMPARED, MIN_COMPARED, parseCompareSlugs, type ComparedArea } from '@/db/queries/compare';
import { dwellingMeasures } from '@/db/queries/figures';
import { kindOrder } from '@/db/queries/rules';
import { PlotFigure } from '@/app/_components/charts/plot-figure';
import { useLabels } from '@/app/_components/labels';
import { alternatesFor } from '@/app/_components/page-meta';
import { SearchBox } from '@/app/_components/search-box';
import { Bibliography, footnoteIndex, SourceRefs, type FootnoteIndex } from '@/app/_components/source-refs';
import { toUrlSearchParams } from '@/app/_components/search-params';
import { tierStyles } from '@/app/_components/tier-style';

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'compare' });
  return { title: t('title'), description: t('description'), alternates: alternatesFor('/sammenlign', locale) };
}

type Props = Params & { searchParams: Promise<Record<string, string | string[] | undefined>> };
type Align = 'aar' | 'udpegning';

function compareHref(slugs: string[], align: Align): string {
  const params = new URLSearchParams();
  if (slugs.length) params.set('omraader', slugs.join(','));
  if (align === 'udpegning') params.set('align', 'udpegning');
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `/sammenlign?${query}` : '/sammenlign';
}

function Latest({ rows, unit, index }: { rows: { value: number; year: number; sources: string[] }[]; unit: string; index: FootnoteIndex }) {
  const t = useTranslations('compare');
  const l = useLabels();
  const latest = rows.at(-1);
  if (!latest) return <span className="unknown">{t('unknown')}</span>;
  return (
    <>
      {l.number(latest.value)} {unit} ({latest.year})
      <SourceRefs ids={latest.sources} index={index} />
    </>
  );
}

/** A table with one column per compared area: the shell every section of the comparison shares. */
function CompareTable({
  caption,
  corner,
  areas,
  linkAreas = false,
  children,
}: {
  caption: ReactNode;
  corner: ReactNode;
  areas: ComparedArea[];
  linkAreas?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="table-scroll">
      <table className="compare">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {areas.map((area) => (
              <th scope="col" key={area.profile.slug}>
                {linkAreas ? <Link href={`/omraader/${area.profile.slug}`}>{area.profile.name}</Link> : area.profile.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

function alignedYear(area: ComparedArea, year: number, align: Align): number | null {
  if (align === 'aar') return year;
  return area.firstListedYear === null ? null : year - area.firstListedYear;
}

export default async function ComparePage({ params: routeParams, searchParams }: Props) {
  const { locale } = await routeParams;
  setRequestLocale(locale);
  const t = await getTranslations('compare');
  const params = toUrlSearchParams(await searchParams);
  const align: Align = params.get('align') === 'udpegning' ? 'udpegning' : 'aar';
  const current = (params.get('omraader') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  // The add/remove form posts back here; answer with the canonical permalink.
  const add = params.get('tilfoej');
  const remove = params.get('fjern');
  if (add || remove) {
    const next = [...new Set([...current.filter((slug) => slug !== remove), ...(add ? [add] : [])])].slice(0, MAX_COMPARED);
    redirect({ href: compareHref(next, align), locale });
  }
  const parsed = parseCompareSlugs(params.get('omraader'));
  const allAreas = listAreas();
  const comparison = parsed.ok ? getComparison(parsed.slugs) : null;
  const index = footnoteIndex(comparison?.bibliography ?? []);
  const pickHref = `${compareHref([...parsed.slugs, '{slug}'], align).replace('%7Bslug%7D', '{slug}')}`;

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>

      <section aria-labelledby="valg" className="compare-picker">
        <h2 id="valg" className="visually-hidden">
          {t('choose')}
        </h2>
        {parsed.slugs.length > 0 ? (
          <ul className="chosen">
            {parsed.slugs.map((slug) => {
              const area = allAreas.find((a) => a.slug === slug);
              return (
                <li key={slug}>
                  <Link href={`/omraader/${slug}`}>{area?.name ?? slug}</Link>{' '}
                  <Link className="remove" href={compareHref(parsed.slugs.filter((s) => s !== slug), align)} aria-label={t('removeName', { name: area?.name ?? slug })}>
                    {t('remove')}
                  </Link>
                </li>
              );
            })}
          </ul>
        ) : null}
        {parsed.slugs.length < MAX_COMPARED ? (
          <div className="picker-forms">
            <form method="get" className="filters">
              <input type="hidden" name="omraader" value={parsed.slugs.join(',')} />
              {align === 'udpegning' ? <input type="hidden" name="align" value="udpegning" /> : null}
              <label>
                {t('addArea')}
                <select name="tilfoej" defaultValue="">
                  <option value="" disabled>
                    {t('pick')}
                  </option>
                  {allAreas
                    .filter((area) => !parsed.slugs.includes(area.slug))
                    .map((area) => (
                      <option key={area.slug} value={area.slug}>
                        {area.name} ({area.municipality.name})
                      </option>
                    ))}
                </select>
              </label>
              <button type="submit">{t('add')}</button>
            </form>
            <SearchBox id="sammenlign-soeg" label={t('findAndAdd')} placeholder={t('typeName')} areasOnly areaHref={pickHref} />
          </div>
        ) : null}
        {!parsed.ok && parsed.slugs.length + current.length > 0 ? (
          <p className="error-note" role="alert">
            {t('problem', { message: t(`problems.${parsed.problem.code}`, { slugs: parsed.problem.code === 'unknown_areas' ? parsed.problem.slugs.join(', ') : '', min: MIN_COMPARED, max: MAX_COMPARED }) })}
          </p>
        ) : null}
      </section>

      {comparison ? <ComparisonView comparison={comparison} align={align} slugs={parsed.slugs} index={index} /> : (
        <p>
          {t('example')}:{' '}
          <Link href="/sammenlign?omraader=gellerupparken-toveshoej,vollsmose,tingbjerg-utterslevhuse&align=udpegning">
            {t('exampleText')}
          </Link>
          .
        </p>
      )}
    </>
  );
}

function ComparisonView({ comparison, align, slugs, index }: { comparison: NonNullable<ReturnType<typeof getComparison>>; align: Align; slugs: string[]; index: FootnoteIndex }) {
  const t = useTranslations('compare');
  const tp = useTranslations('progress');
  const l = useLabels();
  const { areas } = comparison;
  const tracks = { list: t('trackList'), physical: t('trackPhysical'), social: t('trackSocial') };
  const rowsByKey = new Map<number, true>();
  for (const area of areas) for (const year of area.years) {
    const key = alignedYear(area, year.year, align);
    if (key !== null) rowsByKey.set(key, true);
  }
  const rowKeys = [...rowsByKey.keys()].sort((a, b) => a - b);
  const chartPoints = areas.flatMap((area) =>
    area.years.flatMap((year) => {
      const x = alignedYear(area, year.year, align);
      return x === null || !year.tier ? [] : [{ area: area.profile.name, x, track: tracks.list, color: tierStyles[year.tier]!.color, letter: tierStyles[year.tier]!.letter }];
    }),
  );
  const interventionPoints = areas.flatMap((area) =>
    area.profile.interventions.flatMap((intervention) => {
      const start = intervention.startYear ?? intervention.endYear;
      if (start === null || intervention.kind === 'policy') return [];
      const x = alignedYear(area, start, align);
      return x === null ? [] : [{ area: area.profile.name, x, track: intervention.kind === 'physical' ? tracks.physical : tracks.social, kind: intervention.kind }];
    }),
  );
  const csvHref = `/api/compare.csv?areas=${slugs.join(',')}`;

  return (
    <>
      <p>
        {t('alignBy')}{' '}
        {align === 'aar' ? <strong aria-current="true">{t('calendar')}</strong> : <Link href={compareHref(slugs, 'aar')}>{t('calendar')}</Link>} ·{' '}
        {align === 'udpegning' ? (
          <strong aria-current="true">{t('sinceDesignation')}</strong>
        ) : (
          <Link href={compareHref(slugs, 'udpegning')}>{t('sinceDesignation')}</Link>
        )}{' '}
        · <a href={csvHref}>{t('csv')}</a>
      </p>

      <h2 id="fakta">{t('facts')}</h2>
      <CompareTable caption={t('factsCaption')} corner={t('facts')} areas={areas} linkAreas>
        <tr>
          <th scope="row">{t('municipality')}</th>
          {areas.map((area) => (
            <td key={area.profile.slug}>{area.profile.municipality.name}</td>
          ))}
        </tr>
        <tr>
          <th scope="row">{t('type')}</th>
          {areas.map((area) => (
            <td key={area.profile.slug}>{l.areaType(area.profile.type)}</td>
          ))}
        </tr>
        <tr>
          <th scope="row">{t('dwellings')}</th>
          {areas.map((area) => (
            <td key={area.profile.slug}>
              <Latest rows={area.profile.dwellings} unit={t('dwellingsUnit')} index={index} />
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">{t('residents')}</th>
          {areas.map((area) => (
            <td key={area.profile.slug}>
              <Latest rows={area.profile.residents} unit={t('residentsUnit')} index={index} />
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">{t('yearsListed')}</th>
          {areas.map((area) => (
            <td key={area.profile.slug}>
              {t('years', { count: area.years.length })}
              {area.firstListedYear !== null ? `, ${t('firstKnown', { year: area.firstListedYear })}` : ''}
              {area.firstListedUncertain ? (
                <span className="note"> ({t('maybeEarlier')})</span>
              ) : null}
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">{t('highest')}</th>
          {areas.map((area) => (
            <td key={area.profile.slug}>
              {area.highest ? (
                <>
                  {area.highest.codes.map((code) => l.category(code)).join(', ')} ({area.highest.year})
                </>
              ) : (
                <span className="unknown">{t('noListing')}</span>
              )}
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">{t('interventions')}</th>
          {areas.map((area) => (
            <td key={area.profile.slug}>
              {kindOrder
                .map((kind) => `${area.profile.interventions.filter((i) => i.kind === kind).length} ${l.kind(kind).toLowerCase()}`)
                .join(', ')}
            </td>
          ))}
        </tr>
      </CompareTable>

      <h2 id="tidslinje">{t('timeline')}</h2>
      <PlotFigure
        caption={
          align === 'aar' ? t('chartCaptionCalendar') : t('chartCaptionDesignation')
        }
        options={{
          width: 900,
          height: 90 + areas.length * 90,
          marginLeft: 70,
          marginRight: 170,
          x: { label: align === 'aar' ? t('year') : t('yearsSince'), tickFormat: (d: number) => String(d) },
          y: { label: null, domain: [tracks.list, tracks.physical, tracks.social] },
          fy: { label: null, domain: areas.map((a) => a.profile.name) },
          facet: { marginRight: 170 },
          marks: [
            Plot.cell(chartPoints, { x: 'x', y: 'track', fy: 'area', fill: 'color', inset: 0.5 }),
            Plot.text(chartPoints, { x: 'x', y: 'track', fy: 'area', text: 'letter', fill: (d: { letter: string }) => (['P', 'O'].includes(d.letter) ? 'white' : 'black') }),
            Plot.dot(interventionPoints, { x: 'x', y: 'track', fy: 'area', fill: (d: { kind: string }) => (d.kind === 'physical' ? '#3f6fb0' : '#2e7d32'), r: 4 }),
          ],
        }}
      />

      <h2 id="lister">{t('listYears')}</h2>
      <CompareTable caption={align === 'aar' ? t('listCaptionCalendar') : t('listCaptionDesignation')} corner={align === 'aar' ? t('year') : t('yearsAfter')} areas={areas}>
        {rowKeys.map((key) => (
          <tr key={key}>
            <th scope="row">{align === 'aar' ? key : `+${key}`}</th>
            {areas.map((area) => {
              const year = area.years.find((y) => alignedYear(area, y.year, align) === key);
              return (
                <td key={area.profile.slug}>
                  {year ? (
                    <>
                      {year.codes.map((code) => l.category(code)).join(', ')}
                      {align === 'udpegning' ? ` (${year.year})` : ''}
                      <SourceRefs ids={year.sources} index={index} />
                    </>
                  ) : (
                    <span className="unknown">–</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </CompareTable>

      <h2 id="tal">{t('figures')}</h2>
      <CompareTable caption={t('figuresCaption')} corner={t('dwellings')} areas={areas}>
        {dwellingMeasures.map((measure) => (
          <tr key={measure}>
            <th scope="row">{l.measure(measure)}</th>
            {areas.map((area) => {
              const figure = area.figures.find((f) => f.measure === measure);
              const cell = (basis: 'completed' | 'planned') => {
                const total = figure?.[basis];
                if (!total) return null;
                return (
                  <span className={`basis-${basis}`}>
                    {l.number(total.total)} {l.basis(basis)} ({tp('asOf', { years: asOfYears(total) })})
                    <SourceRefs ids={[...new Set(total.contributions.flatMap((c) => c.sources))]} index={index} />
                  </span>
                );
              };
              const done = cell('completed');
              const planned = cell('planned');
              return (
                <td key={area.profile.slug}>
                  {done}
                  {done && planned ? <br /> : null}
                  {planned}
                  {!done && !planned ? <span className="unknown">{t('unknown')}</span> : null}
                </td>
              );
            })}
          </tr>
        ))}
      </CompareTable>

      <h2 id="indsatser">{t('byCategory')}</h2>
      <CompareTable caption={t('byCategoryCaption')} corner={t('category')} areas={areas}>
        {comparison.categories.map((category) => (
          <tr key={category}>
            <th scope="row">{l.interventionCategory(category)}</th>
            {areas.map((area) => (
              <td key={area.profile.slug}>
                <ul className="plain">
                  {(area.interventionsByCategory[category] ?? []).map((intervention) => (
                    <li key={intervention.slug}>
                      <Link href={`/indsatser/${intervention.slug}`}>{intervention.title}</Link> (
                      <StatusText status={intervention.status} />
                      <SourceRefs ids={intervention.status.sources} index={index} />)
                      {intervention.quantities
                        .filter((q) => q.measure !== 'budget_dkk')
                        .map((q, i) => (
                          <span key={i} className={`basis-${q.basis}`}>
                            {' '}
                            · {l.number(q.value)} {l.measure(q.measure)} ({l.basis(q.basis)} {q.asOf})
                            <SourceRefs ids={q.sources} index={index} />
                          </span>
                        ))}
                    </li>
                  ))}
                </ul>
              </td>
            ))}
          </tr>
        ))}
      </CompareTable>

      <h2 id="kilder">{t('sources')}</h2>
      <Bibliography sources={comparison.bibliography} />
    </>
  );
}
