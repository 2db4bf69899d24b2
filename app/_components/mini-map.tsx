'use client';

import { AtlasMap } from './map';

/** A small map centred on one place (an area or an intervention), for profile pages. */
export function MiniMap({ lat, lon, label }: { lat: number; lon: number; label: string }) {
  return <AtlasMap mode="mini" focus={{ lat, lon, label }} label={`Kort: ${label}`} />;
}
