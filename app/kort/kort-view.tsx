'use client';

import Link from 'next/link';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { AtlasMap, type MapView } from '@/app/_components/map';
import { notListedStyle, tierStyles, unknownStyle } from '@/app/_components/tier-style';

export interface KortArea {
  slug: string;
  name: string;
  municipality: string;
  location: { lat: number; lon: number } | null;
  /** Per year: a tier, `none` or `unknown`. */
  tiers: Record<string, string>;
  /** Per year: the official category labels. */
  categories: Record<string, string>;
}

export interface KortIntervention {
  slug: string;
  title: string;
  kind: string;
  kindLabel: string;
  category: string;
  categoryLabel: string;
  areas: string;
}

export interface KortState {
  year: number;
  kind: string;
  category: string;
  view: MapView | null;
}

function statusLabel(value: string | undefined): string {
  if (!value || value === 'none') return notListedStyle.name;
  if (value === 'unknown') return unknownStyle.name;
  return tierStyles[value]?.name ?? value;
}

function toQuery(state: KortState): string {
  const params = new URLSearchParams();
  params.set('year', String(state.year));
  if (state.kind) params.set('kind', state.kind);
  if (state.category) params.set('category', state.category);
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
  kinds,
  categories,
  initial,
}: {
  years: { year: number; complete: boolean }[];
  areas: KortArea[];
  interventions: KortIntervention[];
  kinds: { value: string; label: string }[];
  categories: { value: string; label: string }[];
  initial: KortState;
}) {
  const [state, setState] = useState<KortState>(initial);
  const [selected, setSelected] = useState<{ slug: string; nonce: number } | null>(null);
  const mapRegion = useRef<HTMLDivElement>(null);
  // True only in a browser running our JavaScript: the map's buttons are useless without it.
  const interactive = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );

  useEffect(() => {
    window.history.replaceState(null, '', `/kort?${toQuery(state)}`);
  }, [state]);

  const onViewChange = useCallback((view: MapView) => setState((current) => ({ ...current, view })), []);
  const located = areas.filter((area) => area.location);
  const unlocated = areas.filter((area) => !area.location);
  const shownInterventions = useMemo(
    () => interventions.filter((i) => (!state.kind || i.kind === state.kind) && (!state.category || i.category === state.category)),
    [interventions, state.kind, state.category],
  );
  const interventionFilter = useMemo(() => ({ kind: state.kind || undefined, category: state.category || undefined }), [state.kind, state.category]);
  const listYear = years.find((y) => y.year === state.year);

  return (
    <>
      <form
        className="filters"
        method="get"
        action="/kort"
        aria-label="Vælg år og filtre"
        onSubmit={(event) => event.preventDefault()}
      >
        <label>
          År (liste)
          <select name="year" value={state.year} onChange={(event) => setState({ ...state, year: Number(event.target.value) })}>
            {years.map((y) => (
              <option key={y.year} value={y.year}>
                {y.year}
              </option>
            ))}
          </select>
        </label>
        <label>
          Indsatser: type
          <select name="kind" value={state.kind} onChange={(event) => setState({ ...state, kind: event.target.value })}>
            <option value="">Alle</option>
            {kinds.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Indsatser: kategori
          <select name="category" value={state.category} onChange={(event) => setState({ ...state, category: event.target.value })}>
            <option value="">Alle</option>
            {categories.map((category) => (
              <option key={category.value} value={category.value}>
                {category.label}
              </option>
            ))}
          </select>
        </label>
        <noscript>
          <button type="submit">Vis</button>
        </noscript>
      </form>

      <div ref={mapRegion}>
        <AtlasMap
          mode="full"
          year={state.year}
          interventions={interventionFilter}
          view={initial.view}
          onViewChange={onViewChange}
          selectedArea={selected}
          label={`Kort over områderne, farvet efter kategori på listen ${state.year}`}
        />
      </div>
      <div className="legend" aria-label="Signaturforklaring">
        <strong>Kategori {state.year}:</strong>
        {[...Object.values(tierStyles), notListedStyle, unknownStyle].map((style) => (
          <span key={style.name} className="legend-item">
            <span className="legend-swatch" style={{ background: style.color, color: style.ink }}>
              {style.letter}
            </span>
            {style.name}
          </span>
        ))}
        {listYear && !listYear.complete ? <span className="note"> Listen {state.year} er ufuldstændig hos os.</span> : null}
      </div>

      <h2 id="tabel">Områderne på kortet</h2>
      <table>
        <caption>
          {located.length} områder med en kildebelagt placering, kategori på listen {state.year}
        </caption>
        <thead>
          <tr>
            <th scope="col">Område</th>
            <th scope="col">Kommune</th>
            <th scope="col">Kategori {state.year}</th>
            <th scope="col">Placering</th>
            <th scope="col">
              <span className="visually-hidden">Handling</span>
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
                {area.categories[String(state.year)] ?? statusLabel(area.tiers[String(state.year)])}
              </td>
              <td>
                {area.location!.lat.toFixed(4)}, {area.location!.lon.toFixed(4)}
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
                  Vis {area.name} på kortet
                </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {unlocated.length} områder har endnu ingen placering fra en kilde og er derfor ikke på kortet:{' '}
        {unlocated.map((area, i) => (
          <span key={area.slug}>
            {i > 0 ? ', ' : ''}
            <Link href={`/omraader/${area.slug}`}>{area.name}</Link>
          </span>
        ))}
        .
      </p>

      <h2 id="indsatser-paa-kortet">Indsatser på kortet</h2>
      {shownInterventions.length === 0 ? (
        <p>
          Ingen indsatser{state.kind || state.category ? ' med de valgte filtre' : ''} har endnu en egen, kildebelagt placering.
          Indsatserne findes i <Link href="/indsatser">kataloget</Link>.
        </p>
      ) : (
        <table>
          <caption>Indsatser med egen placering</caption>
          <thead>
            <tr>
              <th scope="col">Indsats</th>
              <th scope="col">Type</th>
              <th scope="col">Kategori</th>
              <th scope="col">Områder</th>
            </tr>
          </thead>
          <tbody>
            {shownInterventions.map((intervention) => (
              <tr key={intervention.slug}>
                <th scope="row">
                  <Link href={`/indsatser/${intervention.slug}`}>{intervention.title}</Link>
                </th>
                <td>{intervention.kindLabel}</td>
                <td>{intervention.categoryLabel}</td>
                <td>{intervention.areas}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
