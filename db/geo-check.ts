/**
 * Geometry for the location checks and the municipality layer: which kommune's official boundary
 * holds a point, and the kommune boundaries from data/gazetteer/municipalities.topojson.
 */
import { feature } from 'topojson-client';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface MunicipalityShape {
  code: number;
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
}

/** Even-odd ray casting over one ring (lon/lat treated as planar; fine at the scale of a kommune). */
function inRing(ring: GeoJSON.Position[], lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a polygon (outer ring minus holes) or any polygon of a multipolygon holds the point. */
export function geometryContains(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon, lon: number, lat: number): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some(([outer, ...holes]) => outer !== undefined && inRing(outer, lon, lat) && !holes.some((hole) => inRing(hole, lon, lat)));
}

/** The code of the kommune whose boundary holds the point, or null (at sea, abroad). */
export function municipalityAt(shapes: readonly MunicipalityShape[], lon: number, lat: number): number | null {
  return shapes.find((shape) => geometryContains(shape.geometry, lon, lat))?.code ?? null;
}

export interface MunicipalityFeatureProperties {
  code: number;
  name: string;
  wofId: number;
  /** Who's On First's label point of the kommune. */
  lat: number;
  lon: number;
}

type MunicipalityTopology = Topology<{ municipalities: GeometryCollection<MunicipalityFeatureProperties> }>;

/**
 * The kommuner as GeoJSON features. `keep` below 1 simplifies them further for display, keeping
 * about that share of the points, the most significant by Visvalingam weight (topojson-simplify).
 */
export function municipalityFeatures(topologyJson: string, keep = 1): GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, MunicipalityFeatureProperties>[] {
  let topo = JSON.parse(topologyJson) as MunicipalityTopology;
  if (keep < 1) {
    const pre = presimplify(topo);
    topo = simplify(pre, quantile(pre, keep)) as MunicipalityTopology;
  }
  const collection = feature(topo, topo.objects.municipalities) as GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, MunicipalityFeatureProperties>;
  return collection.features;
}
