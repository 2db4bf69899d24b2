// Prepares what the map serves from public/ (run before `build` and `dev`):
// - maplibre-gl's worker, which must be served as a file of its own (DESIGN §9);
// - the offline basemap: Denmark and its neighbours from Natural Earth via the world-atlas package,
//   as GeoJSON, so the map shows land with no network at all.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const root = process.cwd();
const publicDir = path.join(root, 'public');

copyFileSync(require.resolve('maplibre-gl/dist/maplibre-gl-worker.mjs'), path.join(publicDir, 'maplibre-gl-worker.mjs'));

/** Natural Earth country ids (ISO 3166-1 numeric): Denmark in detail, its neighbours coarser. */
const detailed = new Set(['208']);
const neighbours = new Set(['276', '578', '752', '616']);
const readAtlas = (name) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8'));
const pick = (topology, ids) =>
  feature(topology, topology.objects.countries).features.filter((f) => ids.has(String(f.id)));

/** Rounds coordinates to 4 decimals (about 10 m), plenty for an outline, a third of the size. */
const round = (value) => (Array.isArray(value) ? value.map(round) : Math.round(value * 1e4) / 1e4);
const features = [...pick(readAtlas('countries-10m.json'), detailed), ...pick(readAtlas('countries-50m.json'), neighbours)].map((f) => ({
  type: 'Feature',
  id: Number(f.id),
  properties: { name: f.properties.name, denmark: String(f.id) === '208' },
  geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
}));
mkdirSync(path.join(publicDir, 'basemap'), { recursive: true });
writeFileSync(path.join(publicDir, 'basemap', 'land.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
console.log(`map assets: worker and offline basemap (${features.length} countries) written to public/`);
