'use client';

import { useTranslations } from 'next-intl';
import { useLabels } from './labels';
import { AtlasMap } from './map';

type Precision = 'area' | 'district' | 'town' | 'municipality';

/**
 * A small map centred on one place (an area or an intervention), for profile pages. A coarse point
 * is drawn with a halo and named under the map, so an approximate location never looks exact.
 */
export function MiniMap({ lat, lon, label, precision = 'area', place = null }: { lat: number; lon: number; label: string; precision?: Precision; place?: string | null }) {
  const t = useTranslations('map');
  const l = useLabels();
  return (
    <>
      <AtlasMap mode="mini" focus={{ lat, lon, label, precision }} label={t('miniLabel', { name: label })} />
      {precision === 'area' ? null : <p className="map-note map-approximate">{l.placedAt(precision, place)}</p>}
    </>
  );
}
