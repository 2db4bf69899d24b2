import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../build';
import { openDatabase, type Db } from '../connection';
import { copyFixture, editYaml } from '../testing/fixture';
import { getAreasGeoJson, getInterventionsGeoJson, getMunicipalitiesGeoJson, listMunicipalityCounts } from './geo';
import { placementArea } from './location';

let db: Db;
const scratch: string[] = [];

beforeAll(() => {
  const dataDir = copyFixture();
  // One intervention with a location of its own, so both placements are present.
  editYaml(dataDir, 'interventions/fixture-demolition.yaml', (intervention) => {
    intervention.location = { lat: 55.66, lon: 12.61, sources: ['fx-wiki'] };
  });
  const out = mkdtempSync(path.join(tmpdir(), 'boligatlas-geo-'));
  scratch.push(dataDir, out);
  const outPath = path.join(out, 'geo.sqlite');
  buildDatabase({ dataDir, outPath });
  db = openDatabase(outPath);
});
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('the map layers as GeoJSON', () => {
  it('carry each area point with its precision and the place a coarse point stands for', () => {
    const features = getAreasGeoJson({}, db).features;
    const bySlug = new Map(features.map((f) => [f.properties.slug, f]));
    expect(bySlug.get('fixture-park')?.properties).toMatchObject({ precision: 'area', place: null });
    expect(bySlug.get('taastrupgaard')?.properties).toMatchObject({ precision: 'town', place: 'Taastrup' });
    expect(bySlug.get('taastrupgaard')?.geometry).toEqual({ type: 'Point', coordinates: [12.3, 55.65] });
    // No location, no feature: never guessed.
    expect(bySlug.has('fixture-district')).toBe(false);
  });

  it('place an intervention at its own point, else at its area’s, and leave out national policy', () => {
    const features = getInterventionsGeoJson(db).features;
    const bySlug = new Map(features.map((f) => [f.properties.slug, f]));
    expect(bySlug.get('fixture-demolition')?.properties).toMatchObject({ placement: 'own', placedAt: null, precision: 'area' });
    expect(bySlug.get('fixture-demolition')?.geometry).toEqual({ type: 'Point', coordinates: [12.61, 55.66] });
    expect(bySlug.get('fixture-plan')?.properties).toMatchObject({ placement: 'area', placedAt: 'fixture-park' });
    expect(bySlug.get('fixture-plan')?.geometry).toEqual({ type: 'Point', coordinates: [12.6, 55.65] });
    expect(bySlug.has('fixture-law')).toBe(false);
  });

  it('count each kommune’s listed areas per year and category, not its districts', () => {
    const counts = new Map(listMunicipalityCounts(db).map((m) => [m.code, m]));
    // fixture-park (101) and taastrupgaard (169) are on the 2022 list; fixture-district (101) is a district.
    expect(counts.get(101)?.counts['2022']).toMatchObject({ total: 1, categories: { omdannelse: 1 } });
    expect(counts.get(101)?.count_2022).toBe(1);
    expect(counts.get(169)?.counts['2022']?.total).toBe(1);
    const geo = getMunicipalitiesGeoJson(db);
    expect(geo.features.map((f) => f.properties.code)).toEqual([101, 169]);
    expect(['Polygon', 'MultiPolygon']).toContain(geo.features[0]!.geometry.type);
    expect(geo.features[0]!.properties).not.toHaveProperty('boundary');
  });
});

describe('placementArea', () => {
  it('takes the first located area by name', () => {
    const areas = [
      { name: 'Ørby', location: { lat: 1 } },
      { name: 'Aby', location: null },
      { name: 'Bby', location: { lat: 2 } },
    ];
    expect(placementArea(areas)?.name).toBe('Bby');
    expect(placementArea([{ name: 'Aby', location: null }])).toBeUndefined();
  });
});
