import { StatusText } from '@/app/_components/status-text';
import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/app/_i18n/navigation';
import { listInterventionFacets, type InterventionSummary } from '@/db/queries/interventions';
import { dwellingMeasures } from '@/db/queries/figures';
import { latestValue } from '@/db/queries/rules';
import { defaultPageSize, interventionSortKeys, interventionTotals, pageInterventions, pageOptionKeys, parsePageOptions, type InterventionSortKey } from '@/db/queries/catalogue';
import { PlannedDone } from '@/app/_components/progress';
import { getLabels, useLabels } from '@/app/_components/labels';
import { SortHeader } from '@/app/_components/table-controls';
import { Pager } from '@/app/_components/pager';
import { AutoApplyForm, FacetChecklist } from '@/app/_components/filter-form';
import { limitFacetOptions } from '@/app/_components/facet-limit';

import { filterQuery, type InterventionFilter, parseInterventionFilter } from '@/db/queries/filters';

/** The most options a facet lists besides the chosen ones (all of them at today's size: 53 areas, 28 kommuner). */
const FACET_LIMIT = 100;

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

/**
 * The interventions catalogue for a query: one page of the filtered, sorted interventions, with
 * totals over all that match. The default view (no query) is prerendered at /indsatser; any query
 * is rewritten to the dynamic twin at /indsatser/filter (next.config.ts), which renders this too.
 */
export async function InterventionCatalogue({ params }: { params: URLSearchParams }) {
  const t = await getTranslations('catalogue');
  const l = await getLabels();
  const parsed = parseInterventionFilter(params, pageOptionKeys);
  const filter: InterventionFilter = parsed.ok ? parsed.filter : {};
  const options = parsePageOptions(params, interventionSortKeys, 'start');
  const { sort, descending } = options;
  const sortParam = params.get('sort');
  const result = pageInterventions(filter, options, l);
  const rows = result.rows;
  const facets = listInterventionFacets();
  const areaFacet = limitFacetOptions(facets.area, filter.area, FACET_LIMIT);
  const municipalityFacet = limitFacetOptions(facets.municipality, filter.municipality, FACET_LIMIT);
  const total = facets.kind.reduce((sum, o) => sum + o.count, 0);
  const filtered = Object.keys(filter).length > 0;
  const apiQuery = filterQuery(filter);
  // The totals row: every matching intervention (on all pages) rolled up once (a plan and its stages are not added twice).
  const totals = interventionTotals(filter, result.slugs);
  const pager = <Pager path="/indsatser" params={params} page={result.page} pages={result.pages} size={result.size} total={result.total} />;

  // A template the checklist fills in with its own count.
  const chosen = t('chosen', { count: '{count}' });

  const header = (key: InterventionSortKey, text: string) => (
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
        <br />
        <Link href="/indsatser/overblik">{t('overviewLink')}</Link>
      </p>

      <AutoApplyForm path="/indsatser" label={t('filterLabel')} submitLabel={t('show')}>
        <FacetChecklist label={t('kind')} name="kind" values={filter.kind} chosenLabel={chosen} options={facets.kind.map((o) => ({ value: o.value, label: `${l.kind(o.value)} (${o.count})` }))} />
        <FacetChecklist
          label={t('category')}
          name="category"
          values={filter.category}
          chosenLabel={chosen}
          options={facets.category.map((o) => ({ value: o.value, label: `${l.interventionCategory(o.value)} (${o.count})` }))}
        />
        <FacetChecklist label={t('status')} name="status" values={filter.status} chosenLabel={chosen} options={facets.status.map((o) => ({ value: o.value, label: `${l.status(o.value)} (${o.count})` }))} />
        <FacetChecklist
          label={t('municipality')}
          name="municipality"
          values={filter.municipality}
          chosenLabel={chosen}
          options={municipalityFacet.options.map((o) => ({ value: o.value, label: `${o.label} (${o.count})` }))}
          hiddenNote={municipalityFacet.hidden > 0 ? t('facetHidden', { hidden: l.number(municipalityFacet.hidden), shown: l.number(FACET_LIMIT) }) : null}
        />
        <FacetChecklist
          label={t('area')}
          name="area"
          values={filter.area}
          chosenLabel={chosen}
          options={areaFacet.options.map((o) => ({ value: o.value, label: `${o.label} (${o.count})` }))}
          hiddenNote={areaFacet.hidden > 0 ? t('facetHidden', { hidden: l.number(areaFacet.hidden), shown: l.number(FACET_LIMIT) }) : null}
        />
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
        {options.size !== defaultPageSize ? <input type="hidden" name="size" value={options.size} /> : null}
      </AutoApplyForm>
      <p className="result-count" role="status">
        {filtered ? t('resultCount', { count: result.total, total }) : t('resultCountAll', { count: result.total })}{' '}
        {filtered ? <Link href="/indsatser">{t('reset')}</Link> : null}
      </p>
      {!parsed.ok ? (
        <p className="error-note" role="alert">
          {t('ignored', { parameter: parsed.parameter })}
        </p>
      ) : null}

      <h2 id="katalog">
        {filtered ? t('countFiltered', { count: result.total }) : t('count', { count: result.total })}
      </h2>
      <p>
        {t('download')}:{' '}
        <a href={`/api/interventions.csv${apiQuery ? `?${apiQuery}` : ''}`}>CSV</a> ·{' '}
        <a href={`/api/interventions.csv?${apiQuery ? `${apiQuery}&` : ''}bom=1`}>{t('csvExcel')}</a> ·{' '}
        <a href={`/api/quantities.csv${apiQuery ? `?${apiQuery}` : ''}`}>{t('quantitiesCsv')}</a> ·{' '}
        <a href={`/api/interventions${apiQuery ? `?${apiQuery}` : ''}`}>JSON</a>
      </p>
      {pager}
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
                {filtered ? t('totalsFiltered', { count: result.total }) : t('totals', { count: result.total })}
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

      {result.pages > 1 ? pager : null}
    </>
  );
}
