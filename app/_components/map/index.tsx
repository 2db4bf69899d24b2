'use client';

import dynamic from 'next/dynamic';

/**
 * The map, loaded only in the browser and only on pages that use it: maplibre-gl stays out of
 * every other page's JavaScript.
 */
export const AtlasMap = dynamic(() => import('./atlas-map'), {
  ssr: false,
  loading: () => <p className="map-loading">Kortet indlæses …</p>,
});
export type { AtlasMapProps, MapView } from './atlas-map';
