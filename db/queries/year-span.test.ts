import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDatabase } from '../build';
import { openDatabase } from '../connection';
import { statuses } from '../data-schema';
import { validFixture } from '../testing/fixture';
import { listInterventions, yearSpan } from './interventions';

/**
 * The active-years rule lives twice, on purpose: `yearSpan` in TypeScript (the timeline, the
 * facets) and its SQL twin in `listInterventions` (so a large catalogue is filtered by the
 * database). This property test proves they agree on any intervention and any year.
 */
describe('the year filter in SQL and yearSpan', () => {
  it('agree on every combination of start, end, status and year', () => {
    const outPath = path.join(mkdtempSync(path.join(tmpdir(), 'boligatlas-span-')), 'span.sqlite');
    buildDatabase({ dataDir: validFixture, outPath });
    const year = fc.option(fc.integer({ min: 2008, max: 2032 }), { nil: null });
    const intervention = fc.record({ startYear: year, endYear: year, status: fc.constantFrom(...statuses) });
    fc.assert(
      fc.property(fc.array(intervention, { minLength: 1, maxLength: 12 }), fc.integer({ min: 2006, max: 2034 }), (rows, asked) => {
        const writable = new Database(outPath);
        writable.exec('DELETE FROM interventions');
        const insert = writable.prepare(
          "INSERT INTO interventions (slug, title, kind, category, status, status_year, start_year, end_year) VALUES (?, ?, 'physical', 'demolition', ?, 2024, ?, ?)",
        );
        rows.forEach((row, i) => insert.run(`p-${i}`, `P ${i}`, row.status, row.startYear, row.endYear));
        writable.close();
        const db = openDatabase(outPath);
        const bySql = listInterventions({ year: asked }, db).map((row) => row.slug).sort();
        db.$client.close();
        const byTs = rows
          .map((row, i) => ({ slug: `p-${i}`, span: yearSpan(row) }))
          .filter(({ span }) => span !== null && span[0] <= asked && asked <= span[1])
          .map(({ slug }) => slug)
          .sort();
        expect(bySql).toEqual(byTs);
      }),
      { numRuns: 150 },
    );
  });
});
