import type { Metadata } from 'next';
import { StatusText } from '@/app/_components/status-text';
import { useTranslations } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_i18n/navigation';
import { listInterventionFacets, listInterventions, type InterventionSummary } from '@/db/queries/interventions';
import { dwellingMeasures, listDwellingFigures } from '@/db/queries/figures';
import { computeProgress } from '@/db/queries/progress';
import { latestValue } from '@/db/queries/rules';
import { PlannedDone } from '@/app/_components/progress';
import { FiguresNote, FiguresTable } from '@/app/_components/figures-table';
import { getLabels, useLabels, type Labels } from '@/app/_components/labels';
import { alternatesFor } from '@/app/_components/page-meta';
import { toUrlSearchParams } from '@/app/_components/search-params';
import { SortHeader } from '@/app/_components/table-controls';
import { AutoApplyForm, FacetChecklist } from '@/app/_components/filter-form';
import { DwellingChart } from '@/app/_components/charts/dwelling-chart';
import { InterventionMatrix } from '@/app/_components/intervention-matrix';
import { filterQuery, type InterventionFilter, parseInterventionFilter } from '@/db/queries/filters';

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'catalogue' });
  return { title: t('title'), description: t('description'), alternates: alternatesFor('/indsatser', locale) };
}

const sortKeys = ['start', 'end', 'title', 'kind', 'category', 'status', 'area', ...dwellingMeasures] as const;
type SortKey = (typeof sortKeys)[number];
const pageOptionKeys = ['sort', 'order'];

function sortValue(row: InterventionSummary, key: SortKey, l: Labels): string | number | null {
  switch (key) {
    case 'start':
      return row.startYear;
    case 'end':
      return row.endYear;
    case 'title':
      return l.text(row.title, row.titleEn);
    case 'kind':
      return row.kind;
    case 'category':
      return l.interventionCategory(row.category);
    case 'status':
      return l.status(row.status.value);
    case 'area':
      return row.areas[0]?.name ?? null;
    default:
      return latestValue(row.quantities, key, 'completed') ?? latestValue(row.quantities, key, 'planned');
  }
}

function sortRows(rows: InterventionSummary[], key: SortKey, descending: boolean, l: Labels): InterventionSummary[] {
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key, l);
    const y = sortValue(b, key, l);
    // Unknown values go last whichever way the column is sorted.
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), l.locale);
    return descending ? -order : order;
  });
}

function QuantityCell({ row, measure }: { row: InterventionSummary; measure: string }) {
  const t = useTranslations('catalogue');
  const l = useLabels();
  const planned = latestValue(row.quantities, measure, 'planned');
  const completed = latestValue(row.quantities, measure, 'completed');
  if (planned === null && completed === null) return <td className="number" />;
  return (
    <td className="number">
      {completed !== null ? <span className="basis-completed">{t('done', { value: l.number(completed) })}</span> : null}
      {completed !== null && planned !== null ? <br /> : null}
      {planned !== null ? <span className="basis-planned">{t('planned', { value: l.number(planned) })}</span> : null}
    </td>
  );
}

type Props = Params & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InterventionsPage({ params: routeParams, searchParams }: Props) {
  const { locale } = await routeParams;
  setRequestLocale(locale);
  const t = await getTranslations('catalogue');
  const l = await getLabels();
  const params = toUrlSearchParams(await searchParams);
  const parsed = parseInterventionFilter(params, pageOptionKeys);
  const filter: InterventionFilter = parsed.ok ? parsed.filter : {};
  const sortParam = params.get('sort');
  const sort: SortKey = (sortKeys as readonly string[]).includes(sortParam ?? '') ? (sortParam as SortKey) : 'start';
  const descending = params.get('order') === 'desc';
  const rows = sortRows(listInterventions(filter), sort, descending, l);
  const facets = listInterventionFacets();
  const total = facets.kind.reduce((sum, o) => sum + o.count, 0);
  const filtered = Object.keys(filter).length > 0;
  const apiQuery = filterQuery(filter);
  const figures = filtered ? null : listDwellingFigures();
  // The totals row: the shown interventions rolled up once (a plan and its stages are not added twice).
  const totals = computeProgress(rows.map((row) => row.slug));

  const header = (key: SortKey, text: string) => (
    <SortHeader path="/indsatser" params={params} column={key} defaultColumn="start" active={sort === key} descending={descending}>
      {text}
    </SortHeader>
  );

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">
        {t('lead')}
      </p>
      <p>
        <Link href="/udviklingsplaner">{t('progressLink')}</Link>
      </p>

      <AutoApplyForm path="/indsatser" label={t('filterLabel')} submitLabel={t('show')}>
        <FacetChecklist label={t('kind')} name="kind" values={filter.kind} chosenLabel={t('chosen')} options={facets.kind.map((o) => ({ value: o.value, label: `${l.kind(o.value)} (${o.count})` }))} />
        <FacetChecklist
          label={t('category')}
          name="category"
          values={filter.category}
          chosenLabel={t('chosen')}
          options={facets.category.map((o) => ({ value: o.value, label: `${l.interventionCategory(o.value)} (${o.count})` }))}
        />
        <FacetChecklist label={t('status')} name="status" values={filter.status} chosenLabel={t('chosen')} options={facets.status.map((o) => ({ value: o.value, label: `${l.status(o.value)} (${o.count})` }))} />
        <FacetChecklist
          label={t('municipality')}
          name="municipality"
          values={filter.municipality}
          chosenLabel={t('chosen')}
          options={facets.municipality.map((o) => ({ value: o.value, label: `${o.label} (${o.count})` }))}
        />
        <FacetChecklist label={t('area')} name="area" values={filter.area} chosenLabel={t('chosen')} options={facets.area.map((o) => ({ value: o.value, label: `${o.label} (${o.count})` }))} />
        <label>
          {t('year')}
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
        {sortParam && sort === sortParam ? <input type="hidden" name="sort" value={sort} /> : null}
        {descending ? <input type="hidden" name="order" value="desc" /> : null}
      </AutoApplyForm>
      <p className="result-count" role="status">
        {filtered ? t('resultCount', { count: rows.length, total }) : t('resultCountAll', { count: rows.length })}{' '}
        {filtered ? <Link href="/indsatser">{t('reset')}</Link> : null}
      </p>
      {!parsed.ok ? (
        <p className="error-note" role="alert">
          {t('ignored', { parameter: parsed.parameter })}
        </p>
      ) : null}

      <h2 id="katalog">
        {filtered ? t('countFiltered', { count: rows.length }) : t('count', { count: rows.length })}
      </h2>
      <p>
        {t('download')}:{' '}
        <a href={`/api/interventions.csv${apiQuery ? `?${apiQuery}` : ''}`}>CSV</a> ·{' '}
        <a href={`/api/interventions.csv?${apiQuery ? `${apiQuery}&` : ''}bom=1`}>{t('csvExcel')}</a> ·{' '}
        <a href={`/api/quantities.csv${apiQuery ? `?${apiQuery}` : ''}`}>{t('quantitiesCsv')}</a> ·{' '}
        <a href={`/api/interventions${apiQuery ? `?${apiQuery}` : ''}`}>JSON</a>
      </p>
      <div className="table-scroll">
        <table className="catalogue">
          <caption>{filtered ? t('captionFiltered') : t('caption')}</caption>
          <thead>
            <tr>
              {header('title', t('intervention'))}
              {header('category', t('category'))}
              {header('status', t('statusConfirmed'))}
              {header('area', t('areas'))}
              {header('start', t('period'))}
              {dwellingMeasures.map((measure) => header(measure, l.measure(measure)))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.slug}>
                <th scope="row">
                  <Link href={`/indsatser/${row.slug}`}>{l.text(row.title, row.titleEn)}</Link>
                </th>
                <td>
                  {l.interventionCategory(row.category)}
                  <br />
                  <span className="note">{l.kind(row.kind)}</span>
                </td>
                <td>
                  <StatusText status={row.status} compact />
                </td>
                <td>
                  {row.areas.length === 0 ? (
                    <span className="unknown">{t('nationwide')}</span>
                  ) : (
                    row.areas.map((area, i) => (
                      <span key={area.slug}>
                        {i > 0 ? ', ' : ''}
                        <Link href={`/omraader/${area.slug}`}>{area.name}</Link>
                      </span>
                    ))
                  )}
                </td>
                <td className="period">
                  {row.start ?? <span className="unknown">{t('unknown')}</span>}–{row.end ?? <span className="unknown">{t('unknown')}</span>}
                  {row.end && row.status.value !== 'completed' ? ` (${t('plannedShort')})` : ''}
                </td>
                {dwellingMeasures.map((measure) => (
                  <QuantityCell key={measure} row={row} measure={measure} />
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="totals">
              <th scope="row" colSpan={5}>
                {filtered ? t('totalsFiltered', { count: rows.length }) : t('totals', { count: rows.length })}
              </th>
              {dwellingMeasures.map((measure) => (
                <td key={measure} data-measure={measure}>
                  <PlannedDone progress={totals.find((m) => m.measure === measure)} />
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>

      {!filtered ? (
        <>
          <h2 id="matrix">{t('matrixHeading')}</h2>
          <p>{t('matrixText')}</p>
          <InterventionMatrix interventions={rows} />
        </>
      ) : null}

      {figures ? (
        <>
          <h2 id="tal">{t('figuresHeading')}</h2>
          <FiguresNote />
          <FiguresTable figures={figures.total} caption={t('figuresTotal')} />
          <DwellingChart rows={figures.areas} />
          <div className="table-scroll">
            <table>
              <caption>{t('perArea')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('area')}</th>
                  {dwellingMeasures.map((measure) => (
                    <th scope="col" key={measure}>
                      {l.measure(measure)}
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
                        {figure.completed ? l.number(figure.completed.total) : '–'} /{' '}
                        {figure.planned ? l.number(figure.planned.total) : '–'}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </>
  );
}
