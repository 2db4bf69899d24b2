import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getArea, listAreaSlugs, type AreaProfile } from '@/db/queries/areas';
import { listLists } from '@/db/queries/lists';
import { getAreaDwellingFigures } from '@/db/queries/figures';
import { getDataVersion } from '@/db/queries/meta';
import { citationMeta } from '@/app/_components/citation-meta';
import { CiteThis } from '@/app/_components/cite-this';
import { InterventionCard } from '@/app/_components/intervention-card';
import { AreaTimeline } from '@/app/_components/area-timeline';
import { MiniMap } from '@/app/_components/mini-map';
import { FiguresTable, figuresNote } from '@/app/_components/figures-table';
import {
  aliasKindLabels,
  areaTypeLabels,
  categoryLabels,
  formatDate,
  formatNumber,
  kindLabels,
  label,
  tierLabels,
} from '@/app/_components/labels';
import { Bibliography, footnoteIndex, SourceRefs, type FootnoteIndex } from '@/app/_components/source-refs';

export const dynamicParams = false;

export function generateStaticParams() {
  return listAreaSlugs().map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const area = getArea((await params).slug);
  if (!area) return {};
  const { version, builtAt } = getDataVersion();
  return { title: area.name, description: area.summary?.text, other: citationMeta(area.name, `/omraader/${area.slug}`, version, builtAt) };
}

const unknown = <span className="unknown">ukendt</span>;

function Observations({ rows, unit, index }: { rows: AreaProfile['dwellings']; unit: string; index: FootnoteIndex }) {
  if (rows.length === 0) return unknown;
  return (
    <ul className="plain">
      {rows.map((row, i) => (
        <li key={i}>
          {formatNumber(row.value)} {unit} ({row.year}){row.note ? ` – ${row.note}` : ''}
          <SourceRefs ids={row.sources} index={index} />
        </li>
      ))}
    </ul>
  );
}

function ListHistory({ area, index }: { area: AreaProfile; index: FootnoteIndex }) {
  const allLists = listLists();
  const statusByDate = new Map(area.statuses.map((status) => [status.date, status]));
  return (
    <table>
      <caption>Status på statens lister, liste for liste</caption>
      <thead>
        <tr>
          <th scope="col">Liste</th>
          <th scope="col">Kategori (officiel)</th>
          <th scope="col">Niveau (harmoniseret)</th>
        </tr>
      </thead>
      <tbody>
        {allLists.map((list) => {
          const status = statusByDate.get(list.date);
          return (
            <tr key={list.date}>
              <th scope="row">
                <Link href={`/lister/${list.date}`}>{formatDate(list.date)}</Link>
              </th>
              {status ? (
                <>
                  <td>
                    <ul className="plain">
                      {status.categories.map((category) => (
                        <li key={`${category.code}-${category.via?.slug ?? ''}`}>
                          {label(categoryLabels, category.code)}
                          {category.via ? (
                            <>
                              {' '}
                              (via <Link href={`/omraader/${category.via.slug}`}>{category.via.name}</Link>)
                            </>
                          ) : null}
                          <SourceRefs ids={category.sources} index={index} />
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{[...new Set(status.categories.map((c) => label(tierLabels, c.tier)))].join(', ')}</td>
                </>
              ) : (
                <td colSpan={2}>
                  {list.complete ? (
                    'ikke på listen'
                  ) : (
                    <span className="unknown">ikke fundet – vi har endnu ikke alle navne på denne liste</span>
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export default async function AreaPage({ params }: Props) {
  const area = getArea((await params).slug);
  if (!area) notFound();
  const index = footnoteIndex(area.bibliography);
  const byKind = (kind: string) => area.interventions.filter((intervention) => intervention.kind === kind);
  const figures = getAreaDwellingFigures(area.slug);
  const hasFigures = figures.some((figure) => figure.planned || figure.completed);
  const lists = listLists().map((list) => ({ date: list.date, complete: list.complete }));

  return (
    <article className="profile">
      <p className="breadcrumb">
        <Link href="/omraader">Områder</Link> › {area.name}
      </p>
      <h1>
        {area.name}
        <SourceRefs ids={area.recordSources} index={index} />
      </h1>
      <p className="lead">
        {label(areaTypeLabels, area.type)} i {area.municipality.name} Kommune
        {area.partOf ? (
          <>
            , del af <Link href={`/omraader/${area.partOf.slug}`}>{area.partOf.name}</Link>
          </>
        ) : null}
      </p>
      {area.summary ? (
        <p>
          {area.summary.text}
          <SourceRefs ids={area.summary.sources} index={index} />
        </p>
      ) : null}

      <section aria-labelledby="fakta">
        <h2 id="fakta">Fakta</h2>
        <dl className="facts">
          <dt>Kommune</dt>
          <dd>
            {area.municipality.name} ({area.municipality.code}){area.municipality.region ? `, Region ${area.municipality.region}` : ''}
          </dd>
          {area.town ? (
            <>
              <dt>By/bydel</dt>
              <dd>{area.town}</dd>
            </>
          ) : null}
          {area.parts.length > 0 ? (
            <>
              <dt>Delområder</dt>
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
          <dt>Andre navne</dt>
          <dd>
            {area.aliases.length === 0 ? (
              'ingen registreret'
            ) : (
              <ul className="plain">
                {area.aliases.map((alias) => (
                  <li key={alias.name}>
                    {alias.name} ({label(aliasKindLabels, alias.kind)})
                    <SourceRefs ids={alias.sources} index={index} />
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt>Boligorganisationer</dt>
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
          <dt>Opført</dt>
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
          <dt>Boliger</dt>
          <dd>
            <Observations rows={area.dwellings} unit="boliger" index={index} />
          </dd>
          <dt>Beboere</dt>
          <dd>
            <Observations rows={area.residents} unit="beboere" index={index} />
          </dd>
          <dt>Placering</dt>
          <dd>
            {area.location ? (
              <>
                {area.location.lat.toFixed(5)}° N, {area.location.lon.toFixed(5)}° Ø
                <SourceRefs ids={area.location.sources} index={index} />
              </>
            ) : (
              unknown
            )}
          </dd>
          {area.links.length > 0 ? (
            <>
              <dt>Links</dt>
              <dd>
                <ul className="plain">
                  {area.links.map((link) => (
                    <li key={link.url}>
                      <a href={link.url}>{link.label}</a>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      {area.location ? (
        <section aria-labelledby="kort">
          <h2 id="kort">Kort</h2>
          <MiniMap lat={area.location.lat} lon={area.location.lon} label={area.name} />
          <p>
            <Link href={`/kort?year=${lists.at(-1)?.date.slice(0, 4) ?? ''}&view=${area.location.lat},${area.location.lon},12`}>
              Se området på det store kort
            </Link>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="lister">
        <h2 id="lister">Listehistorik</h2>
        <ListHistory area={area} index={index} />
      </section>

      <section aria-labelledby="tidslinje">
        <h2 id="tidslinje">Tidslinje</h2>
        <AreaTimeline interventions={area.interventions} statuses={area.statuses} lists={lists} />
      </section>

      <section aria-labelledby="tal">
        <h2 id="tal">Boliger i tal</h2>
        {hasFigures ? (
          <>
            <p>{figuresNote}</p>
            <FiguresTable figures={figures} caption={`Boliger nedrevet, solgt, omdannet og bygget i ${area.name}`} index={index} />
          </>
        ) : (
          <p>Ingen kilde, vi har læst, giver endnu tal for nedrevne, solgte, omdannede eller byggede boliger her.</p>
        )}
      </section>

      <section aria-labelledby="indsatser">
        <h2 id="indsatser">Indsatser</h2>
        {area.interventions.length === 0 ? <p>Ingen registrerede indsatser endnu.</p> : null}
        {(['physical', 'social', 'policy'] as const).map((kind) => {
          const items = byKind(kind);
          if (items.length === 0) return null;
          return (
            <section key={kind} aria-labelledby={`indsatser-${kind}`}>
              <h3 id={`indsatser-${kind}`}>
                {label(kindLabels, kind)} ({items.length})
              </h3>
              {items.map((intervention) => (
                <InterventionCard key={intervention.slug} intervention={intervention} index={index} />
              ))}
            </section>
          );
        })}
      </section>

      <CiteThis title={area.name} kind="Områdeprofil" path={`/omraader/${area.slug}`} {...getDataVersion()} />

      <section aria-labelledby="kilder">
        <h2 id="kilder">Kilder</h2>
        <Bibliography sources={area.bibliography} />
        <p>
          <Link href={`/api/areas/${area.slug}`} prefetch={false}>Hele profilen som JSON</Link>
        </p>
      </section>
    </article>
  );
}
