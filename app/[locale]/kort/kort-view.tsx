'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/app/_i18n/navigation';
import { useLabels } from '@/app/_components/labels';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AtlasMap, type MapView } from '@/app/_components/map';
import { notListedStyle, tierStyles, unknownStyle } from '@/app/_components/tier-style';
import { boundaryStyles, municipalitySteps, precisionStyles } from '@/app/_components/map/layers';
import { localizePath } from '@/app/_i18n/paths';
import { useInteractive } from '@/app/_components/combobox';
import { Pager } from '@/app/_components/pager';
import { KORT_PAGE_SIZE } from '@/db/queries/page-sizes';
import type { KortTables } from '@/db/queries/kort';
import type { MapState } from '@/db/queries/filters';

/** The map page's state (its one reader of the URL is parseMapState in db/queries/filters.ts). */
export type KortState = MapState;


function toQuery(state: KortState): string {
  const params = new URLSearchParams();
  params.set('year', String(state.year));
  if (state.kind) params.set('kind', state.kind);
  if (state.category) params.set('category', state.category);
  if (!state.municipalities) params.set('municipalities', '0');
  if (state.view) params.set('view', `${state.view.lat.toFixed(4)},${state.view.lon.toFixed(4)},${state.view.zoom.toFixed(2)}`);
  if (state.areaPage > 1) params.set('areaPage', String(state.areaPage));
  if (state.interventionPage > 1) params.set('interventionPage', String(state.interventionPage));
  return params.toString();
}

/** The query that picks the tables: the year, the intervention filter and the pages (not the view). */
function tablesQuery(state: KortState): string {
  const params = new URLSearchParams({ year: String(state.year), areaPage: String(state.areaPage), interventionPage: String(state.interventionPage) });
  if (state.kind) params.set('kind', state.kind);
  if (state.category) params.set('category', state.category);
  return params.toString();
}

/**
 * The map page's controls, map and table mirror. Without JavaScript the form reloads the page
 * with the choice in the URL and the server renders the same tables; with it, changes recolour
 * and filter the map at once, the tables follow from ./tabeller (one page of each, issue 18), and
 * the URL keeps the state, so a view can be shared.
 */
export function KortView({
  years,
  tables: initialTables,
  kinds,
  categories,
  initial,
}: {
  years: { year: number; complete: boolean }[];
  tables: KortTables;
  kinds: { value: string; label: string }[];
  categories: { value: string; label: string }[];
  initial: KortState;
}) {
  const t = useTranslations('mapPage');
  const l = useLabels();
  const locale = useLocale();
  const [state, setState] = useState<KortState>(initial);
  const [selected, setSelected] = useState<{ slug: string; nonce: number } | null>(null);
  const mapRegion = useRef<HTMLDivElement>(null);
  // True only in a browser running our JavaScript: the map's buttons are useless without it.
  const interactive = useInteractive();

  const [tables, setTables] = useState<KortTables>(initialTables);
  const [loading, setLoading] = useState(false);
  const shown = useRef(tablesQuery(initial));

  useEffect(() => {
    window.history.replaceState(null, '', localizePath(`/kort?${toQuery(state)}`, locale));
  }, [state, locale]);

  // The tables follow the state: one request per change, the last one wins.
  const wanted = tablesQuery(state);
  useEffect(() => {
    if (wanted === shown.current) return;
    const controller = new AbortController();
    setLoading(true);
    fetch(`${localizePath('/kort/tabeller', locale)}?${wanted}`, { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<KortTables>) : Promise.reject(new Error(String(response.status)))))
      .then((next) => {
        shown.current = wanted;
        setTables(next);
        setLoading(false);
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        console.warn('kort: tables', error);
        setLoading(false);
      });
    return () => controller.abort();
  }, [wanted, locale]);

  const onViewChange = useCallback((view: MapView) => setState((current) => ({ ...current, view })), []);
  const interventionFilter = useMemo(() => ({ kind: state.kind || undefined, category: state.category || undefined }), [state.kind, state.category]);
  const listYear = years.find((y) => y.year === tables.year);
  const stateYear = years.find((y) => y.year === state.year);
  const kindLabel = useMemo(() => new Map(kinds.map((k) => [k.value, k.label])), [kinds]);
  const categoryLabel = useMemo(() => new Map(categories.map((c) => [c.value, c.label])), [categories]);
  const pagerParams = new URLSearchParams(toQuery(state));
  // A table's pager: plain links to its next pages, turned in place once the page runs.
  const tablePager = (key: 'areaPage' | 'interventionPage', table: { page: number; pages: number; total: number }, label: string, hash: string) =>
    table.pages > 1 ? (
      <Pager
        path="/kort"
        params={pagerParams}
        page={table.page}
        pages={table.pages}
        size={KORT_PAGE_SIZE}
        total={table.total}
        pageKey={key}
        sizes={false}
        label={label}
        hash={hash}
        onPage={interactive ? (page) => setState((current) => ({ ...current, [key]: page })) : undefined}
      />
    ) : null;

  return (
    <>
      <form
        className="filters"
        method="get"
        aria-label={t('controls')}
        onSubmit={(event) => event.preventDefault()}
      >
        <label>
          {t('year')}
          <select name="year" value={state.year} onChange={(event) => setState({ ...state, year: Number(event.target.value) })}>
            {years.map((y) => (
              <option key={y.year} value={y.year}>
                {y.year}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('kind')}
          <select name="kind" value={state.kind} onChange={(event) => setState({ ...state, kind: event.target.value, interventionPage: 1 })}>
            <option value="">{t('all')}</option>
            {kinds.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('category')}
          <select name="category" value={state.category} onChange={(event) => setState({ ...state, category: event.target.value, interventionPage: 1 })}>
            <option value="">{t('all')}</option>
            {categories.map((category) => (
              <option key={category.value} value={category.value}>
                {category.label}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            name="municipalities"
            value="1"
            checked={state.municipalities}
            onChange={(event) => setState({ ...state, municipalities: event.target.checked })}
          />
          {t('municipalities')}
        </label>
        {/* Without JavaScript an unticked box sends nothing; the hidden field says "off" unless the box says "on". */}
        {state.municipalities ? null : <input type="hidden" name="municipalities" value="0" />}
        <noscript>
          <button type="submit">{t('show')}</button>
        </noscript>
      </form>

      <div ref={mapRegion}>
        <AtlasMap
          mode="full"
          year={state.year}
          interventions={interventionFilter}
          municipalities={state.municipalities}
          view={initial.view}
          onViewChange={onViewChange}
          selectedArea={selected}
          label={t('mapLabel', { year: state.year })}
        />
      </div>
      <div className="legend" aria-label={t('legend')}>
        <strong>{t('categoryYear', { year: state.year })}:</strong>
        {[...Object.entries(tierStyles), ['none', notListedStyle] as const, ['unknown', unknownStyle] as const].map(([tier, style]) => (
          <span key={tier} className="legend-item">
            <span className="legend-swatch" style={{ background: style.color, color: style.ink }}>
              {style.letter}
            </span>
            {l.mapTier(tier)}
          </span>
        ))}
        {stateYear && !stateYear.complete ? <span className="note"> {t('incomplete', { year: state.year })}</span> : null}
      </div>
      <div className="legend" aria-label={t('precisionLegend')}>
        <strong>{t('precisionLegend')}:</strong>
        {(Object.keys(precisionStyles) as (keyof typeof precisionStyles)[]).map((precision) => (
          <span key={precision} className="legend-item">
            <span className={`legend-precision legend-precision-${precision}`} aria-hidden="true" />
            {t(`precisionItem.${precision}`)}
          </span>
        ))}
        <span className="legend-item">
          <span className="legend-precision legend-precision-shared" aria-hidden="true" />
          {t('sharedPoint')}
        </span>
      </div>
      <div className="legend" aria-label={t('boundaryLegend')}>
        <strong>{t('boundaryLegend')}:</strong>
        {(Object.keys(boundaryStyles) as (keyof typeof boundaryStyles)[]).map((precision) => (
          <span key={precision} className="legend-item">
            <span className={`legend-boundary legend-boundary-${precision}`} aria-hidden="true" />
            {t(`boundaryItem.${precision}`)}
          </span>
        ))}
      </div>
      <p className="note">{t('interventionsZoom')}</p>
      {state.municipalities ? (
        <div className="legend" aria-label={t('municipalityLegend', { year: state.year })}>
          <strong>{t('municipalityLegend', { year: state.year })}:</strong>
          {municipalitySteps.map((step) => (
            <span key={step.from} className="legend-item">
              <span className="legend-swatch" style={{ background: step.color }} aria-hidden="true" />
              {step.to === null ? `${step.from}+` : step.from === step.to ? String(step.from) : `${step.from}–${step.to}`}
            </span>
          ))}
        </div>
      ) : null}

      <div aria-busy={loading} aria-live="polite" className={loading ? 'kort-tables kort-tables-loading' : 'kort-tables'}>
        <h2 id="tabel">{t('areasHeading')}</h2>
        <div className="table-scroll">
          <table>
            <caption>{t('areasCaption', { count: tables.areas.total, year: tables.year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('area')}</th>
                <th scope="col">{t('municipality')}</th>
                <th scope="col">{t('categoryYear', { year: tables.year })}</th>
                <th scope="col">{t('location')}</th>
                <th scope="col">{t('precision')}</th>
                <th scope="col">{t('boundary')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('action')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tables.areas.rows.map((area) => (
                <tr key={area.slug} data-slug={area.slug}>
                  <th scope="row">
                    <Link href={`/omraader/${area.slug}`}>{area.name}</Link>
                  </th>
                  <td>{area.municipality}</td>
                  <td data-tier={area.tier}>{area.codes.length > 0 ? area.codes.map((code) => l.category(code)).join(', ') : l.mapTier(area.tier)}</td>
                  <td>
                    {area.location.lat.toFixed(4)}, {area.location.lon.toFixed(4)}
                  </td>
                  <td data-precision={area.location.precision}>{l.placedAt(area.location.precision, area.location.place)}</td>
                  <td data-boundary={area.boundary ? 'yes' : 'no'}>
                    {area.boundary ? l.boundary(area.boundary.precision, area.boundary.place) : <span className="unknown">{t('noBoundary')}</span>}
                  </td>
                  <td>
                    {interactive ? (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => {
                          setSelected({ slug: area.slug, nonce: Date.now() });
                          mapRegion.current?.scrollIntoView({ block: 'center' });
                        }}
                      >
                        {t('showOnMap', { name: area.name })}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {tablePager('areaPage', tables.areas, t('areasPager'), '#tabel')}
        <p>
          {t('unlocated', { count: tables.unlocated.total })}{' '}
          {tables.unlocated.rows.map((area, i) => (
            <span key={area.slug}>
              {i > 0 ? ', ' : ''}
              <Link href={`/omraader/${area.slug}`}>{area.name}</Link>
            </span>
          ))}
          {tables.unlocated.total > tables.unlocated.rows.length ? (
            <>
              {' '}
              <Link href="/omraader">{t('unlocatedMore', { count: tables.unlocated.total - tables.unlocated.rows.length })}</Link>
            </>
          ) : null}
          .
        </p>

        <h2 id="indsatser-paa-kortet">{t('interventionsHeading')}</h2>
        {tables.interventions.total === 0 ? (
          <p>
            {state.kind || state.category ? t('noInterventionsFiltered') : t('noInterventions')} <Link href="/indsatser">{t('catalogue')}</Link>
          </p>
        ) : (
          <>
            <div className="table-scroll">
              <table>
                <caption>{t('interventionsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('intervention')}</th>
                    <th scope="col">{t('kindColumn')}</th>
                    <th scope="col">{t('categoryColumn')}</th>
                    <th scope="col">{t('areas')}</th>
                    <th scope="col">{t('placement')}</th>
                  </tr>
                </thead>
                <tbody>
                  {tables.interventions.rows.map((intervention) => (
                    <tr key={intervention.slug}>
                      <th scope="row">
                        <Link href={`/indsatser/${intervention.slug}`}>{l.text(intervention.title, intervention.titleEn)}</Link>
                      </th>
                      <td>{kindLabel.get(intervention.kind) ?? intervention.kind}</td>
                      <td>{categoryLabel.get(intervention.category) ?? intervention.category}</td>
                      <td>{intervention.areas.join(', ')}</td>
                      <td>{intervention.placedAt ? t('placementArea', { name: intervention.placedAt }) : t('placementOwn')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {tablePager('interventionPage', tables.interventions, t('interventionsPager'), '#indsatser-paa-kortet')}
          </>
        )}

        <h2 id="kommuner">{t('municipalitiesHeading', { year: tables.year })}</h2>
        {listYear && !listYear.complete ? <p className="note">{t('municipalitiesIncomplete', { year: tables.year })}</p> : null}
        {tables.municipalities.length === 0 ? (
          <p>{t('noMunicipalities', { year: tables.year })}</p>
        ) : (
          <div className="table-scroll">
            <table>
              <caption>{t('municipalitiesCaption', { count: tables.municipalities.length, year: tables.year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('municipality')}</th>
                  <th scope="col">{t('areaCount')}</th>
                  <th scope="col">{t('categories')}</th>
                </tr>
              </thead>
              <tbody>
                {tables.municipalities.map((m) => (
                  <tr key={m.code} data-code={m.code}>
                    <th scope="row">
                      <Link href={`/omraader?municipality=${m.code}`}>{m.name}</Link>
                    </th>
                    <td className="number">{m.total}</td>
                    <td>{m.categories.map(({ code, count }) => `${l.category(code)}: ${count}`).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </>
  );
}
