import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { buildDatabase, DataValidationError } from './build';
import { geometryContains, municipalityAt } from './geo-check';
import { formatIssue, loadData } from './load';
import { copyFixture, editYaml } from './testing/fixture';

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

function fixture(): string {
  const dir = copyFixture();
  scratch.push(dir);
  return dir;
}

/** Loads a mutated fixture and returns its messages as the CLI prints them. */
function messagesAfter(change: (dir: string) => void): string[] {
  const dir = fixture();
  change(dir);
  return loadData(dir).issues.map(formatIssue);
}

describe('geometryContains and municipalityAt', () => {
  const square: GeoJSON.Polygon = {
    type: 'Polygon',
    coordinates: [
      [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]],
      [[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]],
    ],
  };

  it('holds a point inside the outer ring and outside its holes', () => {
    expect(geometryContains(square, 3, 3)).toBe(true);
    expect(geometryContains(square, 1.5, 1.5)).toBe(false);
    expect(geometryContains(square, 5, 1)).toBe(false);
  });

  it('finds the one kommune that holds a point, or none at sea', () => {
    const shapes = [
      { code: 101, geometry: square },
      { code: 169, geometry: { type: 'MultiPolygon', coordinates: [[[[10, 10], [12, 10], [12, 12], [10, 12], [10, 10]]]] } as GeoJSON.MultiPolygon },
    ];
    expect(municipalityAt(shapes, 3, 3)).toBe(101);
    expect(municipalityAt(shapes, 11, 11)).toBe(169);
    expect(municipalityAt(shapes, 8, 8)).toBeNull();
  });
});

describe('area locations', () => {
  it('accept an area point, a town point from a gazetteer record and a null location', () => {
    const { data, issues } = loadData(fixture());
    expect(issues).toEqual([]);
    const bySlug = new Map(data.areas.map((area) => [area.slug, area.location]));
    expect(bySlug.get('fixture-park')).toMatchObject({ precision: 'area', place: null });
    expect(bySlug.get('taastrupgaard')).toMatchObject({ precision: 'town', place: 'Taastrup', sources: ['geonames-10'] });
    expect(bySlug.get('fixture-district')).toBeNull();
  });

  it('require a precision from the four tiers', () => {
    const messages = messagesAfter((dir) => editYaml(dir, 'areas/fixture-park.yaml', (area) => (area.location.precision = 'street')));
    expect(messages).toEqual([
      'data/areas/fixture-park.yaml: [fixture-park] location.precision: expected one of area, district, town, municipality, got "street"',
    ]);
  });

  it('require a coarse point to name the place it stands for, and an area point to name none', () => {
    expect(messagesAfter((dir) => editYaml(dir, 'areas/taastrupgaard.yaml', (area) => (area.location.place = null)))).toEqual([
      'data/areas/taastrupgaard.yaml: [taastrupgaard] location.place: a town-level point must name the town it stands for',
    ]);
    expect(messagesAfter((dir) => editYaml(dir, 'areas/fixture-park.yaml', (area) => (area.location.place = 'Amager')))).toEqual([
      'data/areas/fixture-park.yaml: [fixture-park] location.place: a point inside the area stands for no other place: expected null, got "Amager"',
    ]);
  });

  it('fail a point outside its own kommune, naming the kommune it lies in', () => {
    const messages = messagesAfter((dir) =>
      editYaml(dir, 'areas/fixture-park.yaml', (area) => {
        area.location.lat = 55.65;
        area.location.lon = 12.25;
      }),
    );
    expect(messages).toEqual([
      'data/areas/fixture-park.yaml: [fixture-park] location: the point (55.65, 12.25) lies outside the official boundary of København (101): it lies in Høje-Taastrup (169)',
    ]);
  });

  it('fail a same-name place in another kommune (the gazetteer record of a Taastrup in København would lie outside Høje-Taastrup)', () => {
    const messages = messagesAfter((dir) => editYaml(dir, 'areas/taastrupgaard.yaml', (area) => (area.municipality = 101)));
    expect(messages).toContain(
      'data/areas/taastrupgaard.yaml: [taastrupgaard] location: the point (55.65, 12.3) lies outside the official boundary of København (101): it lies in Høje-Taastrup (169)',
    );
  });

  it('fail a point at sea', () => {
    const messages = messagesAfter((dir) =>
      editYaml(dir, 'areas/fixture-park.yaml', (area) => {
        area.location.lat = 55.0;
        area.location.lon = 11.0;
      }),
    );
    expect(messages).toEqual([
      'data/areas/fixture-park.yaml: [fixture-park] location: the point (55, 11) lies outside the official boundary of København (101): it lies in no kommune (at sea or abroad)',
    ]);
  });

  it('fail a gazetteer point that was moved, and a place that is not the record’s name', () => {
    expect(messagesAfter((dir) => editYaml(dir, 'areas/taastrupgaard.yaml', (area) => (area.location.lat = 55.652)))).toEqual([
      'data/areas/taastrupgaard.yaml: [taastrupgaard] location.lat: expected the point of geonames-10 (55.65, 12.3), got (55.652, 12.3): a point from a gazetteer is copied, never moved',
    ]);
    expect(messagesAfter((dir) => editYaml(dir, 'areas/taastrupgaard.yaml', (area) => (area.location.place = 'Hedehusene')))).toEqual([
      'data/areas/taastrupgaard.yaml: [taastrupgaard] location.place: expected the name of geonames-10, "Taastrup", got "Hedehusene"',
    ]);
  });

  it('fail a gazetteer place point claimed as a point inside the area', () => {
    const messages = messagesAfter((dir) =>
      editYaml(dir, 'areas/taastrupgaard.yaml', (area) => {
        area.location.precision = 'area';
        area.location.place = null;
      }),
    );
    expect(messages).toEqual([
      'data/areas/taastrupgaard.yaml: [taastrupgaard] location.sources[0]: geonames-10 is the point of a place (Taastrup), not of the area itself: expected precision district, town or municipality',
    ]);
  });

  it('accept the label point of the area’s own kommune and fail another kommune’s', () => {
    const own = messagesAfter((dir) =>
      editYaml(dir, 'areas/taastrupgaard.yaml', (area) => {
        area.location = { lat: 55.66, lon: 12.25, precision: 'municipality', place: 'Høje-Taastrup', sources: ['wof-2'] };
      }),
    );
    expect(own).toEqual([]);
    const other = messagesAfter((dir) =>
      editYaml(dir, 'areas/fixture-park.yaml', (area) => {
        area.location = { lat: 55.66, lon: 12.25, precision: 'municipality', place: 'København', sources: ['wof-2'] };
      }),
    );
    expect(other).toContain(
      'data/areas/fixture-park.yaml: [fixture-park] location.sources[0]: a municipality-level point must be the label point of the area\'s own kommune København (101), got wof-2 (Hoje-Taastrup, localadmin)',
    );
  });

  it('require a source that the area lies in a coarse place, unless it is the area’s own town', () => {
    expect(messagesAfter((dir) => editYaml(dir, 'areas/taastrupgaard.yaml', (area) => delete area.location.placeSources))).toEqual([
      'data/areas/taastrupgaard.yaml: [taastrupgaard] location.placeSources: a town-level point needs sources saying the area lies in "Taastrup" (or a place equal to the area\'s own town)',
    ]);
    expect(
      messagesAfter((dir) =>
        editYaml(dir, 'areas/taastrupgaard.yaml', (area) => {
          delete area.location.placeSources;
          area.town = 'Taastrup';
        }),
      ),
    ).toEqual([]);
  });

  it('fail an intervention point outside its areas’ kommuner', () => {
    const messages = messagesAfter((dir) =>
      editYaml(dir, 'interventions/fixture-demolition.yaml', (intervention) => {
        intervention.location = { lat: 55.0, lon: 11.0, sources: ['fx-wiki'] };
      }),
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^data\/interventions\/fixture-demolition\.yaml: \[fixture-demolition\] location: the point \(55, 11\) lies outside the official boundary of /);
  });

  it('leave the last good database in place when a location is bad', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'boligatlas-location-'));
    scratch.push(out);
    const outPath = path.join(out, 'db.sqlite');
    const good = fixture();
    buildDatabase({ dataDir: good, outPath });
    const before = readFileSync(outPath);
    const bad = fixture();
    editYaml(bad, 'areas/fixture-park.yaml', (area) => {
      area.location.lon = 12.25;
    });
    expect(() => buildDatabase({ dataDir: bad, outPath })).toThrow(DataValidationError);
    expect(readFileSync(outPath).equals(before)).toBe(true);
    expect(existsSync(outPath)).toBe(true);
  });

  it('are written with their precision and place, and the kommuner with their boundaries', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'boligatlas-location-'));
    scratch.push(out);
    const outPath = path.join(out, 'db.sqlite');
    buildDatabase({ dataDir: fixture(), outPath });
    const db = new Database(outPath, { readonly: true });
    try {
      expect(db.prepare("select location_precision as p, location_place as place from areas where slug = 'taastrupgaard'").get()).toEqual({ p: 'town', place: 'Taastrup' });
      const kommune = db.prepare('select lat, lon, wof_id as wofId, boundary_json as b from municipalities where code = 169').get() as { lat: number; lon: number; wofId: number; b: string };
      expect(kommune).toMatchObject({ lat: 55.66, lon: 12.25, wofId: 2 });
      expect(JSON.parse(kommune.b).type).toBe('Polygon');
      expect(db.prepare("select source_id as s from claims where subject_type = 'area.location.place' and subject_key = 'taastrupgaard'").all()).toEqual([{ s: 'fx-wiki' }]);
    } finally {
      db.close();
    }
  });
});

describe('one slug, one record', () => {
  it('refuses a second area or intervention file with a slug that exists, naming both files', () => {
    const messages = messagesAfter((dir) => {
      writeFileSync(path.join(dir, 'areas', 'fixture-park.yml'), readFileSync(path.join(dir, 'areas', 'fixture-park.yaml')));
      writeFileSync(path.join(dir, 'interventions', 'fixture-plan.yml'), readFileSync(path.join(dir, 'interventions', 'fixture-plan.yaml')));
    });
    expect(messages).toEqual([
      'data/areas/fixture-park.yml: [fixture-park] slug: duplicate area slug (also in data/areas/fixture-park.yaml)',
      'data/interventions/fixture-plan.yml: [fixture-plan] slug: duplicate intervention slug (also in data/interventions/fixture-plan.yaml)',
    ]);
  });

  it('leaves the database untouched instead of failing half-way in SQLite', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'boligatlas-location-'));
    scratch.push(out);
    const outPath = path.join(out, 'db.sqlite');
    buildDatabase({ dataDir: fixture(), outPath });
    const before = readFileSync(outPath);
    const bad = fixture();
    writeFileSync(path.join(bad, 'areas', 'fixture-park.yml'), readFileSync(path.join(bad, 'areas', 'fixture-park.yaml')));
    expect(() => buildDatabase({ dataDir: bad, outPath })).toThrow(/duplicate area slug/);
    expect(readFileSync(outPath).equals(before)).toBe(true);
  });
});

describe('one URL, one source', () => {
  it('refuses a second source with the same URL, naming the first and its file', () => {
    const messages = messagesAfter((dir) =>
      writeFileSync(
        path.join(dir, 'sources', 'test2.yaml'),
        '- { id: fx-wiki-again, url: "https://example.org/wiki", title: Again, publisher: Fixture, published: null, accessed: "2026-12-03", language: da, kind: encyclopedia, origin: mirror }\n',
      ),
    );
    expect(messages).toEqual([
      'data/sources/test2.yaml: [fx-wiki-again] url: duplicate URL: already source "fx-wiki" in data/sources/test.yaml (merge them: npx tsx scripts/refile-sources.ts)',
    ]);
  });
});
