'use client';

import { localizePath } from '@/app/_i18n/paths';
import { useEffect, useRef, useState } from 'react';
import { AttributionControl, LngLatBounds, Map as MapLibreMap, NavigationControl, Popup, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { resolveBasemap, type Basemap } from './basemap';
import {
  AREA_CLUSTER_MAX_ZOOM,
  AREA_SOURCE,
  BOUNDARY_SOURCE,
  FOCUS_SOURCE,
  INTERVENTION_SOURCE,
  MUNICIPALITY_SOURCE,
  areaLayers,
  boundaryLayers,
  focusLayers,
  focusZoom,
  interventionLayerFilters,
  interventionLayerIds,
  interventionLayers,
  municipalityFill,
  municipalityLayers,
  tierColor,
} from './layers';
import { useTranslations } from 'next-intl';
import { useLabels } from '../labels';

/** Where the map looks: centre and zoom. */
export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

export interface AtlasMapProps {
  /** `full`: every area and intervention; `overview`: the same, small (front page); `mini`: one place, centred. */
  mode: 'full' | 'overview' | 'mini';
  /** The list year the areas are coloured by (full map). */
  year?: number;
  /** Filter of the intervention layer (full map). */
  interventions?: { kind?: string; category?: string };
  /** Whether the kommune layer is shown (full and overview maps). */
  municipalities?: boolean;
  /** The initial view; Denmark when absent. */
  view?: MapView | null;
  /** Called after the user moves the map, so the page can keep the view in its URL. */
  onViewChange?: (view: MapView) => void;
  /** The place a mini-map centres on, with the precision of its point (a coarse one is drawn with a halo). */
  focus?: { lat: number; lon: number; label: string; precision?: 'area' | 'district' | 'town' | 'municipality' } | null;
  /** The boundary a mini-map draws around its place: the polygon's source id and whether it is the area's own or its district's. */
  boundary?: { polygon: string; precision: 'area' | 'district' } | null;
  /** Asks the full map to open an area's popup (from the table beside it). */
  selectedArea?: { slug: string; nonce: number } | null;
  /** Area names by slug, for popups that name areas; the full and overview maps also read them from their area layer. */
  areaNames?: Record<string, string>;
  label: string;
}

declare global {
  interface Window {
    /** Test hook: the map instances on the page and their basemap (DESIGN §7, STYLE: a test hook). */
    __boligatlas?: { maps: { map: MapLibreMap; mode: string; basemap: Basemap['kind'] }[] };
  }
}

const denmark: MapView = { lat: 56.1, lon: 10.6, zoom: 5.6 };
let workerConfigured = false;

/** The words of the popups, in the page's language. */
interface PopupText {
  municipality: (name: string) => string;
  tier: (code: string) => string;
  placedAt: (precision: string, place: string | null) => string;
  cluster: (count: number) => string;
  clusterShared: string;
  municipalityCount: (count: number, year: number) => string;
  incompleteCount: string;
  seeAreas: string;
  interventionAtArea: (name: string) => string;
  interventionOwn: string;
  areaName: (slug: string) => string;
  category: (code: string) => string;
  profile: string;
  intervention: string;
  municipalityAttribution: string;
  boundaryAttribution: string;
  boundary: (precision: string, place: string | null) => string;
  boundaryAreas: string;
  boundaryDistrictNote: string;
  /** The page's language: links go to its paths (app/_i18n/paths.ts). */
  locale: string;
}

/** A DOM element with text content: no text from the data is ever parsed as HTML. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = element('a', text);
  a.href = href;
  return a;
}

/** Popup content built as DOM nodes, so no text from the data is ever parsed as HTML. */
function areaPopup(properties: Record<string, unknown>, year: number, text: PopupText): HTMLElement {
  const root = element('div', undefined, 'map-popup');
  const tier = properties[`tier_${year}`];
  const precision = String(properties.precision ?? 'area');
  root.append(
    element('strong', String(properties.name ?? '')),
    element('div', text.municipality(String(properties.municipality ?? ''))),
    element('div', `${year}: ${text.tier(typeof tier === 'string' ? tier : 'none')}`),
    element('div', text.placedAt(precision, typeof properties.place === 'string' ? properties.place : null), precision === 'area' ? 'map-precision' : 'map-precision map-approximate'),
    link(localizePath(`/omraader/${String(properties.slug ?? '')}`, text.locale), text.profile),
  );
  return root;
}

/** The areas that share one (coarse) point. */
function clusterPopup(leaves: Record<string, unknown>[], year: number, text: PopupText): HTMLElement {
  const root = element('div', undefined, 'map-popup');
  const first = leaves[0] ?? {};
  root.append(
    element('strong', text.cluster(leaves.length)),
    element('div', text.placedAt(String(first.precision ?? 'area'), typeof first.place === 'string' ? first.place : null), 'map-precision map-approximate'),
    element('div', text.clusterShared),
  );
  const list = element('ul');
  for (const leaf of [...leaves].sort((a, b) => String(a.name).localeCompare(String(b.name), 'da'))) {
    const item = element('li');
    const tier = leaf[`tier_${year}`];
    item.append(link(localizePath(`/omraader/${String(leaf.slug ?? '')}`, text.locale), String(leaf.name ?? '')), ` (${year}: ${text.tier(typeof tier === 'string' ? tier : 'none')})`);
    list.append(item);
  }
  root.append(list);
  return root;
}

function interventionPopup(properties: Record<string, unknown>, text: PopupText): HTMLElement {
  const root = element('div', undefined, 'map-popup');
  const placedAt = typeof properties.placedAt === 'string' ? properties.placedAt : null;
  root.append(
    element('strong', String((text.locale === 'en' && properties.titleEn) || properties.title || '')),
    element('div', placedAt ? text.interventionAtArea(text.areaName(placedAt)) : text.interventionOwn, placedAt ? 'map-precision map-approximate' : 'map-precision'),
    link(localizePath(`/indsatser/${String(properties.slug ?? '')}`, text.locale), text.intervention),
  );
  return root;
}

/** A boundary: what it outlines, and the areas it is the boundary of (a district's is not theirs). */
function boundaryPopup(properties: Record<string, unknown>, text: PopupText): HTMLElement {
  const root = element('div', undefined, 'map-popup');
  const precision = String(properties.precision ?? 'district');
  root.append(element('strong', text.boundary(precision, typeof properties.place === 'string' ? properties.place : null)));
  if (precision === 'district') root.append(element('div', text.boundaryDistrictNote, 'map-approximate'));
  // maplibre hands nested properties over as JSON text.
  const slugs = (typeof properties.areas === 'string' ? JSON.parse(properties.areas) : (properties.areas ?? [])) as string[];
  root.append(element('div', text.boundaryAreas));
  const list = element('ul');
  for (const slug of [...slugs].sort((a, b) => text.areaName(a).localeCompare(text.areaName(b), 'da'))) {
    const item = element('li');
    item.append(link(localizePath(`/omraader/${slug}`, text.locale), text.areaName(slug)));
    list.append(item);
  }
  root.append(list);
  return root;
}

function municipalityPopup(properties: Record<string, unknown>, year: number, text: PopupText): HTMLElement {
  const root = element('div', undefined, 'map-popup');
  const count = Number(properties[`count_${year}`] ?? 0);
  root.append(element('strong', text.municipality(String(properties.name ?? ''))), element('div', text.municipalityCount(count, year)));
  // maplibre hands nested properties over as JSON text.
  const counts = (typeof properties.counts === 'string' ? JSON.parse(properties.counts) : properties.counts) as Record<string, { categories: Record<string, number>; complete: boolean }> | undefined;
  const categories = counts?.[String(year)]?.categories ?? {};
  if (counts?.[String(year)]?.complete === false) root.append(element('div', text.incompleteCount, 'map-approximate'));
  if (Object.keys(categories).length > 0) {
    root.append(element('div', Object.entries(categories).map(([code, n]) => `${text.category(code)}: ${n}`).join(', ')));
  }
  if (count > 0) root.append(link(localizePath(`/omraader?municipality=${String(properties.code ?? '')}`, text.locale), text.seeAreas));
  return root;
}

/**
 * The one maplibre component (DESIGN §7). Loaded only on pages with a map, through `next/dynamic`
 * in ./index.tsx; its worker is served from public/. Announces itself on `window.__boligatlas` and
 * with a `map:loaded` event once the style and the data are drawn.
 */
export default function AtlasMap({ mode, year = 2024, interventions = {}, municipalities = true, view, onViewChange, focus, boundary = null, selectedArea, label, areaNames = {} }: AtlasMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const popupRef = useRef<Popup | null>(null);
  // Area names from the area layer's own data, so the page need not send every name (issue 18).
  const namesRef = useRef(new Map<string, string>());
  const yearRef = useRef(year);
  const municipalitiesRef = useRef(municipalities);
  const onViewChangeRef = useRef(onViewChange);
  const [state, setState] = useState<'loading' | 'loaded' | 'error'>('loading');
  const [basemap, setBasemap] = useState<Basemap['kind'] | null>(null);
  const t = useTranslations('map');
  const l = useLabels();
  const popupText: PopupText = {
    municipality: (name) => t('municipality', { name }),
    tier: (code) => l.mapTier(code),
    placedAt: (precision, place) => l.placedAt(precision, place),
    cluster: (count) => t('clusterHeading', { count }),
    clusterShared: t('clusterShared'),
    municipalityCount: (count, y) => t('municipalityPopup', { count, year: y }),
    incompleteCount: t('incompleteCount'),
    seeAreas: t('seeAreas'),
    interventionAtArea: (name) => t('interventionAtArea', { name }),
    interventionOwn: t('interventionOwn'),
    areaName: (slug) => areaNames[slug] ?? namesRef.current.get(slug) ?? slug,
    category: (code) => l.category(code),
    profile: t('seeProfile'),
    intervention: t('seeIntervention'),
    municipalityAttribution: t('municipalityAttribution'),
    boundaryAttribution: t('boundaryAttribution'),
    boundary: (precision, place) => l.boundary(precision, place),
    boundaryAreas: t('boundaryAreas'),
    boundaryDistrictNote: t('boundaryDistrictNote'),
    locale: l.locale,
  };
  const textRef = useRef(popupText);
  useEffect(() => {
    textRef.current = popupText;
  });

  useEffect(() => {
    yearRef.current = year;
    onViewChangeRef.current = onViewChange;
  }, [year, onViewChange]);

  useEffect(() => {
    if (!container.current) return;
    let cancelled = false;
    let map: MapLibreMap | null = null;
    if (!workerConfigured) {
      setWorkerUrl('/maplibre-gl-worker.mjs');
      workerConfigured = true;
    }
    void resolveBasemap().then((resolved) => {
      if (cancelled || !container.current) return;
      const start = focus ? { lat: focus.lat, lon: focus.lon, zoom: focusZoom[focus.precision ?? 'area'] } : (view ?? denmark);
      map = new MapLibreMap({
        container: container.current,
        style: resolved.style,
        center: [start.lon, start.lat],
        zoom: start.zoom,
        attributionControl: false,
        cooperativeGestures: mode === 'mini',
      });
      mapRef.current = map;
      setBasemap(resolved.kind);
      map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
      map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
      map.on('error', (event) => console.warn('map:', event.error?.message));
      map.on('load', () => {
        if (!map) return;
        const origin = window.location.origin;
        if (mode !== 'mini') {
          map.addSource(MUNICIPALITY_SOURCE, { type: 'geojson', data: `${origin}/api/municipalities.geojson`, attribution: textRef.current.municipalityAttribution });
          map.addSource(AREA_SOURCE, { type: 'geojson', data: `${origin}/api/areas.geojson`, cluster: true, clusterRadius: 40, clusterMaxZoom: AREA_CLUSTER_MAX_ZOOM });
          if (mode === 'full') map.addSource(INTERVENTION_SOURCE, { type: 'geojson', data: `${origin}/api/interventions.geojson` });
          if (mode === 'full') map.addSource(BOUNDARY_SOURCE, { type: 'geojson', data: `${origin}/api/boundaries.geojson`, attribution: textRef.current.boundaryAttribution });
          for (const layer of municipalityLayers(yearRef.current, municipalitiesRef.current)) map.addLayer(layer);
          if (mode === 'full') for (const layer of boundaryLayers('boundary')) map.addLayer(layer);
          for (const layer of areaLayers(yearRef.current, Boolean(resolved.style.glyphs))) map.addLayer(layer);
          if (mode === 'full') for (const layer of interventionLayers(interventions)) map.addLayer(layer);
          const openPopup = (at: [number, number], content: HTMLElement) => {
            popupRef.current?.remove();
            popupRef.current = new Popup({ maxWidth: '280px' }).setLngLat(at).setDOMContent(content).addTo(map!);
          };
          // One click handler, so a click opens the topmost thing under it and nothing beneath.
          const clickable = [...interventionLayerIds, 'area-points', 'area-clusters', 'area-halos', 'boundary-fill', 'municipality-fill'];
          map.on('click', async (event) => {
            const layers = clickable.filter((id) => map!.getLayer(id) && map!.getLayoutProperty(id, 'visibility') !== 'none');
            const hits = map!.queryRenderedFeatures(event.point, { layers });
            const hit = clickable.map((id) => hits.find((f) => f.layer.id === id)).find(Boolean);
            if (!hit) return;
            const at: [number, number] = [event.lngLat.lng, event.lngLat.lat];
            const properties = hit.properties as Record<string, unknown>;
            const y = yearRef.current;
            if (interventionLayerIds.includes(hit.layer.id)) openPopup(at, interventionPopup(properties, textRef.current));
            else if (hit.layer.id === 'municipality-fill') openPopup(at, municipalityPopup(properties, y, textRef.current));
            else if (hit.layer.id === 'boundary-fill') openPopup(at, boundaryPopup(properties, textRef.current));
            else if (hit.layer.id === 'area-clusters') {
              const source = map!.getSource(AREA_SOURCE) as GeoJSONSource;
              const zoom = await source.getClusterExpansionZoom(properties.cluster_id as number);
              map!.easeTo({ center: hit.geometry.type === 'Point' ? (hit.geometry.coordinates as [number, number]) : at, zoom });
            } else if (hit.geometry.type === 'Point') {
              // Areas that share this very point (a town's, a kommune's) are listed together.
              const [lon, lat] = hit.geometry.coordinates as [number, number];
              const here = new Map(
                hits
                  .filter((f) => (f.layer.id === 'area-points' || f.layer.id === 'area-halos') && f.geometry.type === 'Point')
                  .filter((f) => {
                    const [x, y] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
                    return x === lon && y === lat;
                  })
                  .map((f) => [String(f.properties.slug), f.properties as Record<string, unknown>]),
              );
              if (here.size > 1) openPopup([lon, lat], clusterPopup([...here.values()], y, textRef.current));
              else openPopup([lon, lat], areaPopup(properties, y, textRef.current));
            } else openPopup(at, areaPopup(properties, y, textRef.current));
          });
          for (const layerId of clickable) {
            map.on('mouseenter', layerId, () => (map!.getCanvas().style.cursor = 'pointer'));
            map.on('mouseleave', layerId, () => (map!.getCanvas().style.cursor = ''));
          }
          map.on('moveend', () => {
            const center = map!.getCenter();
            onViewChangeRef.current?.({ lat: center.lat, lon: center.lng, zoom: map!.getZoom() });
          });
        } else if (focus) {
          if (boundary) {
            const url = `${origin}/api/boundaries.geojson`;
            map.addSource(BOUNDARY_SOURCE, { type: 'geojson', data: url, attribution: textRef.current.boundaryAttribution });
            for (const layer of boundaryLayers('focus-boundary', boundary)) map.addLayer(layer);
            // A town's or kommune's point says less than the district outline does: show both.
            if (focus.precision === 'town' || focus.precision === 'municipality') {
              void fetch(url)
                .then((response) => response.json() as Promise<GeoJSON.FeatureCollection>)
                .then((collection) => {
                  const outline = collection.features.find((f) => f.properties?.polygon === boundary.polygon && f.properties?.precision === boundary.precision);
                  if (cancelled || !map || !outline || (outline.geometry.type !== 'Polygon' && outline.geometry.type !== 'MultiPolygon')) return;
                  const bounds = new LngLatBounds([focus.lon, focus.lat], [focus.lon, focus.lat]);
                  const polygons = outline.geometry.type === 'Polygon' ? [outline.geometry.coordinates] : outline.geometry.coordinates;
                  for (const position of polygons.flat(2)) bounds.extend([position[0]!, position[1]!]);
                  map.fitBounds(bounds, { padding: 24, duration: 0 });
                })
                .catch(() => undefined);
            }
          }
          map.addSource(FOCUS_SOURCE, {
            type: 'geojson',
            data: { type: 'Feature', properties: { label: focus.label, precision: focus.precision ?? 'area' }, geometry: { type: 'Point', coordinates: [focus.lon, focus.lat] } },
          });
          for (const layer of focusLayers) map.addLayer(layer);
        }
        map.once('idle', () => {
          if (cancelled || !map) return;
          if (mode !== 'mini') {
            void (map.getSource(AREA_SOURCE) as GeoJSONSource)
              .getData()
              .then((data) => {
                for (const feature of (data as GeoJSON.FeatureCollection).features) namesRef.current.set(String(feature.properties?.slug), String(feature.properties?.name));
              })
              .catch(() => undefined);
          }
          const hook = (window.__boligatlas ??= { maps: [] });
          hook.maps.push({ map, mode, basemap: resolved.kind });
          setState('loaded');
          window.dispatchEvent(new CustomEvent('map:loaded', { detail: { mode, basemap: resolved.kind } }));
        });
      });
    });
    return () => {
      cancelled = true;
      if (window.__boligatlas && map) window.__boligatlas.maps = window.__boligatlas.maps.filter((entry) => entry.map !== map);
      map?.remove();
      mapRef.current = null;
    };
    // The map is created once; later prop changes are applied by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Recolour by year without a reload.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || state !== 'loaded' || mode === 'mini') return;
    map.setPaintProperty('area-points', 'circle-color', tierColor(year));
    map.setPaintProperty('area-halos', 'circle-color', tierColor(year));
    map.setPaintProperty('municipality-fill', 'fill-color', municipalityFill(year));
    popupRef.current?.remove();
  }, [year, state, mode]);

  useEffect(() => {
    municipalitiesRef.current = municipalities;
    const map = mapRef.current;
    if (!map || state !== 'loaded' || mode === 'mini') return;
    for (const id of ['municipality-fill', 'municipality-line']) map.setLayoutProperty(id, 'visibility', municipalities ? 'visible' : 'none');
  }, [municipalities, state, mode]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || state !== 'loaded' || mode === 'mini') return;
    if (mode !== 'full') return;
    for (const [id, filter] of Object.entries(interventionLayerFilters(interventions))) map.setFilter(id, filter);
  }, [interventions.kind, interventions.category, state, mode]); // eslint-disable-line react-hooks/exhaustive-deps

  // Open an area's popup when the table asks for it (keyboard users reach every area this way).
  useEffect(() => {
    const map = mapRef.current;
    if (!map || state !== 'loaded' || !selectedArea) return;
    const features = map.querySourceFeatures(AREA_SOURCE, { filter: ['==', ['get', 'slug'], selectedArea.slug] });
    void (async () => {
      const source = map.getSource(AREA_SOURCE) as GeoJSONSource;
      const data = (await source.getData()) as GeoJSON.FeatureCollection;
      const feature = data.features.find((f) => f.properties?.slug === selectedArea.slug);
      if (!feature || feature.geometry.type !== 'Point') return;
      const at = feature.geometry.coordinates as [number, number];
      map.jumpTo({ center: at, zoom: Math.max(map.getZoom(), 11) });
      popupRef.current?.remove();
      const properties = (features[0]?.properties ?? feature.properties ?? {}) as Record<string, unknown>;
      popupRef.current = new Popup({ maxWidth: '280px' }).setLngLat(at).setDOMContent(areaPopup(properties, yearRef.current, textRef.current)).addTo(map);
    })();
  }, [selectedArea, state]);

  return (
    <div className={`atlas-map atlas-map-${mode}`}>
      <div
        ref={container}
        className="atlas-map-canvas"
        role="region"
        aria-label={label}
        data-state={state}
        data-basemap={basemap ?? ''}
      />
      {/* Over the map's top corner, not under it: the note is known only once the map has started, and must not move the page. */}
      {basemap === 'offline' ? <p className="map-note map-offline-note">{t('offline')}</p> : null}
    </div>
  );
}
