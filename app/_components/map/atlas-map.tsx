'use client';

import { useEffect, useRef, useState } from 'react';
import { AttributionControl, Map as MapLibreMap, NavigationControl, Popup, setWorkerUrl, type GeoJSONSource, type MapGeoJSONFeature } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { resolveBasemap, type Basemap } from './basemap';
import { AREA_SOURCE, FOCUS_SOURCE, INTERVENTION_SOURCE, areaLayers, focusLayer, interventionFilter, interventionLayer, tierColor } from './layers';
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
  /** The initial view; Denmark when absent. */
  view?: MapView | null;
  /** Called after the user moves the map, so the page can keep the view in its URL. */
  onViewChange?: (view: MapView) => void;
  /** The place a mini-map centres on. */
  focus?: { lat: number; lon: number; label: string } | null;
  /** Asks the full map to open an area's popup (from the table beside it). */
  selectedArea?: { slug: string; nonce: number } | null;
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
  profile: string;
  intervention: string;
  /** The language prefix of page links (`''` or `/en`). */
  prefix: string;
}

/** Popup content built as DOM nodes, so no text from the data is ever parsed as HTML. */
function areaPopup(feature: MapGeoJSONFeature, year: number, text: PopupText): HTMLElement {
  const properties = feature.properties as Record<string, unknown>;
  const root = document.createElement('div');
  root.className = 'map-popup';
  const title = document.createElement('strong');
  title.textContent = String(properties.name ?? '');
  const municipality = document.createElement('div');
  municipality.textContent = text.municipality(String(properties.municipality ?? ''));
  const status = document.createElement('div');
  const tier = properties[`tier_${year}`];
  status.textContent = `${year}: ${text.tier(typeof tier === 'string' ? tier : 'none')}`;
  const link = document.createElement('a');
  link.href = `${text.prefix}/omraader/${String(properties.slug ?? '')}`;
  link.textContent = text.profile;
  root.append(title, municipality, status, link);
  return root;
}

function interventionPopup(feature: MapGeoJSONFeature, text: PopupText): HTMLElement {
  const properties = feature.properties as Record<string, unknown>;
  const root = document.createElement('div');
  root.className = 'map-popup';
  const title = document.createElement('strong');
  title.textContent = String(properties.title ?? '');
  const link = document.createElement('a');
  link.href = `${text.prefix}/indsatser/${String(properties.slug ?? '')}`;
  link.textContent = text.intervention;
  root.append(title, document.createElement('br'), link);
  return root;
}

/**
 * The one maplibre component (DESIGN §7). Loaded only on pages with a map, through `next/dynamic`
 * in ./index.tsx; its worker is served from public/. Announces itself on `window.__boligatlas` and
 * with a `map:loaded` event once the style and the data are drawn.
 */
export default function AtlasMap({ mode, year = 2024, interventions = {}, view, onViewChange, focus, selectedArea, label }: AtlasMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const popupRef = useRef<Popup | null>(null);
  const yearRef = useRef(year);
  const onViewChangeRef = useRef(onViewChange);
  const [state, setState] = useState<'loading' | 'loaded' | 'error'>('loading');
  const [basemap, setBasemap] = useState<Basemap['kind'] | null>(null);
  const t = useTranslations('map');
  const l = useLabels();
  const popupText: PopupText = {
    municipality: (name) => t('municipality', { name }),
    tier: (code) => l.mapTier(code),
    profile: t('seeProfile'),
    intervention: t('seeIntervention'),
    prefix: l.locale === 'da' ? '' : `/${l.locale}`,
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
      const start = focus ? { lat: focus.lat, lon: focus.lon, zoom: 13 } : (view ?? denmark);
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
          map.addSource(AREA_SOURCE, { type: 'geojson', data: `${origin}/api/areas.geojson`, cluster: true, clusterRadius: 40, clusterMaxZoom: 9 });
          map.addSource(INTERVENTION_SOURCE, { type: 'geojson', data: `${origin}/api/interventions.geojson` });
          for (const layer of areaLayers(yearRef.current, Boolean(resolved.style.glyphs))) map.addLayer(layer);
          map.addLayer(interventionLayer(interventions));
          const openArea = (feature: MapGeoJSONFeature, at: [number, number]) => {
            popupRef.current?.remove();
            popupRef.current = new Popup({ maxWidth: '260px' }).setLngLat(at).setDOMContent(areaPopup(feature, yearRef.current, textRef.current)).addTo(map!);
          };
          for (const layerId of ['area-points', 'area-boundaries']) {
            map.on('click', layerId, (event) => {
              const feature = event.features?.[0];
              if (feature) openArea(feature, [event.lngLat.lng, event.lngLat.lat]);
            });
            map.on('mouseenter', layerId, () => (map!.getCanvas().style.cursor = 'pointer'));
            map.on('mouseleave', layerId, () => (map!.getCanvas().style.cursor = ''));
          }
          map.on('click', 'intervention-points', (event) => {
            const feature = event.features?.[0];
            if (!feature) return;
            popupRef.current?.remove();
            popupRef.current = new Popup().setLngLat(event.lngLat).setDOMContent(interventionPopup(feature, textRef.current)).addTo(map!);
          });
          map.on('click', 'area-clusters', async (event) => {
            const feature = event.features?.[0];
            const clusterId = feature?.properties?.cluster_id as number | undefined;
            if (clusterId === undefined || feature?.geometry.type !== 'Point') return;
            const zoom = await (map!.getSource(AREA_SOURCE) as GeoJSONSource).getClusterExpansionZoom(clusterId);
            map!.easeTo({ center: feature.geometry.coordinates as [number, number], zoom });
          });
          map.on('moveend', () => {
            const center = map!.getCenter();
            onViewChangeRef.current?.({ lat: center.lat, lon: center.lng, zoom: map!.getZoom() });
          });
        } else if (focus) {
          map.addSource(FOCUS_SOURCE, {
            type: 'geojson',
            data: { type: 'Feature', properties: { label: focus.label }, geometry: { type: 'Point', coordinates: [focus.lon, focus.lat] } },
          });
          map.addLayer(focusLayer);
        }
        map.once('idle', () => {
          if (cancelled || !map) return;
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
    map.setPaintProperty('area-boundaries', 'fill-color', tierColor(year));
    popupRef.current?.remove();
  }, [year, state, mode]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || state !== 'loaded' || mode === 'mini') return;
    map.setFilter('intervention-points', interventionFilter(interventions));
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
      const asMapFeature = (features[0] ?? { ...feature, properties: feature.properties }) as unknown as MapGeoJSONFeature;
      popupRef.current = new Popup({ maxWidth: '260px' }).setLngLat(at).setDOMContent(areaPopup(asMapFeature, yearRef.current, textRef.current)).addTo(map);
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
      {basemap === 'offline' ? <p className="map-note">{t('offline')}</p> : null}
    </div>
  );
}
