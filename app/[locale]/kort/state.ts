/** The map page's state in its URL (/kort?year=…&kind=…), read on the server for the page and its tables. */
import { categoriesByKind, interventionKinds } from '@/db/data-schema';
import type { KortState } from './kort-view';

/**
 * Reads the map state from the URL; anything malformed falls back to the default rather than
 * failing. No query at all is the default view: the latest year, every intervention, kommuner shown.
 */
export function readKortState(params: URLSearchParams, years: number[]): KortState {
  const latest = years.at(-1) ?? 2024;
  const year = Number(params.get('year'));
  const kind = params.get('kind') ?? '';
  const category = params.get('category') ?? '';
  const municipalities = params.get('municipalities') !== '0';
  const [lat, lon, zoom] = (params.get('view') ?? '').split(',').map(Number);
  const view =
    lat !== undefined && lon !== undefined && zoom !== undefined && [lat, lon, zoom].every(Number.isFinite) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && zoom >= 0 && zoom <= 22
      ? { lat, lon, zoom }
      : null;
  const pageOf = (key: string) => {
    const page = Number(params.get(key));
    return Number.isInteger(page) && page >= 1 ? page : 1;
  };
  return {
    year: years.includes(year) ? year : latest,
    kind: (interventionKinds as readonly string[]).includes(kind) ? kind : '',
    category: (Object.values(categoriesByKind).flat() as string[]).includes(category) ? category : '',
    municipalities,
    view,
    areaPage: pageOf('areaPage'),
    interventionPage: pageOf('interventionPage'),
  };
}

