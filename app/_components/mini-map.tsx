'use client';

import { useTranslations } from 'next-intl';
import { useLabels } from './labels';
import { AtlasMap } from './map';

type Precision = 'area' | 'district' | 'town' | 'municipality';

/**
 * A small map centred on one place (an area or an intervention), for profile pages. A coarse point
 * is drawn with a halo and named under the map, so an approximate location never looks exact. A
 * boundary is drawn around it, solid for the area's own and dashed for its district's, and the note
 * under the map says which it is (decision 0016).
 */
export function MiniMap({
  lat,
  lon,
  label,
  precision = 'area',
  place = null,
  boundary = null,
}: {
  lat: number;
  lon: number;
  label: string;
  precision?: Precision;
  place?: string | null;
  /** The area's boundary: the polygon's source id, `area` or `district`, and the district's name. */
  boundary?: { polygon: string; precision: 'area' | 'district'; place: string | null } | null;
}) {
  const t = useTranslations('map');
  const l = useLabels();
  return (
    <>
      <AtlasMap mode="mini" focus={{ lat, lon, label, precision }} boundary={boundary ? { polygon: boundary.polygon, precision: boundary.precision } : null} label={t('miniLabel', { name: label })} />
      {precision === 'area' ? null : <p className="map-note map-approximate">{l.placedAt(precision, place)}</p>}
      {boundary ? <p className="map-note map-boundary-note">{t(`boundaryNote.${boundary.precision}`, { place: boundary.place ?? '' })}</p> : null}
    </>
  );
}
