/**
 * The search reads each tier lazily in name order (db/queries/search.ts, rankedMatches); these
 * tests hold it to the plain definition: rank every match (exact name, name prefix, name, other
 * name, other text; then name) and take the first of each kind. On the real data, at the page's
 * group size and at small sizes and pass limits that drive every branch (the pass over all kinds
 * stopping before, inside and after a kind).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../connection';
import { withRealDatabase } from '../testing/real-data';
import { buildSearchPlan, nameTrigrams, rankedMatches, search, type IndexRow } from './search';

const real = withRealDatabase();
let db: Db;
beforeAll(() => {
  db = real();
});

/** Every match ranked in one statement, then cut per kind: slow, and obviously right. */
function reference(query: string, perKind: number): Pick<IndexRow, 'kind' | 'name' | 'tier'>[] {
  const plan = buildSearchPlan(query);
  const rows = db.$client
    .prepare(
      `SELECT kind, name, CASE WHEN name = @f THEN 0 WHEN substr(name, 1, length(@f)) = @f THEN 1
         WHEN instr(name, @f) > 0 THEN 2 WHEN instr(aliases, @f) > 0 THEN 3 ELSE 4 END AS tier
       FROM search_index WHERE search_index MATCH @match ORDER BY kind, tier, name`,
    )
    .all({ f: plan.folded, match: plan.match }) as Pick<IndexRow, 'kind' | 'name' | 'tier'>[];
  const kinds = [...new Set(rows.map((row) => row.kind))];
  return kinds.flatMap((kind) => rows.filter((row) => row.kind === kind).slice(0, perKind));
}

const queries = [
  'Vollsmose',
  'gellerup',
  'Gellerupparken',
  'gellerup toveshøj',
  'nedrivning af boliger',
  'boliger',
  'helhedsplan',
  'boligsocial helhedsplan',
  'Aalborg Øst',
  'parken',
  'park',
  'plan',
  'kommune',
  'Tåstrup',
  'renovering',
  'ungdom',
  'mjolner',
  'bydel',
  'Helsingør',
  'zzqxv',
];

describe('rankedMatches', () => {
  it.each(queries)('ranks %j as ranking every match would, at every size', (query) => {
    const plan = buildSearchPlan(query);
    for (const [perKind, namePass] of [
      [20, 400],
      [5, 400],
      [5, 3],
      [2, 1],
      [40, 10],
    ] as const) {
      const got = rankedMatches(db.$client, { ...plan, match: plan.match! }, perKind, namePass).map(({ kind, name, tier }) => ({ kind, name, tier }));
      expect(got, `${query} at ${perKind} per kind, pass ${namePass}`).toEqual(reference(query, perKind));
    }
  });

  it('puts an exact name first, then names that start with the query', () => {
    expect(search('Tåstrupgård', db).areas[0]).toMatchObject({ slug: 'taastrupgaard', matched: 'name' });
    expect(search('vollsmose', db).areas[0]).toMatchObject({ slug: 'vollsmose', matched: 'name' });
    expect(search('Gellerupparken', db).areas[0]).toMatchObject({ slug: 'gellerupparken-toveshoej', matched: 'name' });
    // Titles that name the area come before interventions and sources that only mention it.
    const results = search('vollsmose', db);
    const named = results.interventions.findLastIndex((hit) => hit.title.toLowerCase().includes('vollsmose'));
    expect(results.interventions.slice(0, named + 1).every((hit) => hit.title.toLowerCase().includes('vollsmose'))).toBe(true);
    expect(named).toBeGreaterThanOrEqual(6);
    expect(results.sources[0]!.title.toLowerCase()).toMatch(/^vollsmose/);
  });
});

describe('nameTrigrams', () => {
  it('covers each word with trigrams at every third place and its last', () => {
    expect(nameTrigrams(['vollsmose'])).toBe('"vol" AND "lsm" AND "ose"');
    expect(nameTrigrams(['nedrivning', 'boliger'])).toBe('"ned" AND "riv" AND "nin" AND "ing" AND "bol" AND "ige" AND "ger"');
    expect(nameTrigrams(['abc'])).toBe('"abc"');
  });
});
