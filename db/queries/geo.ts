import { getDb } from '../client';
import type { Db } from '../connection';
import { listAreaMapEntries, type AreaMapEntry } from './areas';
import { listInterventions } from './interventions';
import { listLists } from './lists';

/** A GeoJSON geometry as we store it: a point, or a sourced boundary polygon. */
type Geometry = { type: 'Point'; coordinates: [number, number] } | { type: string; coordinates: unknown };

export interface GeoFeature<P> {
  type: 'Feature';
  id: string;
  geometry: Geometry;
  properties: P;
}

/**
 * The map's status of an area in a year: its highest tier, `none` when the year's latest list is
 * complete and does not name it, `unknown` when that list is incomplete.
 */
export function mapTierOf(entry: AreaMapEntry, year: number, listComplete: boolean): string {
  return entry.years[String(year)]?.tier ?? (listComplete ? 'none' : 'unknown');
}

export interface AreaFeatureProperties {
  slug: string;
  name: string;
  type: string;
  municipality: string;
  municipalityCode: number;
  /** `tier_<year>` for every year with a list (flat, so map style expressions can read them). */
  [tierOfYear: `tier_${number}`]: string;
  /** Official category codes per year, for people and programs reading the GeoJSON. */
  categories: Record<string, string[]>;
}

/** The calendar years that have at least one list, with whether that year's latest list is complete. */
export function listMapYears(db: Db = getDb()): { year: number; listDate: string; complete: boolean }[] {
  const latest = new Map<number, { year: number; listDate: string; complete: boolean }>();
  for (const list of listLists(db)) {
    const year = Number(list.date.slice(0, 4));
    latest.set(year, { year, listDate: list.date, complete: list.complete });
  }
  return [...latest.values()];
}

/**
 * Every area with a sourced location (or boundary) as a GeoJSON feature carrying its slug, name,
 * municipality and its category per year. Areas without one are left out, never guessed.
 */
export function getAreasGeoJson(filter: { area?: string } = {}, db: Db = getDb()) {
  const years = listMapYears(db);
  const features: GeoFeature<AreaFeatureProperties>[] = [];
  for (const entry of listAreaMapEntries(db)) {
    if (filter.area && entry.slug !== filter.area) continue;
    const geometry: Geometry | null = entry.boundary
      ? (entry.boundary as Geometry)
      : entry.location
        ? { type: 'Point', coordinates: [entry.location.lon, entry.location.lat] }
        : null;
    if (!geometry) continue;
    const properties: AreaFeatureProperties = {
      slug: entry.slug,
      name: entry.name,
      type: entry.type,
      municipality: entry.municipality.name,
      municipalityCode: entry.municipality.code,
      categories: Object.fromEntries(Object.entries(entry.years).map(([year, held]) => [year, held.codes])),
    };
    for (const { year, complete } of years) {
      properties[`tier_${year}`] = mapTierOf(entry, year, complete);
    }
    features.push({ type: 'Feature', id: entry.slug, geometry, properties });
  }
  return { type: 'FeatureCollection' as const, features };
}

export interface InterventionFeatureProperties {
  slug: string;
  title: string;
  kind: string;
  category: string;
  status: string;
  startYear: number | null;
  endYear: number | null;
  areas: string[];
}

/** Every intervention with a location of its own (a road, a building) as a GeoJSON point. */
export function getInterventionsGeoJson(db: Db = getDb()) {
  const features: GeoFeature<InterventionFeatureProperties>[] = listInterventions({}, db)
    .filter((row) => row.location !== null)
    .map((row) => ({
      type: 'Feature',
      id: row.slug,
      geometry: { type: 'Point', coordinates: [row.location!.lon, row.location!.lat] },
      properties: {
        slug: row.slug,
        title: row.title,
        kind: row.kind,
        category: row.category,
        status: row.status.value,
        startYear: row.startYear,
        endYear: row.endYear,
        areas: row.areas.map((area) => area.slug),
      },
    }));
  return { type: 'FeatureCollection' as const, features };
}
