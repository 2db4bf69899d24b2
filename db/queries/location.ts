import type { BoundaryPrecision, LocationPrecision } from '../data-schema';

/**
 * Where an area is and how well that is known: `precision` `area` is a point inside the area;
 * coarser points stand for `place`, the district, town or kommune that holds it (DESIGN §2).
 */
export interface AreaLocation {
  lat: number;
  lon: number;
  precision: LocationPrecision;
  place: string | null;
}

/** The location columns of an area row as an AreaLocation, or null. */
export function locationOf(row: { lat: number | null; lon: number | null; locationPrecision: LocationPrecision | null; locationPlace: string | null }): AreaLocation | null {
  if (row.lat === null || row.lon === null) return null;
  return { lat: row.lat, lon: row.lon, precision: row.locationPrecision ?? 'area', place: row.locationPlace };
}

/**
 * The boundary an area's map draws (decision 0016): its own (`area`) or that of the district that
 * holds it (`district`, named in `place`), and `polygon`, the id of the source record it comes from.
 */
export interface AreaBoundary {
  precision: BoundaryPrecision;
  place: string | null;
  polygon: string;
}

/** The boundary columns of an area row as an AreaBoundary, or null. */
export function boundaryOf(row: { boundarySource: string | null; boundaryPrecision: BoundaryPrecision | null; boundaryPlace: string | null }): AreaBoundary | null {
  if (row.boundarySource === null) return null;
  return { precision: row.boundaryPrecision ?? 'district', place: row.boundaryPlace, polygon: row.boundarySource };
}

/**
 * Where the map draws an intervention that has no location of its own (DESIGN §7): at the point of
 * its first area by name that has one. One rule for the map, its GeoJSON twin and the intervention
 * page's mini-map.
 */
export function placementArea<T extends { name: string; location: unknown }>(areas: readonly T[]): T | undefined {
  return [...areas].sort((a, b) => a.name.localeCompare(b.name, 'da')).find((area) => area.location !== null);
}
