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

export interface KortArea {
  slug: string;
  name: string;
  municipality: string;
  location: { lat: number; lon: number; precision: 'area' | 'district' | 'town' | 'municipality'; place: string | null } | null;
  /** The location's precision in a sentence ("Omtrentlig placering: byen Odense"). */
  placedAt: string;
  /** The boundary the map draws for the area, in a phrase ("Bydelens grænse (Nørrebro)"), or null. */
  boundary: string | null;
  /** Per year: a tier, `none` or `unknown`. */
  tiers: Record<string, string>;
  /** Per year: the official category labels. */
  categories: Record<string, string>;
}

export interface KortIntervention {
  slug: string;
  title: string;
  kind: string;
  category: string;
  areas: string;
  /** Where the map draws it: its own location, or at which area. */
  placement: string;
}

export interface KortMunicipality {
  code: number;
  name: string;
  /** Per list year: listed areas in all, and per category as text. */
  counts: Record<string, { total: number; categories: string }>;
}

export interface KortState {
  year: number;
  kind: string;
  category: string;
  /** Whether the kommune layer is shown. */
  municipalities: boolean;
  view: MapView | null;
}


function toQuery(state: KortState): string {
  const params = new URLSearchParams();
  params.set('year', String(state.year));
  if (state.kind) params.set('kind', state.kind);
  if (state.category) params.set('category', state.category);
  if (!state.municipalities) params.set('municipalities', '0');
  if (state.view) params.set('view', `${state.view.lat.toFixed(4)},${state.view.lon.toFixed(4)},${state.view.zoom.toFixed(2)}`);
  return params.toString();
}

/**
 * The map page's controls, map and table mirror. Without JavaScript the form reloads the page
 * with the choice in the URL and the server renders the same table; with it, changes recolour
 * and filter the map at once and the URL keeps the state, so a view can be shared.
 */
export function KortView({
  years,
  areas,
  interventions,
  municipalities,
  areaNames,
  kinds,
  categories,
  initial,
}: {
  years: { year: number; complete: boolean }[];
  areas: KortArea[];
  interventions: KortIntervention[];
  municipalities: KortMunicipality[];
  areaNames: Record<string, string>;
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

  useEffect(() => {
    window.history.replaceState(null, '', localizePath(`/kort?${toQuery(state)}`, locale));
  }, [state, locale]);

  const onViewChange = useCallback((view: MapView) => setState((current) => ({ ...current, view })), []);
  const located = areas.filter((area) => area.location);
  const unlocated = areas.filter((area) => !area.location);
  const shownInterventions = useMemo(
    () => interventions.filter((i) => (!state.kind || i.kind === state.kind) && (!state.category || i.category === state.category)),
    [interventions, state.kind, state.category],
  );
  const interventionFilter = useMemo(() => ({ kind: state.kind || undefined, category: state.category || undefined }), [state.kind, state.category]);
  const listYear = years.find((y) => y.year === state.year);
  const kindLabel = useMemo(() => new Map(kinds.map((k) => [k.value, k.label])), [kinds]);
  const categoryLabel = useMemo(() => new Map(categories.map((c) => [c.value, c.label])), [categories]);
  const listedMunicipalities = municipalities.filter((m) => (m.counts[String(state.year)]?.total ?? 0) > 0);

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
          <select name="kind" value={state.kind} onChange={(event) => setState({ ...state, kind: event.target.value })}>
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
          <select name="category" value={state.category} onChange={(event) => setState({ ...state, category: event.target.value })}>
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
          areaNames={areaNames}
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
        {listYear && !listYear.complete ? <span className="note"> {t('incomplete', { year: state.year })}</span> : null}
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

      <h2 id="tabel">{t('areasHeading')}</h2>
      <div className="table-scroll">
        <table>
          <caption>
            {t('areasCaption', { count: located.length, year: state.year })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('area')}</th>
              <th scope="col">{t('municipality')}</th>
              <th scope="col">{t('categoryYear', { year: state.year })}</th>
              <th scope="col">{t('location')}</th>
              <th scope="col">{t('precision')}</th>
              <th scope="col">{t('boundary')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('action')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {located.map((area) => (
              <tr key={area.slug} data-slug={area.slug}>
                <th scope="row">
                  <Link href={`/omraader/${area.slug}`}>{area.name}</Link>
                </th>
                <td>{area.municipality}</td>
                <td data-tier={area.tiers[String(state.year)] ?? 'none'}>
                  {area.categories[String(state.year)] ?? l.mapTier(area.tiers[String(state.year)] ?? 'none')}
                </td>
                <td>
                  {area.location!.lat.toFixed(4)}, {area.location!.lon.toFixed(4)}
                </td>
                <td data-precision={area.location!.precision}>{area.placedAt}</td>
                <td data-boundary={area.boundary ? 'yes' : 'no'}>{area.boundary ?? <span className="unknown">{t('noBoundary')}</span>}</td>
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
      <p>
        {t('unlocated', { count: unlocated.length })}{' '}
        {unlocated.map((area, i) => (
          <span key={area.slug}>
            {i > 0 ? ', ' : ''}
            <Link href={`/omraader/${area.slug}`}>{area.name}</Link>
          </span>
        ))}
        .
      </p>

      <h2 id="indsatser-paa-kortet">{t('interventionsHeading')}</h2>
      {shownInterventions.length === 0 ? (
        <p>
          {state.kind || state.category ? t('noInterventionsFiltered') : t('noInterventions')}{' '}
          <Link href="/indsatser">{t('catalogue')}</Link>
        </p>
      ) : (
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
              {shownInterventions.map((intervention) => (
                <tr key={intervention.slug}>
                  <th scope="row">
                    <Link href={`/indsatser/${intervention.slug}`}>{intervention.title}</Link>
                  </th>
                  <td>{kindLabel.get(intervention.kind) ?? intervention.kind}</td>
                  <td>{categoryLabel.get(intervention.category) ?? intervention.category}</td>
                  <td>{intervention.areas}</td>
                  <td>{intervention.placement}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 id="kommuner">{t('municipalitiesHeading', { year: state.year })}</h2>
      {listYear && !listYear.complete ? <p className="note">{t('municipalitiesIncomplete', { year: state.year })}</p> : null}
      {listedMunicipalities.length === 0 ? (
        <p>{t('noMunicipalities', { year: state.year })}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption>{t('municipalitiesCaption', { count: listedMunicipalities.length, year: state.year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('municipality')}</th>
                <th scope="col">{t('areaCount')}</th>
                <th scope="col">{t('categories')}</th>
              </tr>
            </thead>
            <tbody>
              {listedMunicipalities.map((m) => (
                <tr key={m.code} data-code={m.code}>
                  <th scope="row">
                    <Link href={`/omraader?municipality=${m.code}`}>{m.name}</Link>
                  </th>
                  <td className="number">{m.counts[String(state.year)]!.total}</td>
                  <td>{m.counts[String(state.year)]!.categories}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
