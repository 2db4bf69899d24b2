import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../build';
import { openDatabase, type Db } from '../connection';
import { validFixture } from '../testing/fixture';
import { parseCompareSlugs, getComparison } from './compare';
import { buildSearchPlan, MAX_QUERY_LENGTH, search } from './search';

let db: Db;
beforeAll(() => {
  const outPath = path.join(mkdtempSync(path.join(tmpdir(), 'boligatlas-s-')), 's.sqlite');
  buildDatabase({ dataDir: validFixture, outPath });
  db = openDatabase(outPath);
});

describe('buildSearchPlan', () => {
  it('folds the query and quotes every token of three or more letters', () => {
    expect(buildSearchPlan('Tåstrupgård')).toEqual({ folded: 'tastrupgard', match: '"tastrupgard"', prefixes: [] });
    expect(buildSearchPlan('Taastrupgaard').match).toBe('"tastrupgard"');
    expect(buildSearchPlan('Mjølnerparken nedrivning').match).toBe('"mjolnerparken" AND "nedrivning"');
    expect(buildSearchPlan('Æblehaven').folded).toBe('aeblehaven');
  });

  it.each([
    ['"', null, []],
    ['*', null, []],
    ['NEAR(', '"near"', []],
    ['AND', '"and"', []],
    ['a OR b', null, ['a', 'or', 'b'].filter((t) => t.length < 3)],
    ['"gellerup" OR "x"*', '"gellerup"', []],
    ['', null, []],
    ['%_', null, []],
  ])('keeps %j out of FTS syntax', (query, match, prefixes) => {
    const plan = buildSearchPlan(query);
    expect(plan.match).toBe(match);
    expect(plan.prefixes).toEqual(prefixes);
    // Only quoted phrases joined by AND ever reach MATCH.
    if (plan.match) expect(plan.match).toMatch(/^"[^"]+"( AND "[^"]+")*$/);
  });

  it('cuts very long queries instead of failing', () => {
    expect(buildSearchPlan('x'.repeat(1000)).folded.length).toBe(MAX_QUERY_LENGTH);
  });
});

describe('search', () => {
  it('finds the same area for every spelling', () => {
    for (const query of ['Taastrupgaard', 'Tåstrupgård', 'tastrup', 'TAASTRUP']) {
      expect(search(query, db).areas.map((hit) => hit.slug)).toContain('taastrupgaard');
    }
  });

  it('ranks an exact name before other matches and groups results by type', () => {
    const results = search('taastrupgaard', db);
    expect(results.areas[0]).toMatchObject({ slug: 'taastrupgaard', matched: 'name' });
    expect(Array.isArray(results.interventions)).toBe(true);
    expect(Array.isArray(results.sources)).toBe(true);
  });

  it('matches prefixes below three letters', () => {
    expect(search('ta', db).areas.map((hit) => hit.slug)).toContain('taastrupgaard');
  });

  it.each(['"', '*', 'NEAR(', 'AND', 'OR NOT', '', '   ', "'; DROP TABLE areas; --", 'x'.repeat(1000), '%', '_', '\\'])(
    'answers %j normally',
    (query) => {
      expect(() => search(query, db)).not.toThrow();
      expect(search(query, db)).toMatchObject({ areas: expect.any(Array), interventions: expect.any(Array), sources: expect.any(Array) });
    },
  );
});

describe('compare', () => {
  it('takes two to four existing areas and explains anything else', () => {
    expect(parseCompareSlugs('fixture-park,taastrupgaard', db)).toEqual({ ok: true, slugs: ['fixture-park', 'taastrupgaard'] });
    expect(parseCompareSlugs('fixture-park', db)).toMatchObject({ ok: false, slugs: ['fixture-park'] });
    expect(parseCompareSlugs('fixture-park,nowhere', db)).toMatchObject({ ok: false, problem: { code: 'unknown_areas', slugs: ['nowhere'] } });
    expect(parseCompareSlugs('fixture-park', db)).toMatchObject({ ok: false, problem: { code: 'too_few', min: 2 } });
    expect(parseCompareSlugs('fixture-park,fixture-park', db)).toMatchObject({ ok: false });
    expect(parseCompareSlugs(null, db)).toMatchObject({ ok: false, slugs: [] });
  });

  it('lines up list years, the first designation and the highest category', () => {
    const comparison = getComparison(['fixture-park', 'taastrupgaard'], db);
    expect(comparison.areas.map((area) => area.profile.slug)).toEqual(['fixture-park', 'taastrupgaard']);
    const park = comparison.areas[0]!;
    expect(park.firstListedYear).toBe(2022);
    expect(park.highest).toMatchObject({ tier: 'transformation', year: 2022 });
    expect(comparison.categories[0]).toBe('demolition');
    expect(comparison.bibliography.length).toBeGreaterThan(0);
  });
});
