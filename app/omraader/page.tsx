import type { Metadata } from 'next';
import Link from 'next/link';
import { listAreaRows, parseAreaFilter, type AreaFilter, type AreaRow } from '@/db/queries/areas';
import { listMapYears } from '@/db/queries/geo';
import { categoryCodes, interventionKinds, regions } from '@/db/data-schema';
import { areaTypeLabels, categoryLabels, formatDate, kindLabels, label } from '@/app/_components/labels';
import { toUrlSearchParams } from '@/app/_components/search-params';

export const metadata: Metadata = {
  title: 'Områder',
  description: 'Alle boligområder, der har stået på statens lister, og de bydele de ligger i – med filtre for kommune, region, kategori, år og indsatser.',
};

const sortKeys = ['name', 'municipality', 'region', 'latest', 'lists', 'interventions'] as const;
type SortKey = (typeof sortKeys)[number];

function sortValue(row: AreaRow, key: SortKey): string | number {
  switch (key) {
    case 'municipality':
      return row.municipality.name;
    case 'region':
      return row.municipality.region ?? '';
    case 'latest':
      return row.lastListed?.date ?? '';
    case 'lists':
      return row.listDates.length;
    case 'interventions':
      return row.interventionCounts.physical + row.interventionCounts.social + row.interventionCounts.policy;
    default:
      return row.name;
  }
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AreasPage({ searchParams }: Props) {
  const params = toUrlSearchParams(await searchParams);
  const parsed = parseAreaFilter(params, ['sort', 'order']);
  const filter: AreaFilter = parsed.ok ? parsed.filter : {};
  const sortParam = params.get('sort');
  const sort: SortKey = (sortKeys as readonly string[]).includes(sortParam ?? '') ? (sortParam as SortKey) : 'name';
  const descending = params.get('order') === 'desc';
  const all = listAreaRows();
  const rows = listAreaRows(filter).sort((a, b) => {
    const x = sortValue(a, sort);
    const y = sortValue(b, sort);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'da');
    return descending ? -order : order;
  });
  const filtered = Object.keys(filter).length > 0;
  const years = listMapYears().map((y) => y.year);
  const municipalities = [...new Map(all.map((row) => [row.municipality.code, row.municipality.name])).entries()].sort((a, b) => a[1].localeCompare(b[1], 'da'));
  const query = new URLSearchParams(Object.entries(filter).map(([key, value]) => [key, String(value)])).toString();

  const header = (key: SortKey, text: string) => {
    const active = sort === key;
    const next = new URLSearchParams(params);
    if (key === 'name') next.delete('sort');
    else next.set('sort', key);
    if (active && !descending) next.set('order', 'desc');
    else next.delete('order');
    const href = next.toString() ? `/omraader?${next.toString()}` : '/omraader';
    return (
      <th scope="col" aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}>
        <Link className="sort" href={href}>
          {text}
          {active ? (descending ? ' ▼' : ' ▲') : ''}
        </Link>
      </th>
    );
  };

  return (
    <>
      <h1>Områder</h1>
      <p>
        {all.length} områder: de boligområder, staten har listet, og de bydele, de ligger i. Seneste kategori er den
        højeste kategori området (eller et af dets delområder) havde på den seneste liste, det stod på.
      </p>
      <form className="filters" method="get" action="/omraader" aria-label="Filtrér områder">
        <label>
          Kommune
          <select name="municipality" defaultValue={filter.municipality !== undefined ? String(filter.municipality) : ''}>
            <option value="">Alle</option>
            {municipalities.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Region
          <select name="region" defaultValue={filter.region ?? ''}>
            <option value="">Alle</option>
            {regions.map((region) => (
              <option key={region} value={region}>
                {region}
              </option>
            ))}
          </select>
        </label>
        <label>
          Kategori
          <select name="category" defaultValue={filter.category ?? ''}>
            <option value="">Alle</option>
            {categoryCodes.map((code) => (
              <option key={code} value={code}>
                {label(categoryLabels, code)}
              </option>
            ))}
          </select>
        </label>
        <label>
          På en liste i år
          <select name="year" defaultValue={filter.year !== undefined ? String(filter.year) : ''}>
            <option value="">Alle år</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </label>
        <label>
          Har indsatser
          <select name="kind" defaultValue={filter.kind ?? ''}>
            <option value="">Ligegyldigt</option>
            {interventionKinds.map((kind) => (
              <option key={kind} value={kind}>
                {label(kindLabels, kind)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Type
          <select name="type" defaultValue={filter.type ?? ''}>
            <option value="">Alle</option>
            <option value="listed_area">{label(areaTypeLabels, 'listed_area')}</option>
            <option value="district">{label(areaTypeLabels, 'district')}</option>
          </select>
        </label>
        <button type="submit">Vis</button>
        {filtered ? <Link href="/omraader">Nulstil filtre</Link> : null}
      </form>
      {!parsed.ok ? (
        <p className="error-note" role="alert">
          Filteret &quot;{parsed.parameter}&quot; blev ignoreret: værdien findes ikke.
        </p>
      ) : null}
      <p>
        Download: <a href={`/api/areas.csv${query ? `?${query}` : ''}`}>CSV</a> ·{' '}
        <a href={`/api/areas.csv?${query ? `${query}&` : ''}bom=1`}>CSV til Excel</a> · <a href="/api/memberships.csv">listeplaceringer (CSV, én række pr. område, liste og kategori)</a> ·{' '}
        <a href="/api/areas.geojson">GeoJSON</a> · <Link href="/api/areas" prefetch={false}>JSON</Link>
      </p>
      <div className="table-scroll">
        <table>
          <caption>
            {filtered ? `${rows.length} af ${all.length} områder med de valgte filtre` : 'Alle områder'}. Klik på en kolonneoverskrift for
            at sortere.
          </caption>
          <thead>
            <tr>
              {header('name', 'Område')}
              <th scope="col">Type</th>
              {header('municipality', 'Kommune')}
              {header('region', 'Region')}
              {header('latest', 'Seneste kategori')}
              {header('lists', 'Lister')}
              {header('interventions', 'Indsatser')}
            </tr>
          </thead>
          <tbody>
            {rows.map((area) => (
              <tr key={area.slug}>
                <th scope="row">
                  <Link href={`/omraader/${area.slug}`}>{area.name}</Link>
                </th>
                <td>{label(areaTypeLabels, area.type)}</td>
                <td>{area.municipality.name}</td>
                <td>{area.municipality.region ?? ''}</td>
                <td>
                  {filter.year !== undefined && area.categoriesByYear[String(filter.year)] ? (
                    <>
                      {area.categoriesByYear[String(filter.year)]!.map((code) => label(categoryLabels, code)).join(', ')} ({filter.year})
                    </>
                  ) : area.lastListed ? (
                    <>
                      {area.lastListed.codes.map((code) => label(categoryLabels, code)).join(', ')} ({formatDate(area.lastListed.date)}
                      {area.onLatestList ? ', seneste liste' : ''})
                    </>
                  ) : (
                    <span className="unknown">ingen kendt listning</span>
                  )}
                </td>
                <td className="number">{area.listDates.length}</td>
                <td className="number">
                  {area.interventionCounts.physical + area.interventionCounts.social + area.interventionCounts.policy}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
