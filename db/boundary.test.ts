import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { buildDatabase, DataValidationError } from './build';
import { openDatabase } from './connection';
import { formatIssue, loadData } from './load';
import { getArea } from './queries/areas';
import { getBoundariesGeoJson } from './queries/geo';
import { copyFixture, editYaml, writeText } from './testing/fixture';

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A rectangle in the fixture's København that holds fixture-park's point (55.65, 12.6): invented for tests only. */
const fixtureBydel = {
  type: 'Feature',
  properties: { source: 'kk-bydel-1', dataset: 'kk-bydele', id: 1, name: 'Fixturebydel', placetype: 'bydel', municipality: 101, url: 'https://example.org/bydele#bydel_nr=1', publishedAreaM2: null },
  geometry: { type: 'Polygon', coordinates: [[[12.55, 55.62], [12.64, 55.62], [12.64, 55.68], [12.55, 55.68], [12.55, 55.62]]] },
};

/** The valid fixture with a boundary extract of one bydel, its source record, and fixture-park's district boundary. */
function fixture(): string {
  const dir = copyFixture();
  scratch.push(dir);
  writeText(dir, 'gazetteer/boundaries.geojson', JSON.stringify({ type: 'FeatureCollection', features: [fixtureBydel] }));
  writeText(
    dir,
    'sources/gazetteer.yaml',
    `${readFileSync(path.join(dir, 'sources', 'gazetteer.yaml'), 'utf8')}- { id: kk-bydel-1, url: "https://example.org/bydele#bydel_nr=1", title: "Fixturebydel (bydel nr. 1), fixture record", publisher: Fixture Kommune, published: null, accessed: "2026-12-03", language: da, kind: gazetteer, origin: primary }\n`,
  );
  editYaml(dir, 'areas/fixture-park.yaml', (area) => {
    area.boundary = { precision: 'district', place: 'Fixturebydel', sources: ['kk-bydel-1'], placeSources: ['fx-wiki'] };
  });
  return dir;
}

/** Loads a mutated fixture and returns its messages as the CLI prints them. */
function messagesAfter(change: (dir: string) => void): string[] {
  const dir = fixture();
  change(dir);
  return loadData(dir).issues.map(formatIssue);
}

/** Edits fixture-park's boundary, which in the valid fixture is the district Fixturebydel (kk-bydel-1). */
const editBoundary = (dir: string, change: (boundary: Record<string, unknown>, area: Record<string, unknown>) => void) =>
  editYaml(dir, 'areas/fixture-park.yaml', (area) => change(area.boundary, area));

function tempDb(): string {
  const out = mkdtempSync(path.join(tmpdir(), 'boligatlas-boundary-'));
  scratch.push(out);
  return path.join(out, 'db.sqlite');
}

describe('area boundaries', () => {
  it('accept a district boundary that cites one polygon of the extract and holds the area’s point', () => {
    const { data, issues } = loadData(fixture());
    expect(issues).toEqual([]);
    expect(data.areas.find((area) => area.slug === 'fixture-park')?.boundary).toEqual({ precision: 'district', place: 'Fixturebydel', sources: ['kk-bydel-1'], placeSources: ['fx-wiki'] });
    expect(data.gazetteer.boundaries.map((b) => b.properties.source)).toEqual(['kk-bydel-1']);
  });

  it('require a precision of area or district, a place for a district and none for the area itself', () => {
    expect(messagesAfter((dir) => editBoundary(dir, (b) => (b.precision = 'town')))).toEqual([
      'data/areas/fixture-park.yaml: [fixture-park] boundary.precision: expected one of area, district, got "town"',
    ]);
    expect(messagesAfter((dir) => editBoundary(dir, (b) => (b.place = null)))).toEqual([
      'data/areas/fixture-park.yaml: [fixture-park] boundary.place: a district boundary must name the district',
    ]);
    expect(
      messagesAfter((dir) =>
        editBoundary(dir, (b) => {
          b.precision = 'area';
        }),
      ),
    ).toEqual(['data/areas/fixture-park.yaml: [fixture-park] boundary.place: the area\'s own boundary stands for no other place: expected null, got "Fixturebydel"']);
  });

  it('refuse a polygon in the data file itself: the polygon comes from the generated extract only', () => {
    const messages = messagesAfter((dir) =>
      editBoundary(dir, (b) => {
        b.type = 'Polygon';
        b.coordinates = [[[12.55, 55.62], [12.64, 55.62], [12.64, 55.68], [12.55, 55.62]]];
      }),
    );
    expect(messages).toEqual([expect.stringMatching(/^data\/areas\/fixture-park\.yaml: \[fixture-park\] boundary: Unrecognized keys: "type", "coordinates"/)]);
  });

  it('fail a boundary that cites no polygon of the extract', () => {
    expect(messagesAfter((dir) => editBoundary(dir, (b) => (b.sources = ['fx-wiki'])))).toEqual([
      'data/areas/fixture-park.yaml: [fixture-park] boundary.sources: none of the sources is a polygon in gazetteer/boundaries.geojson: cite the record the polygon comes from (e.g. kk-bydel-3) and run scripts/gazetteer.ts build',
    ]);
  });

  it('fail a polygon in another kommune than the area’s (a same-name district elsewhere)', () => {
    const messages = messagesAfter((dir) =>
      editYaml(dir, 'areas/taastrupgaard.yaml', (area) => {
        area.boundary = { precision: 'district', place: 'Fixturebydel', sources: ['kk-bydel-1'], placeSources: ['fx-wiki'] };
      }),
    );
    expect(messages).toEqual([
      'data/areas/taastrupgaard.yaml: [taastrupgaard] boundary.sources[0]: kk-bydel-1 (Fixturebydel) is a polygon in København (101), not in the area\'s kommune Høje-Taastrup (169)',
    ]);
  });

  it('fail a boundary that does not hold the area’s own point', () => {
    const messages = messagesAfter((dir) =>
      editYaml(dir, 'areas/fixture-park.yaml', (area) => {
        area.location.lat = 55.71;
        area.location.lon = 12.5;
      }),
    );
    expect(messages).toEqual([
      'data/areas/fixture-park.yaml: [fixture-park] boundary: the area\'s point (55.71, 12.5) lies outside kk-bydel-1 (Fixturebydel): a boundary must hold the area\'s own point',
    ]);
  });

  it('do not test a town’s or kommune’s point against a finer district boundary', () => {
    const messages = messagesAfter((dir) =>
      editYaml(dir, 'areas/fixture-park.yaml', (area) => {
        area.location = { lat: 55.68, lon: 12.55, precision: 'municipality', place: 'København', sources: ['wof-1'] };
      }),
    );
    expect(messages).toEqual([]);
  });

  it('fail a district named otherwise than its record, and a district polygon claimed as the area’s own', () => {
    expect(messagesAfter((dir) => editBoundary(dir, (b) => (b.place = 'Amager')))).toEqual([
      'data/areas/fixture-park.yaml: [fixture-park] boundary.place: expected the name of kk-bydel-1, "Fixturebydel", got "Amager"',
    ]);
    expect(
      messagesAfter((dir) =>
        editBoundary(dir, (b) => {
          b.precision = 'area';
          b.place = null;
          delete b.placeSources;
        }),
      ),
    ).toEqual(['data/areas/fixture-park.yaml: [fixture-park] boundary.sources[0]: kk-bydel-1 is the boundary of a place (Fixturebydel, bydel), not of the area itself: expected precision district']);
  });

  it('require a source that the area lies in the district, unless it is the area’s own town', () => {
    expect(messagesAfter((dir) => editBoundary(dir, (b) => delete b.placeSources))).toEqual([
      'data/areas/fixture-park.yaml: [fixture-park] boundary.placeSources: a district boundary needs sources saying the area lies in "Fixturebydel" (or a district equal to the area\'s own town "Amager" or to the district its point stands for)',
    ]);
    expect(
      messagesAfter((dir) =>
        editBoundary(dir, (b, area) => {
          delete b.placeSources;
          area.town = 'Fixturebydel';
        }),
      ),
    ).toEqual([]);
  });

  it('leave the last good database in place when a boundary is bad', () => {
    const outPath = tempDb();
    buildDatabase({ dataDir: fixture(), outPath });
    const before = readFileSync(outPath);
    const bad = fixture();
    editBoundary(bad, (b) => (b.place = 'Amager'));
    expect(() => buildDatabase({ dataDir: bad, outPath })).toThrow(DataValidationError);
    expect(() => buildDatabase({ dataDir: bad, outPath })).toThrow(/boundary\.place: expected the name of kk-bydel-1/);
    expect(readFileSync(outPath).equals(before)).toBe(true);
    expect(existsSync(outPath)).toBe(true);
  });

  it('are written once per polygon, cited, and served as GeoJSON with the areas they bound', () => {
    const outPath = tempDb();
    buildDatabase({ dataDir: fixture(), outPath });
    const raw = new Database(outPath, { readonly: true });
    try {
      expect(raw.prepare("select boundary_source as s, boundary_precision as p, boundary_place as place from areas where slug = 'fixture-park'").get()).toEqual({ s: 'kk-bydel-1', p: 'district', place: 'Fixturebydel' });
      expect(raw.prepare('select source, name, municipality_code as m from boundaries').all()).toEqual([{ source: 'kk-bydel-1', name: 'Fixturebydel', m: 101 }]);
      expect(raw.prepare("select subject_type as t, source_id as s from claims where subject_key = 'fixture-park' and subject_type like 'area.boundary%' order by t").all()).toEqual([
        { t: 'area.boundary', s: 'kk-bydel-1' },
        { t: 'area.boundary.place', s: 'fx-wiki' },
      ]);
    } finally {
      raw.close();
    }
    const db = openDatabase(outPath);
    const geo = getBoundariesGeoJson(db);
    expect(geo.features).toHaveLength(1);
    expect(geo.features[0]).toMatchObject({
      id: 'district:kk-bydel-1',
      geometry: { type: 'Polygon' },
      properties: { polygon: 'kk-bydel-1', name: 'Fixturebydel', precision: 'district', place: 'Fixturebydel', areas: ['fixture-park'], sources: ['kk-bydel-1'] },
    });
    const area = getArea('fixture-park', db)!;
    expect(area.boundary).toEqual({ precision: 'district', place: 'Fixturebydel', polygon: 'kk-bydel-1', sources: ['kk-bydel-1'], placeSources: ['fx-wiki'] });
    expect(area.bibliography.map((source) => source.id)).toEqual(expect.arrayContaining(['kk-bydel-1', 'fx-wiki']));
    expect(getArea('taastrupgaard', db)!.boundary).toBeNull();
  });
});
