'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';

/**
 * The map, loaded only in the browser and only on pages that use it: maplibre-gl stays out of
 * every other page's JavaScript.
 */
function MapLoading() {
  const t = useTranslations('map');
  return <p className="map-loading">{t('loading')}</p>;
}

export const AtlasMap = dynamic(() => import('./atlas-map'), {
  ssr: false,
  loading: MapLoading,
});
export type { AtlasMapProps, MapView } from './atlas-map';
