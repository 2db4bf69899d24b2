import { asc, isNotNull } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '../client';
import type { Db } from '../connection';
import { boundaryPrecisions, categoryCodes, interventionCategories, interventionKinds, locationPrecisions, statuses } from '../data-schema';
import { areas, boundaries, municipalities } from '../schema';
import { listAreaMapEntries, type AreaMapEntry } from './areas';
import { listInterventions } from './interventions';
import { listLists } from './lists';
import { placementArea } from './location';
import { getCitations } from './sources';
import { listOfYear } from './rules';

/** A GeoJSON geometry as we store it: a point, or a sourced boundary polygon (a kommune's, an area's or its district's). */
type Geometry = { type: 'Point'; coordinates: [number, number] } | { type: string; coordinates: unknown };

export interface GeoFeature<P> {
  type: 'Feature';
  id: string | number;
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

/** The properties of an area feature in /api/areas.geojson (the OpenAPI description is built from this). */
export const areaFeaturePropertiesSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    type: z.enum(['listed_area', 'district']),
    municipality: z.string(),
    municipalityCode: z.number().int(),
    precision: z.enum(locationPrecisions).describe('How well the point is known: `area` is a point inside the area; coarser points stand for `place`.'),
    place: z.string().nullable().describe('The district, town or kommune a coarse point stands for; null for `area`.'),
    categories: z.record(z.string(), z.array(z.enum(categoryCodes))).describe('Official category codes per calendar year.'),
    sharedPoint: z.number().int().describe('How many areas stand at exactly this point (1 for a point of its own; more where areas share a town\'s or kommune\'s point).'),
  })
  .catchall(z.string())
  .describe('Also `tier_<year>` for every year with a list: the highest tier held, `none` or `unknown`.');

/** An area feature's properties: the schema's fields, and `tier_<year>` flat for map style expressions. */
export type AreaFeatureProperties = z.infer<ReturnType<typeof areaFeaturePropertiesSchema.strip>> & { [tierOfYear: `tier_${number}`]: string };

/** The calendar years that have at least one list, with whether that year's latest list is complete. */
export function listMapYears(db: Db = getDb()): { year: number; listDate: string; complete: boolean }[] {
  const lists = listLists(db);
  const complete = new Map(lists.map((list) => [list.date, list.complete]));
  return [...listOfYear(lists.map((list) => list.date))].map(([year, listDate]) => ({ year: Number(year), listDate, complete: complete.get(listDate) ?? false }));
}

/**
 * Every area with a sourced location as a GeoJSON point carrying its slug, name, municipality, the
 * precision of its point and its category per year. Areas without one are left out, never guessed.
 * Boundaries are features of their own (getBoundariesGeoJson): a district's outline is not the area.
 */
export function getAreasGeoJson(filter: { area?: string } = {}, db: Db = getDb()) {
  const years = listMapYears(db);
  const features: GeoFeature<AreaFeatureProperties>[] = [];
  for (const entry of listAreaMapEntries(db)) {
    if (!entry.location) continue;
    const geometry: Geometry = { type: 'Point', coordinates: [entry.location.lon, entry.location.lat] };
    const properties: AreaFeatureProperties = {
      slug: entry.slug,
      name: entry.name,
      type: entry.type,
      municipality: entry.municipality.name,
      municipalityCode: entry.municipality.code,
      precision: entry.location.precision,
      place: entry.location.place,
      categories: Object.fromEntries(Object.entries(entry.years).map(([year, held]) => [year, held.codes])),
      sharedPoint: 1,
    };
    for (const { year, complete } of years) {
      properties[`tier_${year}`] = mapTierOf(entry, year, complete);
    }
    features.push({ type: 'Feature', id: entry.slug, geometry, properties });
  }
  const pointKey = (f: GeoFeature<AreaFeatureProperties>) => JSON.stringify(f.geometry.coordinates);
  const atPoint = new Map<unknown, number>();
  for (const f of features) atPoint.set(pointKey(f), (atPoint.get(pointKey(f)) ?? 0) + 1);
  for (const f of features) f.properties.sharedPoint = atPoint.get(pointKey(f)) ?? 1;
  return { type: 'FeatureCollection' as const, features: filter.area ? features.filter((f) => f.id === filter.area) : features };
}

/** The properties of a boundary feature in /api/boundaries.geojson (the OpenAPI description is built from this). */
export const boundaryFeaturePropertiesSchema = z.object({
  polygon: z.string().describe('The id of the source record the polygon comes from (see /api/sources), e.g. `kk-bydel-3`, Københavns Kommune\'s bydel no. 3.'),
  name: z.string().describe('The name of the polygon as its record gives it.'),
  precision: z.enum(boundaryPrecisions).describe('`area`: the outline of the area itself; `district`: the outline of the district (bydel) that holds the areas, not of the areas.'),
  place: z.string().nullable().describe('The district, for `district`; null for `area`.'),
  areas: z.array(z.string()).describe('Slugs of the areas this is the boundary of.'),
  sources: z.array(z.string()).describe('Source ids of the sources that publish the polygon.'),
});
export type BoundaryFeatureProperties = z.infer<typeof boundaryFeaturePropertiesSchema>;

/**
 * Every sourced boundary as a GeoJSON polygon: one feature per polygon and precision, with the
 * areas whose boundary it is (four areas on Nørrebro share the bydel's outline). Polygons are as
 * scripts/gazetteer.ts simplified them (data/gazetteer/boundaries.geojson).
 */
export function getBoundariesGeoJson(db: Db = getDb()) {
  const rows = db
    .select({ slug: areas.slug, polygon: areas.boundarySource, precision: areas.boundaryPrecision, place: areas.boundaryPlace })
    .from(areas)
    .where(isNotNull(areas.boundarySource))
    .orderBy(asc(areas.slug))
    .all();
  const polygons = new Map(db.select().from(boundaries).all().map((row) => [row.source, row]));
  const sourcesOf = getCitations('area.boundary', rows.map((row) => row.slug), db);
  const features = new Map<string, GeoFeature<BoundaryFeatureProperties>>();
  for (const row of rows) {
    const polygon = row.polygon!;
    const precision = row.precision ?? 'district';
    const id = `${precision}:${polygon}`;
    const feature = features.get(id) ?? {
      type: 'Feature' as const,
      id,
      geometry: JSON.parse(polygons.get(polygon)!.geometryJson) as Geometry,
      properties: { polygon, name: polygons.get(polygon)!.name, precision, place: row.place, areas: [], sources: [] },
    };
    feature.properties.areas.push(row.slug);
    for (const source of sourcesOf.get(row.slug) ?? []) if (!feature.properties.sources.includes(source)) feature.properties.sources.push(source);
    features.set(id, feature);
  }
  return { type: 'FeatureCollection' as const, features: [...features.values()].sort((a, b) => String(a.id).localeCompare(String(b.id))) };
}

export const interventionFeaturePropertiesSchema = z.object({
  slug: z.string(),
  title: z.string(),
  titleEn: z.string().nullable(),
  kind: z.enum(interventionKinds),
  category: z.enum(interventionCategories),
  status: z.enum(statuses),
  startYear: z.number().int().nullable(),
  endYear: z.number().int().nullable(),
  areas: z.array(z.string()),
  placement: z.enum(['own', 'area']).describe('`own`: a source places the intervention itself; `area`: drawn at the point of its area (`placedAt`).'),
  placedAt: z.string().nullable().describe('The area whose point an `area`-placed intervention is drawn at.'),
  precision: z.enum(locationPrecisions).describe('For `area` placement, the precision of that area\'s point; `area` for an own location.'),
});
export type InterventionFeatureProperties = z.infer<typeof interventionFeaturePropertiesSchema>;

/**
 * Every intervention on the map: at its own sourced location where it has one (`placement: own`),
 * else at the point of its first located area (`placement: area`). National policy without an area
 * has no place on the map.
 */
export function getInterventionsGeoJson(db: Db = getDb()) {
  const areaPoints = new Map(listAreaMapEntries(db).map((entry) => [entry.slug, entry.location] as const));
  const features: GeoFeature<InterventionFeatureProperties>[] = [];
  for (const row of listInterventions({}, db)) {
    const base = {
      slug: row.slug,
      title: row.title,
      titleEn: row.titleEn,
      kind: row.kind,
      category: row.category,
      status: row.status.value,
      startYear: row.startYear,
      endYear: row.endYear,
      areas: row.areas.map((area) => area.slug),
    };
    if (row.location) {
      features.push({
        type: 'Feature',
        id: row.slug,
        geometry: { type: 'Point', coordinates: [row.location.lon, row.location.lat] },
        properties: { ...base, placement: 'own', placedAt: null, precision: 'area' },
      });
      continue;
    }
    const area = placementArea(row.areas.map((a) => ({ ...a, location: areaPoints.get(a.slug) ?? null })));
    if (!area?.location) continue;
    const point = area.location;
    features.push({
      type: 'Feature',
      id: row.slug,
      geometry: { type: 'Point', coordinates: [point.lon, point.lat] },
      properties: { ...base, placement: 'area', placedAt: area.slug, precision: point.precision },
    });
  }
  return { type: 'FeatureCollection' as const, features };
}

export const municipalityFeaturePropertiesSchema = z
  .object({
    code: z.number().int().describe('The three-digit kommune code.'),
    name: z.string(),
    region: z.string(),
    wofId: z.number().int().nullable().describe("The Who's On First record of the boundary (https://whosonfirst.org)."),
    counts: z
      .record(z.string(), z.object({ total: z.number().int(), categories: z.record(z.string(), z.number().int()), complete: z.boolean() }))
      .describe('Per calendar year with a list: how many listed areas of the kommune that year\'s latest list names, in all and per official category; `complete: false` when we have not found every name on that list, so the counts are a minimum.'),
  })
  .catchall(z.number().int())
  .describe('Also `count_<year>`: the same totals, flat, for map styles.');
export type MunicipalityFeatureProperties = z.infer<ReturnType<typeof municipalityFeaturePropertiesSchema.strip>> & { [countOfYear: `count_${number}`]: number };

/**
 * Per kommune and list year: how many listed areas the year's latest list names, in all and per
 * category (districts are not counted; their parts are). The one count behind the map's kommune
 * layer, its GeoJSON twin and the table beside the map.
 */
export function listMunicipalityCounts(db: Db = getDb()): (MunicipalityFeatureProperties & { boundary: Geometry | null })[] {
  const years = listMapYears(db);
  const entries = listAreaMapEntries(db).filter((entry) => entry.type === 'listed_area');
  const rows = db.select().from(municipalities).orderBy(asc(municipalities.code)).all();
  return rows.map((row) => {
    const own = entries.filter((entry) => entry.municipality.code === row.code);
    const counts: MunicipalityFeatureProperties['counts'] = {};
    const properties = { code: row.code, name: row.name, region: row.region, wofId: row.wofId, counts } as MunicipalityFeatureProperties;
    for (const { year, complete } of years) {
      const held = own.map((entry) => entry.years[String(year)]).filter((h) => h !== undefined);
      const categories: Record<string, number> = {};
      for (const h of held) for (const code of h.codes) categories[code] = (categories[code] ?? 0) + 1;
      counts[String(year)] = { total: held.length, categories, complete };
      properties[`count_${year}`] = held.length;
    }
    return { ...properties, boundary: row.boundaryJson ? (JSON.parse(row.boundaryJson) as Geometry) : null };
  });
}

/** The 98 kommuner with their official boundaries (simplified at build) and their counts per list year. */
export function getMunicipalitiesGeoJson(db: Db = getDb()) {
  const features: GeoFeature<MunicipalityFeatureProperties>[] = listMunicipalityCounts(db).flatMap(({ boundary, ...properties }) =>
    boundary ? [{ type: 'Feature' as const, id: properties.code, geometry: boundary, properties: properties as MunicipalityFeatureProperties }] : [],
  );
  return { type: 'FeatureCollection' as const, features };
}
