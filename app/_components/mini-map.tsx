'use client';

import { useTranslations } from 'next-intl';
import { AtlasMap } from './map';

/** A small map centred on one place (an area or an intervention), for profile pages. */
export function MiniMap({ lat, lon, label }: { lat: number; lon: number; label: string }) {
  const t = useTranslations('map');
  return <AtlasMap mode="mini" focus={{ lat, lon, label }} label={t('miniLabel', { name: label })} />;
}
