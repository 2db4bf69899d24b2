import type { StyleSpecification } from 'maplibre-gl';

/** The online basemap by default: OpenFreeMap needs no key. `NEXT_PUBLIC_MAP_STYLE=offline` forces the fallback. */
export const DEFAULT_ONLINE_STYLE = 'https://tiles.openfreemap.org/styles/liberty';
const configuredStyle = process.env.NEXT_PUBLIC_MAP_STYLE || DEFAULT_ONLINE_STYLE;

/** The bundled fallback: land from Natural Earth (prepared at build time into public/basemap), no tiles, no fonts. */
export function offlineStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Boligatlas offline',
    sources: {
      land: {
        type: 'geojson',
        data: '/basemap/land.geojson',
        attribution: 'Natural Earth (public domain) via world-atlas',
      },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#d4e6f1' } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': ['case', ['get', 'denmark'], '#f7f4ec', '#e7e4dc'] } },
      { id: 'land-outline', type: 'line', source: 'land', paint: { 'line-color': '#8a8a96', 'line-width': 0.8 } },
    ],
  };
}

export type Basemap = { kind: 'online' | 'offline'; style: StyleSpecification };

/**
 * The configured online style when it can be fetched within a few seconds, else the offline
 * fallback: offline, behind a firewall or in the tests, the map still shows Denmark.
 */
export async function resolveBasemap(): Promise<Basemap> {
  if (configuredStyle === 'offline') return { kind: 'offline', style: offlineStyle() };
  try {
    const response = await fetch(configuredStyle, { signal: AbortSignal.timeout(4000) });
    if (!response.ok) throw new Error(`style answered ${response.status}`);
    const style = (await response.json()) as StyleSpecification;
    if (style.version !== 8 || !Array.isArray(style.layers)) throw new Error('not a style');
    return { kind: 'online', style };
  } catch {
    return { kind: 'offline', style: offlineStyle() };
  }
}
