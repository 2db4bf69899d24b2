import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../build';
import { openDatabase, type Db } from '../connection';
import { validFixture } from '../testing/fixture';
import { writeSyntheticData } from '../testing/synthetic';
import { areaMunicipalities, areaSortKeys, areaSortValue, cutPage, interventionSortKeys, pageAreas, interventionSortValue, orderOf, pageInterventions, pageSources, sortByOrder, type SortLabels } from './catalogue';
import { computeDwellingFigures } from './figures';
import { defaultPageSize, pageSizes, parsePageOptions } from './filters';
import { listInterventions } from './interventions';
import { listAreaRows } from './areas';
import { listSourcesWithCitations } from './sources';

const labels: SortLabels = {
  locale: 'da',
  text: (da) => da,
  interventionCategory: (code) => code,
  status: (code) => code,
};

describe('parsePageOptions', () => {
  const parse = (query: string) => parsePageOptions(new URLSearchParams(query), ['start', 'title'] as const, 'start');

  it('reads sort, order, page and size', () => {
    expect(parse('sort=title&order=desc&page=3&size=100')).toEqual({ sort: 'title', descending: true, page: 3, size: 100 });
    expect(parse('')).toEqual({ sort: 'start', descending: false, page: 1, size: defaultPageSize });
  });

  it('falls back to the defaults for values it does not offer, so an edited link still shows a page', () => {
    expect(parse('sort=bogus&order=up&page=abc&size=7')).toEqual({ sort: 'start', descending: false, page: 1, size: defaultPageSize });
    expect(parse('page=0').page).toBe(1);
    expect(parse('page=-2').page).toBe(1);
    expect(parse('page=2.5').page).toBe(1);
    for (const size of pageSizes) expect(parse(`size=${size}`).size).toBe(size);
  });
});

describe('cutPage', () => {
  const keys = Array.from({ length: 12 }, (_, i) => `k${i}`);

  it('cuts pages that join up to the whole, and clamps a page out of range', () => {
    expect(cutPage(keys, 1, 5)).toEqual({ keys: ['k0', 'k1', 'k2', 'k3', 'k4'], page: 1, pages: 3 });
    expect(cutPage(keys, 3, 5)).toEqual({ keys: ['k10', 'k11'], page: 3, pages: 3 });
    expect(cutPage(keys, 99, 5).page).toBe(3);
    expect(cutPage(keys, 0, 5).page).toBe(1);
    expect(cutPage(keys, Number.NaN, 5).page).toBe(1);
    expect(cutPage(keys, 2.7, 5).page).toBe(2);
    expect([1, 2, 3].flatMap((page) => cutPage(keys, page, 5).keys)).toEqual(keys);
  });

  it('gives one empty page when nothing matches', () => {
    expect(cutPage([], 4, 25)).toEqual({ keys: [], page: 1, pages: 1 });
  });
});

describe('orderOf and sortByOrder', () => {
  const rows = [
    { key: 'a', value: 2010 as number | null },
    { key: 'b', value: null },
    { key: 'c', value: 2005 },
    { key: 'd', value: 2010 },
    { key: 'e', value: null },
    { key: 'f', value: 2020 },
  ];
  const order = orderOf(rows, (row) => row.key, (row) => row.value, 'da');
  const all = rows.map((row) => row.key);

  it('sorts by value both ways, keeps ties in the base order and puts unknowns last either way', () => {
    expect(sortByOrder(all, order, false)).toEqual(['c', 'a', 'd', 'f', 'b', 'e']);
    expect(sortByOrder(all, order, true)).toEqual(['f', 'a', 'd', 'c', 'b', 'e']);
  });

  it('sorts a subset exactly as it stands in the whole', () => {
    const subset = ['e', 'd', 'c', 'b'];
    const whole = sortByOrder(all, order, false);
    expect(sortByOrder(subset, order, false)).toEqual(whole.filter((key) => subset.includes(key)));
  });

  it('compares text with the language’s collation (æ, ø, å after z in Danish)', () => {
    const words = [{ k: 'å' }, { k: 'z' }, { k: 'æ' }, { k: 'a' }, { k: 'ø' }];
    const danish = orderOf(words, (w) => w.k, (w) => w.k, 'da');
    expect(sortByOrder(words.map((w) => w.k), danish, false)).toEqual(['a', 'z', 'æ', 'ø', 'å']);
  });
});

describe('pageInterventions', () => {
  let db: Db;
  let outPath: string;
  beforeAll(() => {
    // The fixture ten times over: 40 interventions, enough for pages of 25.
    const dataDir = writeSyntheticData(validFixture, mkdtempSync(path.join(tmpdir(), 'boligatlas-cat-')), 10, false);
    outPath = path.join(mkdtempSync(path.join(tmpdir(), 'boligatlas-cat-db-')), 'c.sqlite');
    buildDatabase({ dataDir, outPath });
    db = openDatabase(outPath);
  });

  it('gives pages that join up to the whole sorted catalogue, for every column and both directions', () => {
    const every = listInterventions({}, db);
    expect(every.length).toBeGreaterThan(25);
    for (const sort of interventionSortKeys) {
      for (const descending of [false, true]) {
        const first = pageInterventions({}, { sort, descending, page: 1, size: 25 }, labels, db);
        expect(first.total).toBe(every.length);
        expect(first.pages).toBe(Math.ceil(every.length / 25));
        const pages = Array.from({ length: first.pages }, (_, i) => pageInterventions({}, { sort, descending, page: i + 1, size: 25 }, labels, db));
        const joined = pages.flatMap((p) => p.rows.map((row) => row.slug));
        expect(joined, `${sort} ${descending ? 'desc' : 'asc'}`).toEqual(first.slugs);
        expect(new Set(joined).size).toBe(every.length);
        // The sort values are in order, unknowns last.
        const values = pages.flatMap((p) => p.rows.map((row) => interventionSortValue(row, sort, labels)));
        const known = values.filter((v) => v !== null);
        expect(values.slice(0, known.length)).toEqual(known);
        const sorted = [...known].sort((x, y) => (typeof x === 'number' && typeof y === 'number' ? x - y : new Intl.Collator('da').compare(String(x), String(y))));
        expect(known).toEqual(descending ? sorted.reverse() : sorted);
      }
    }
  });

  it('pages a filtered view and clamps a page past the end to the last', () => {
    const physical = listInterventions({ kind: ['physical'] }, db).map((row) => row.slug);
    const result = pageInterventions({ kind: ['physical'] }, { sort: 'title', descending: false, page: 99, size: 25 }, labels, db);
    expect(result.total).toBe(physical.length);
    expect([...result.slugs].sort()).toEqual([...physical].sort());
    expect(result.page).toBe(result.pages);
    expect(result.rows.map((row) => row.slug)).toEqual(result.slugs.slice((result.pages - 1) * 25));
  });

  it('gives the same figures from the context read once per database as from a fresh read, per as-of year', () => {
    const slugs = listInterventions({}, db).map((row) => row.slug);
    const warm = [computeDwellingFigures(slugs, db), computeDwellingFigures(slugs, db, { asOfMax: 2000 }), computeDwellingFigures(slugs, db)];
    const cold = () => openDatabase(outPath);
    expect(warm[0]).toEqual(computeDwellingFigures(slugs, cold()));
    expect(warm[1]).toEqual(computeDwellingFigures(slugs, cold(), { asOfMax: 2000 }));
    expect(warm[2]).toEqual(warm[0]);
  });

  it('pages the areas the same way: every column, both directions, pages joining up, filters as listAreaRows applies them', () => {
    const every = listAreaRows({}, db);
    expect(every.length).toBeGreaterThan(25);
    for (const sort of areaSortKeys) {
      for (const descending of [false, true]) {
        const first = pageAreas({}, { sort, descending, page: 1, size: 25 }, 'da', db);
        expect(first.total).toBe(every.length);
        const rows = Array.from({ length: first.pages }, (_, i) => pageAreas({}, { sort, descending, page: i + 1, size: 25 }, 'da', db).rows).flat();
        expect(new Set(rows.map((row) => row.slug)).size).toBe(every.length);
        const values = rows.map((row) => areaSortValue(row, sort));
        const known = values.filter((v) => v !== null);
        expect(values.slice(0, known.length), `${sort}`).toEqual(known);
        const sorted = [...known].sort((x, y) => (typeof x === 'number' && typeof y === 'number' ? x - y : new Intl.Collator('da').compare(String(x), String(y))));
        expect(known).toEqual(descending ? sorted.reverse() : sorted);
      }
    }
    const filter = { type: 'listed_area' as const };
    const filtered = pageAreas(filter, { sort: 'name', descending: false, page: 1, size: 200 }, 'da', db);
    expect(filtered.rows.map((row) => row.slug).sort()).toEqual(listAreaRows(filter, db).map((row) => row.slug).sort());
    expect(filtered.all).toBe(every.length);
    expect(areaMunicipalities('da', db).map(([code]) => code).sort()).toEqual([...new Set(every.map((row) => row.municipality.code))].sort());
  });

  it('pages the sources of each kind in the bibliography’s order, with the same citations as the whole bibliography', () => {
    const whole = listSourcesWithCitations(db);
    const kinds = [...new Set(whole.map((source) => source.kind))];
    for (const kind of kinds) {
      const ofKind = whole.filter((source) => source.kind === kind);
      const first = pageSources(kind, { page: 1, size: 25 }, db);
      expect(first.total).toBe(ofKind.length);
      const rows = Array.from({ length: first.pages }, (_, i) => pageSources(kind, { page: i + 1, size: 25 }, db).rows).flat();
      expect(rows, kind).toEqual(ofKind);
    }
    const kind = kinds[0]!;
    const last = whole.filter((source) => source.kind === kind).at(-1)!;
    const holding = pageSources(kind, { page: 1, size: 25, holding: last.id }, db);
    expect(holding.rows.map((source) => source.id)).toContain(last.id);
    expect(holding.page).toBe(holding.pages);
    expect(pageSources(kind, { page: 1, size: 25, holding: 'no-such-source' }, db).page).toBe(1);
    expect(pageSources('no-such-kind', { page: 1, size: 25 }, db)).toEqual({ rows: [], total: 0, page: 1, size: 25, pages: 1 });
  });
});
