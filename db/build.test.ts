import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { buildDatabase, DataValidationError } from './build';
import { copyFixture, editYaml, validFixture } from './testing/fixture';

const outDir = () => mkdtempSync(path.join(tmpdir(), 'boligatlas-db-'));

describe('buildDatabase', () => {
  it('writes a database with every record, its claims and its data version', () => {
    const outPath = path.join(outDir(), 'test.sqlite');
    const result = buildDatabase({ dataDir: validFixture, outPath });
    expect(result.counts).toMatchObject({ areas: 3, interventions: 4, lists: 1, sources: 6 });
    const db = new Database(outPath, { readonly: true });
    expect(db.prepare('select count(*) n from list_memberships').get()).toEqual({ n: 3 });
    expect(db.prepare("select value from meta where key = 'data_version'").get()).toEqual({ value: result.dataVersion });
    // Every membership is cited by the list it is on.
    expect(
      db.prepare("select source_id from claims where subject_type = 'list.membership' and subject_key = '2022-12-01/omdannelse/fixture-park'").all(),
    ).toEqual([{ source_id: 'fx-list-2022' }]);
    // The search index holds folded names and aliases.
    expect(db.prepare("select slug from search_index where search_index match ?").all('"tastrup"')).toEqual([{ slug: 'taastrupgaard' }]);
    db.close();
  });

  it('gives the same data version for the same data', () => {
    const a = buildDatabase({ dataDir: validFixture, outPath: path.join(outDir(), 'a.sqlite') });
    const b = buildDatabase({ dataDir: copyFixture(), outPath: path.join(outDir(), 'b.sqlite') });
    expect(a.dataVersion).toBe(b.dataVersion);
  });

  it('keeps the data version when only line endings or a byte-order mark change, and changes it with the content', () => {
    const base = buildDatabase({ dataDir: validFixture, outPath: path.join(outDir(), 'a.sqlite') }).dataVersion;
    const crlf = copyFixture();
    const file = path.join(crlf, 'areas', 'fixture-park.yaml');
    writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8').replace(/\n/g, '\r\n')}`);
    expect(buildDatabase({ dataDir: crlf, outPath: path.join(outDir(), 'b.sqlite') }).dataVersion).toBe(base);
    const changed = copyFixture();
    editYaml(changed, 'areas/fixture-park.yaml', (area) => (area.name = 'Fixtureparken II'));
    expect(buildDatabase({ dataDir: changed, outPath: path.join(outDir(), 'c.sqlite') }).dataVersion).not.toBe(base);
  });

  it('leaves the previous database byte-for-byte unchanged when a data file is broken', () => {
    const dir = outDir();
    const outPath = path.join(dir, 'test.sqlite');
    buildDatabase({ dataDir: validFixture, outPath });
    const before = readFileSync(outPath);

    const broken = copyFixture();
    editYaml(broken, 'interventions/fixture-plan.yaml', (intervention) => {
      intervention.start.date = '2019-13';
    });
    expect(() => buildDatabase({ dataDir: broken, outPath })).toThrow(DataValidationError);
    try {
      buildDatabase({ dataDir: broken, outPath });
    } catch (error) {
      expect((error as DataValidationError).message).toContain(
        'data/interventions/fixture-plan.yaml: [fixture-plan] start.date: expected a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD", got "2019-13"',
      );
    }
    expect(readFileSync(outPath).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['test.sqlite']);
  });

  it('leaves the previous database in place and no temp file when the build fails half-way', () => {
    const dir = outDir();
    const outPath = path.join(dir, 'test.sqlite');
    buildDatabase({ dataDir: validFixture, outPath });
    const before = readFileSync(outPath);
    let tempSeen = '';
    expect(() =>
      buildDatabase({
        dataDir: validFixture,
        outPath,
        beforeRename: (tempPath) => {
          tempSeen = tempPath;
          throw new Error('simulated crash before the rename');
        },
      }),
    ).toThrow('simulated crash');
    expect(existsSync(tempSeen)).toBe(false);
    expect(readFileSync(outPath).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['test.sqlite']);
  });
});

describe('scale', () => {
  it('writes many thousands of sources (past SQLite’s limit of bound variables in one statement)', () => {
    const dir = copyFixture();
    editYaml(dir, 'sources/test.yaml', (doc) => {
      const [first] = doc;
      for (let i = 0; i < 6000; i++) doc.push({ ...first, id: `fx-extra-${i}`, url: `https://example.org/${i}` });
    });
    const outPath = path.join(mkdtempSync(path.join(tmpdir(), 'boligatlas-scale-')), 'scale.sqlite');
    const result = buildDatabase({ dataDir: dir, outPath });
    expect(result.counts.sources).toBeGreaterThan(6000);
  });
});
