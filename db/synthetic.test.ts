/**
 * The synthetic data generator the bench uses (db/testing/synthetic.ts): a multiple of the data
 * that validates, builds, and multiplies every count, so the bench's 100× figures measure real work.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDatabase } from './build';
import { openDatabase } from './connection';
import { formatIssue, loadData } from './load';
import { search } from './queries/search';
import { validFixture } from './testing/fixture';
import { writeSyntheticData } from './testing/synthetic';
import { realDataDir } from './testing/real-data';

const scratch = mkdtempSync(path.join(tmpdir(), 'boligatlas-synthetic-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('synthetic data', () => {
  it.each([true, false])('is valid at 3× (sources copied: %s) and builds with every record tripled', (copySources) => {
    const original = loadData(validFixture).data;
    const dir = writeSyntheticData(validFixture, scratch, 3, copySources);
    const { data, issues } = loadData(dir);
    expect(issues.map(formatIssue)).toEqual([]);
    expect(data.areas).toHaveLength(original.areas.length * 3);
    expect(data.interventions).toHaveLength(original.interventions.length * 3);
    expect(data.sources).toHaveLength(original.sources.length * (copySources ? 3 : 1));
    const outPath = path.join(scratch, `s-${copySources}.sqlite`);
    buildDatabase({ dataDir: dir, outPath });
    const db = openDatabase(outPath);
    // Texts are copied as they are, so a search finds every copy (a pessimistic dataset).
    const hits = search('Fixtureparken', db).areas.map((hit) => hit.slug);
    expect(hits).toEqual(expect.arrayContaining(['fixture-park', 'fixture-park-x01', 'fixture-park-x02']));
    db.$client.close();
  });

  it('is valid on the real data at 2×, sources copied', () => {
    const dir = writeSyntheticData(realDataDir, scratch, 2, true);
    expect(loadData(dir).issues.map(formatIssue)).toEqual([]);
  });
});
