import type { Metadata } from 'next';
import Link from 'next/link';
import {
  listInterventionFacets,
  listInterventions,
  parseInterventionFilter,
  type InterventionFilter,
  type InterventionSummary,
} from '@/db/queries/interventions';
import { dwellingMeasures, listDwellingFigures } from '@/db/queries/figures';
import { FiguresTable, figuresNote } from '@/app/_components/figures-table';
import {
  formatNumber,
  interventionCategoryLabels,
  kindLabels,
  label,
  measureLabels,
  statusLabels,
} from '@/app/_components/labels';
import { toUrlSearchParams } from '@/app/_components/search-params';
import { DwellingChart } from '@/app/_components/charts/dwelling-chart';
import { InterventionMatrix } from '@/app/_components/intervention-matrix';

export const metadata: Metadata = {
  title: 'Indsatser',
  description: 'Alle fysiske, sociale og politiske indsatser i de udsatte boligområder, med status, omfang og kilder.',
};

const sortKeys = ['start', 'end', 'title', 'kind', 'category', 'status', 'area', ...dwellingMeasures] as const;
type SortKey = (typeof sortKeys)[number];
const pageOptionKeys = ['sort', 'order'];

/** The latest figure of one measure and basis on an intervention. */
function latest(row: InterventionSummary, measure: string, basis: 'planned' | 'completed'): number | null {
  const matching = row.quantities.filter((q) => q.measure === measure && q.basis === basis);
  if (matching.length === 0) return null;
  const newest = Math.max(...matching.map((q) => q.asOf));
  return matching.filter((q) => q.asOf === newest).reduce((sum, q) => sum + q.value, 0);
}

function sortValue(row: InterventionSummary, key: SortKey): string | number | null {
  switch (key) {
    case 'start':
      return row.startYear;
    case 'end':
      return row.endYear;
    case 'title':
      return row.title;
    case 'kind':
      return row.kind;
    case 'category':
      return label(interventionCategoryLabels, row.category);
    case 'status':
      return label(statusLabels, row.status.value);
    case 'area':
      return row.areas[0]?.name ?? null;
    default:
      return latest(row, key, 'completed') ?? latest(row, key, 'planned');
  }
}

function sortRows(rows: InterventionSummary[], key: SortKey, descending: boolean): InterventionSummary[] {
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    // Unknown values go last whichever way the column is sorted.
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'da');
    return descending ? -order : order;
  });
}

function hrefWith(params: URLSearchParams, changes: Record<string, string | null>): string {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) next.delete(key);
    else next.set(key, value);
  }
  const query = next.toString();
  return query ? `/indsatser?${query}` : '/indsatser';
}

function QuantityCell({ row, measure }: { row: InterventionSummary; measure: string }) {
  const planned = latest(row, measure, 'planned');
  const completed = latest(row, measure, 'completed');
  if (planned === null && completed === null) return <td className="number" />;
  return (
    <td className="number">
      {completed !== null ? <span className="basis-completed">{formatNumber(completed)} gennemf.</span> : null}
      {completed !== null && planned !== null ? <br /> : null}
      {planned !== null ? <span className="basis-planned">{formatNumber(planned)} plan.</span> : null}
    </td>
  );
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InterventionsPage({ searchParams }: Props) {
  const params = toUrlSearchParams(await searchParams);
  const parsed = parseInterventionFilter(params, pageOptionKeys);
  const filter: InterventionFilter = parsed.ok ? parsed.filter : {};
  const sortParam = params.get('sort');
  const sort: SortKey = (sortKeys as readonly string[]).includes(sortParam ?? '') ? (sortParam as SortKey) : 'start';
  const descending = params.get('order') === 'desc';
  const rows = sortRows(listInterventions(filter), sort, descending);
  const facets = listInterventionFacets();
  const filtered = Object.keys(filter).length > 0;
  const apiQuery = new URLSearchParams(Object.entries(filter).map(([key, value]) => [key, String(value)])).toString();
  const figures = filtered ? null : listDwellingFigures();

  const header = (key: SortKey, text: string) => {
    const active = sort === key;
    const nextOrder = active && !descending ? 'desc' : null;
    return (
      <th scope="col" aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}>
        <Link className="sort" href={hrefWith(params, { sort: key === 'start' ? null : key, order: nextOrder })}>
          {text}
          {active ? (descending ? ' ▼' : ' ▲') : ''}
        </Link>
      </th>
    );
  };

  return (
    <>
      <h1>Indsatser</h1>
      <p className="lead">
        Hvad der er planlagt og gjort i områderne: nedrivninger, salg, nybyggeri og renoveringer side om side med de
        boligsociale helhedsplaner og de politiske beslutninger. Planlagt og gennemført holdes adskilt.
      </p>

      <form className="filters" method="get" action="/indsatser" aria-label="Filtrér indsatser">
        <label>
          Type
          <select name="kind" defaultValue={filter.kind ?? ''}>
            <option value="">Alle</option>
            {facets.kind.map((option) => (
              <option key={option.value} value={option.value}>
                {label(kindLabels, option.value)} ({option.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          Kategori
          <select name="category" defaultValue={filter.category ?? ''}>
            <option value="">Alle</option>
            {facets.category.map((option) => (
              <option key={option.value} value={option.value}>
                {label(interventionCategoryLabels, option.value)} ({option.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select name="status" defaultValue={filter.status ?? ''}>
            <option value="">Alle</option>
            {facets.status.map((option) => (
              <option key={option.value} value={option.value}>
                {label(statusLabels, option.value)} ({option.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          Kommune
          <select name="municipality" defaultValue={filter.municipality !== undefined ? String(filter.municipality) : ''}>
            <option value="">Alle</option>
            {facets.municipality.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label} ({option.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          Område
          <select name="area" defaultValue={filter.area ?? ''}>
            <option value="">Alle</option>
            {facets.area.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label} ({option.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          Aktiv i år
          <input
            type="number"
            name="year"
            inputMode="numeric"
            min={facets.years?.from ?? 1900}
            max={facets.years?.to ?? 2100}
            defaultValue={filter.year ?? ''}
            size={6}
          />
        </label>
        <button type="submit">Vis</button>
        {filtered ? <Link href="/indsatser">Nulstil filtre</Link> : null}
      </form>
      {!parsed.ok ? (
        <p className="error-note" role="alert">
          Filteret &quot;{parsed.parameter}&quot; blev ignoreret: værdien findes ikke.
        </p>
      ) : null}

      <h2 id="katalog">
        {rows.length} {rows.length === 1 ? 'indsats' : 'indsatser'}
        {filtered ? ' med de valgte filtre' : ''}
      </h2>
      <p>
        Download:{' '}
        <a href={`/api/interventions.csv${apiQuery ? `?${apiQuery}` : ''}`}>CSV</a> ·{' '}
        <a href={`/api/interventions.csv?${apiQuery ? `${apiQuery}&` : ''}bom=1`}>CSV til Excel</a> ·{' '}
        <a href={`/api/quantities.csv${apiQuery ? `?${apiQuery}` : ''}`}>omfang (CSV, med kilder)</a> ·{' '}
        <a href={`/api/interventions${apiQuery ? `?${apiQuery}` : ''}`}>JSON</a>
      </p>
      <div className="table-scroll">
        <table className="catalogue">
          <caption>Indsatser{filtered ? ' (filtreret)' : ''}. Klik på en kolonneoverskrift for at sortere.</caption>
          <thead>
            <tr>
              {header('title', 'Indsats')}
              {header('kind', 'Type')}
              {header('category', 'Kategori')}
              {header('status', 'Status')}
              {header('area', 'Områder')}
              {header('start', 'Start')}
              {header('end', 'Slut')}
              {dwellingMeasures.map((measure) => header(measure, label(measureLabels, measure)))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.slug}>
                <th scope="row">
                  <Link href={`/indsatser/${row.slug}`}>{row.title}</Link>
                </th>
                <td>{label(kindLabels, row.kind)}</td>
                <td>{label(interventionCategoryLabels, row.category)}</td>
                <td>
                  {label(statusLabels, row.status.value)} ({row.status.year})
                </td>
                <td>
                  {row.areas.length === 0 ? (
                    <span className="unknown">hele landet</span>
                  ) : (
                    row.areas.map((area, i) => (
                      <span key={area.slug}>
                        {i > 0 ? ', ' : ''}
                        <Link href={`/omraader/${area.slug}`}>{area.name}</Link>
                      </span>
                    ))
                  )}
                </td>
                <td>{row.start ?? <span className="unknown">ukendt</span>}</td>
                <td>
                  {row.end ?? <span className="unknown">ukendt</span>}
                  {row.end && row.status.value !== 'completed' ? ' (plan.)' : ''}
                </td>
                {dwellingMeasures.map((measure) => (
                  <QuantityCell key={measure} row={row} measure={measure} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {!filtered ? (
        <>
          <h2 id="matrix">Hvem har prøvet hvad</h2>
          <p>Hver celle viser antallet af indsatser af den slags i området og fører til listen over dem.</p>
          <InterventionMatrix interventions={rows} />
        </>
      ) : null}

      {figures ? (
        <>
          <h2 id="tal">Boliger i tal</h2>
          <p>{figuresNote}</p>
          <FiguresTable figures={figures.total} caption="Alle områder tilsammen" />
          <DwellingChart rows={figures.areas} />
          <table>
            <caption>Pr. område: gennemført / planlagt</caption>
            <thead>
              <tr>
                <th scope="col">Område</th>
                {dwellingMeasures.map((measure) => (
                  <th scope="col" key={measure}>
                    {label(measureLabels, measure)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {figures.areas.map((row) => (
                <tr key={row.area.slug}>
                  <th scope="row">
                    <Link href={`/omraader/${row.area.slug}#tal`}>{row.area.name}</Link>
                  </th>
                  {row.figures.map((figure) => (
                    <td key={figure.measure} className="number">
                      {figure.completed ? formatNumber(figure.completed.total) : '–'} /{' '}
                      {figure.planned ? formatNumber(figure.planned.total) : '–'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </>
  );
}
