import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import * as Plot from '@observablehq/plot';
import { listAreas } from '@/db/queries/areas';
import { getComparison, MAX_COMPARED, parseCompareSlugs, type ComparedArea } from '@/db/queries/compare';
import { dwellingMeasures } from '@/db/queries/figures';
import { PlotFigure } from '@/app/_components/charts/plot-figure';
import {
  areaTypeLabels,
  basisLabels,
  categoryLabels,
  formatNumber,
  interventionCategoryLabels,
  kindLabels,
  label,
  measureLabels,
  statusLabels,
} from '@/app/_components/labels';
import { SearchBox } from '@/app/_components/search-box';
import { Bibliography, footnoteIndex, SourceRefs, type FootnoteIndex } from '@/app/_components/source-refs';
import { toUrlSearchParams } from '@/app/_components/search-params';
import { tierStyles } from '@/app/_components/tier-style';

export const metadata: Metadata = {
  title: 'Sammenlign områder',
  description: 'To til fire områder side om side: fakta, listestatus år for år, indsatser og boliger nedrevet, solgt og bygget.',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
type Align = 'aar' | 'udpegning';

function compareHref(slugs: string[], align: Align): string {
  const params = new URLSearchParams();
  if (slugs.length) params.set('omraader', slugs.join(','));
  if (align === 'udpegning') params.set('align', 'udpegning');
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `/sammenlign?${query}` : '/sammenlign';
}

function Latest({ rows, unit, index }: { rows: { value: number; year: number; sources: string[] }[]; unit: string; index: FootnoteIndex }) {
  const latest = rows.at(-1);
  if (!latest) return <span className="unknown">ukendt</span>;
  return (
    <>
      {formatNumber(latest.value)} {unit} ({latest.year})
      <SourceRefs ids={latest.sources} index={index} />
    </>
  );
}

function alignedYear(area: ComparedArea, year: number, align: Align): number | null {
  if (align === 'aar') return year;
  return area.firstListedYear === null ? null : year - area.firstListedYear;
}

export default async function ComparePage({ searchParams }: Props) {
  const params = toUrlSearchParams(await searchParams);
  const align: Align = params.get('align') === 'udpegning' ? 'udpegning' : 'aar';
  const current = (params.get('omraader') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  // The add/remove form posts back here; answer with the canonical permalink.
  const add = params.get('tilfoej');
  const remove = params.get('fjern');
  if (add || remove) {
    const next = [...new Set([...current.filter((slug) => slug !== remove), ...(add ? [add] : [])])].slice(0, MAX_COMPARED);
    redirect(compareHref(next, align));
  }
  const parsed = parseCompareSlugs(params.get('omraader'));
  const allAreas = listAreas();
  const comparison = parsed.ok ? getComparison(parsed.slugs) : null;
  const index = footnoteIndex(comparison?.bibliography ?? []);
  const pickHref = `${compareHref([...parsed.slugs, '{slug}'], align).replace('%7Bslug%7D', '{slug}')}`;

  return (
    <>
      <h1>Sammenlign områder</h1>
      <p className="lead">
        Sæt to til fire områder side om side: fakta, status på statens lister år for år, indsatserne og boligtallene – hvert
        tal med sin kilde. Adressen er et permanent link til sammenligningen.
      </p>

      <section aria-labelledby="valg" className="compare-picker">
        <h2 id="valg" className="visually-hidden">
          Vælg områder
        </h2>
        {parsed.slugs.length > 0 ? (
          <ul className="chosen">
            {parsed.slugs.map((slug) => {
              const area = allAreas.find((a) => a.slug === slug);
              return (
                <li key={slug}>
                  <Link href={`/omraader/${slug}`}>{area?.name ?? slug}</Link>{' '}
                  <Link className="remove" href={compareHref(parsed.slugs.filter((s) => s !== slug), align)} aria-label={`Fjern ${area?.name ?? slug}`}>
                    fjern
                  </Link>
                </li>
              );
            })}
          </ul>
        ) : null}
        {parsed.slugs.length < MAX_COMPARED ? (
          <div className="picker-forms">
            <form method="get" action="/sammenlign" className="filters">
              <input type="hidden" name="omraader" value={parsed.slugs.join(',')} />
              {align === 'udpegning' ? <input type="hidden" name="align" value="udpegning" /> : null}
              <label>
                Tilføj område
                <select name="tilfoej" defaultValue="">
                  <option value="" disabled>
                    Vælg …
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
              <button type="submit">Tilføj</button>
            </form>
            <SearchBox id="sammenlign-soeg" label="Find og tilføj" placeholder="Skriv et områdenavn" areasOnly areaHref={pickHref} />
          </div>
        ) : null}
        {!parsed.ok && parsed.slugs.length + current.length > 0 ? (
          <p className="error-note" role="alert">
            {parsed.message[0]?.toUpperCase()}
            {parsed.message.slice(1)}.
          </p>
        ) : null}
      </section>

      {comparison ? <ComparisonView comparison={comparison} align={align} slugs={parsed.slugs} index={index} /> : (
        <p>
          Eksempel:{' '}
          <Link href="/sammenlign?omraader=gellerupparken-toveshoej,vollsmose,tingbjerg-utterslevhuse&align=udpegning">
            Gellerupparken, Vollsmose og Tingbjerg, justeret efter første udpegning
          </Link>
          .
        </p>
      )}
    </>
  );
}

function ComparisonView({ comparison, align, slugs, index }: { comparison: NonNullable<ReturnType<typeof getComparison>>; align: Align; slugs: string[]; index: FootnoteIndex }) {
  const { areas } = comparison;
  const rowsByKey = new Map<number, true>();
  for (const area of areas) for (const year of area.years) {
    const key = alignedYear(area, year.year, align);
    if (key !== null) rowsByKey.set(key, true);
  }
  const rowKeys = [...rowsByKey.keys()].sort((a, b) => a - b);
  const chartPoints = areas.flatMap((area) =>
    area.years.flatMap((year) => {
      const x = alignedYear(area, year.year, align);
      return x === null || !year.tier ? [] : [{ area: area.profile.name, x, track: 'Liste', color: tierStyles[year.tier]!.color, letter: tierStyles[year.tier]!.letter }];
    }),
  );
  const interventionPoints = areas.flatMap((area) =>
    area.profile.interventions.flatMap((intervention) => {
      const start = intervention.startYear ?? intervention.endYear;
      if (start === null || intervention.kind === 'policy') return [];
      const x = alignedYear(area, start, align);
      return x === null ? [] : [{ area: area.profile.name, x, track: intervention.kind === 'physical' ? 'Fysisk' : 'Social', kind: intervention.kind }];
    }),
  );
  const csvHref = `/api/compare.csv?areas=${slugs.join(',')}`;

  return (
    <>
      <p>
        Justér tidslinjen efter:{' '}
        {align === 'aar' ? <strong aria-current="true">kalenderår</strong> : <Link href={compareHref(slugs, 'aar')}>kalenderår</Link>} ·{' '}
        {align === 'udpegning' ? (
          <strong aria-current="true">år siden første udpegning</strong>
        ) : (
          <Link href={compareHref(slugs, 'udpegning')}>år siden første udpegning</Link>
        )}{' '}
        · <a href={csvHref}>Hele sammenligningen som CSV</a>
      </p>

      <h2 id="fakta">Fakta</h2>
      <div className="table-scroll">
        <table className="compare">
          <caption>Fakta side om side</caption>
          <thead>
            <tr>
              <th scope="col">Fakta</th>
              {areas.map((area) => (
                <th scope="col" key={area.profile.slug}>
                  <Link href={`/omraader/${area.profile.slug}`}>{area.profile.name}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Kommune</th>
              {areas.map((area) => (
                <td key={area.profile.slug}>{area.profile.municipality.name}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Type</th>
              {areas.map((area) => (
                <td key={area.profile.slug}>{label(areaTypeLabels, area.profile.type)}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Boliger</th>
              {areas.map((area) => (
                <td key={area.profile.slug}>
                  <Latest rows={area.profile.dwellings} unit="boliger" index={index} />
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Beboere</th>
              {areas.map((area) => (
                <td key={area.profile.slug}>
                  <Latest rows={area.profile.residents} unit="beboere" index={index} />
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">År på listerne</th>
              {areas.map((area) => (
                <td key={area.profile.slug}>
                  {area.years.length} år{area.firstListedYear !== null ? `, første kendte gang ${area.firstListedYear}` : ''}
                  {area.firstListedUncertain ? (
                    <span className="note"> (en tidligere liste er ufuldstændig hos os, så området kan være udpeget før)</span>
                  ) : null}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Højeste kategori</th>
              {areas.map((area) => (
                <td key={area.profile.slug}>
                  {area.highest ? (
                    <>
                      {area.highest.codes.map((code) => label(categoryLabels, code)).join(', ')} ({area.highest.year})
                    </>
                  ) : (
                    <span className="unknown">ingen kendt listning</span>
                  )}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Indsatser</th>
              {areas.map((area) => (
                <td key={area.profile.slug}>
                  {(['physical', 'social', 'policy'] as const)
                    .map((kind) => `${area.profile.interventions.filter((i) => i.kind === kind).length} ${label(kindLabels, kind).toLowerCase()}`)
                    .join(', ')}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>

      <h2 id="tidslinje">Tidslinje</h2>
      <PlotFigure
        caption={
          align === 'aar'
            ? 'Listestatus (farve og bogstav) og indsatsernes startår (prikker) pr. kalenderår. Tabellen nedenfor har samme indhold.'
            : 'Listestatus og indsatsernes startår, regnet i år fra områdets første kendte udpegning (0 = første liste, vi har området på). Tabellen nedenfor har samme indhold.'
        }
        options={{
          width: 900,
          height: 90 + areas.length * 90,
          marginLeft: 70,
          marginRight: 170,
          x: { label: align === 'aar' ? 'År' : 'År siden første udpegning', tickFormat: (d: number) => String(d) },
          y: { label: null, domain: ['Liste', 'Fysisk', 'Social'] },
          fy: { label: null, domain: areas.map((a) => a.profile.name) },
          facet: { marginRight: 170 },
          marks: [
            Plot.cell(chartPoints, { x: 'x', y: 'track', fy: 'area', fill: 'color', inset: 0.5 }),
            Plot.text(chartPoints, { x: 'x', y: 'track', fy: 'area', text: 'letter', fill: (d: { letter: string }) => (['P', 'O'].includes(d.letter) ? 'white' : 'black') }),
            Plot.dot(interventionPoints, { x: 'x', y: 'track', fy: 'area', fill: (d: { kind: string }) => (d.kind === 'physical' ? '#3f6fb0' : '#2e7d32'), r: 4 }),
          ],
        }}
      />

      <h2 id="lister">Listestatus år for år</h2>
      <div className="table-scroll">
        <table className="compare">
          <caption>{align === 'aar' ? 'Kategori på årets (seneste) liste' : 'Kategori, regnet fra første udpegning'}</caption>
          <thead>
            <tr>
              <th scope="col">{align === 'aar' ? 'År' : 'År efter første udpegning'}</th>
              {areas.map((area) => (
                <th scope="col" key={area.profile.slug}>
                  {area.profile.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rowKeys.map((key) => (
              <tr key={key}>
                <th scope="row">{align === 'aar' ? key : `+${key}`}</th>
                {areas.map((area) => {
                  const year = area.years.find((y) => alignedYear(area, y.year, align) === key);
                  return (
                    <td key={area.profile.slug}>
                      {year ? (
                        <>
                          {year.codes.map((code) => label(categoryLabels, code)).join(', ')}
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
          </tbody>
        </table>
      </div>

      <h2 id="tal">Boliger i tal</h2>
      <div className="table-scroll">
        <table className="compare">
          <caption>Boliger nedrevet, solgt, omdannet og bygget: gennemført og planlagt</caption>
          <thead>
            <tr>
              <th scope="col">Boliger</th>
              {areas.map((area) => (
                <th scope="col" key={area.profile.slug}>
                  {area.profile.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dwellingMeasures.map((measure) => (
              <tr key={measure}>
                <th scope="row">{label(measureLabels, measure)}</th>
                {areas.map((area) => {
                  const figure = area.figures.find((f) => f.measure === measure);
                  const cell = (basis: 'completed' | 'planned') => {
                    const total = figure?.[basis];
                    if (!total) return null;
                    return (
                      <span className={`basis-${basis}`}>
                        {formatNumber(total.total)} {label(basisLabels, basis)}
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
                      {!done && !planned ? <span className="unknown">ukendt</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="indsatser">Indsatser efter kategori</h2>
      <div className="table-scroll">
        <table className="compare">
          <caption>Indsatserne i hvert område, efter kategori, med status og omfang</caption>
          <thead>
            <tr>
              <th scope="col">Kategori</th>
              {areas.map((area) => (
                <th scope="col" key={area.profile.slug}>
                  {area.profile.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.categories.map((category) => (
              <tr key={category}>
                <th scope="row">{label(interventionCategoryLabels, category)}</th>
                {areas.map((area) => (
                  <td key={area.profile.slug}>
                    <ul className="plain">
                      {(area.interventionsByCategory[category] ?? []).map((intervention) => (
                        <li key={intervention.slug}>
                          <Link href={`/indsatser/${intervention.slug}`}>{intervention.title}</Link> (
                          {label(statusLabels, intervention.status.value)} {intervention.status.year}
                          <SourceRefs ids={intervention.status.sources} index={index} />)
                          {intervention.quantities
                            .filter((q) => q.measure !== 'budget_dkk')
                            .map((q, i) => (
                              <span key={i} className={`basis-${q.basis}`}>
                                {' '}
                                · {formatNumber(q.value)} {label(measureLabels, q.measure)} ({label(basisLabels, q.basis)} {q.asOf})
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
          </tbody>
        </table>
      </div>

      <h2 id="kilder">Kilder</h2>
      <Bibliography sources={comparison.bibliography} />
    </>
  );
}
