import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../build';
import { openDatabase, type Db } from '../connection';
import { validFixture } from '../testing/fixture';
import { getSourceCounts, listCriteriaEras, listSourcesWithCitations } from './sources';

let db: Db;

beforeAll(() => {
  const outPath = path.join(mkdtempSync(path.join(tmpdir(), 'boligatlas-sources-')), 's.sqlite');
  buildDatabase({ dataDir: validFixture, outPath });
  db = openDatabase(outPath);
});

describe('listSourcesWithCitations', () => {
  it('returns every source once, ordered by kind', () => {
    const all = listSourcesWithCitations(db);
    // official_list before news before encyclopedia before gazetteer (the order of sourceKinds), then by publisher and title.
    expect(all.map((source) => source.id)).toEqual(['fx-list-2022', 'fx-news', 'fx-wiki', 'wof-2', 'wof-1', 'geonames-10']);
    expect(all[0]).toMatchObject({
      url: 'https://example.org/list-2022',
      title: 'Fixture list 2022',
      publisher: 'Fixture Ministry',
      published: '2022-12-01',
      accessed: '2026-11-27',
      kind: 'official_list',
    });
  });

  it('links a list membership to both the list and the area', () => {
    const list = listSourcesWithCitations(db).find((source) => source.id === 'fx-list-2022');
    expect(list?.citedBy).toEqual({
      // Both areas through their memberships; fixture-park also through its residents figure.
      areas: [
        { slug: 'fixture-park', name: 'Fixtureparken' },
        { slug: 'taastrupgaard', name: 'Tåstrupgård' },
      ],
      interventions: [],
      lists: ['2022-12-01'],
      criteria: [],
      municipalities: [],
    });
    // list, two totals, three memberships, one set of figures, one residents figure.
    expect(list?.factCount).toBe(8);
  });

  it('derives areas, interventions, eras and municipalities from the claim subjects', () => {
    const bySource = new Map(listSourcesWithCitations(db).map((source) => [source.id, source.citedBy]));
    expect(bySource.get('fx-news')).toEqual({
      areas: [],
      interventions: [
        { slug: 'fixture-rehousing', title: 'Genhusning under nedrivningen', titleEn: 'Rehousing during the demolition' },
        { slug: 'fixture-demolition', title: 'Nedrivning af blok A', titleEn: 'Demolition of block A' },
        { slug: 'fixture-plan', title: 'Udviklingsplan for Fixtureparken', titleEn: 'Development plan for Fixtureparken' },
      ],
      lists: [],
      criteria: [],
      municipalities: [],
    });
    expect(bySource.get('fx-wiki')).toEqual({
      areas: [
        { slug: 'fixture-district', name: 'Fixturebyen' },
        { slug: 'fixture-park', name: 'Fixtureparken' },
        { slug: 'taastrupgaard', name: 'Tåstrupgård' },
      ],
      interventions: [{ slug: 'fixture-law', title: 'En national lov', titleEn: 'A national law' }],
      lists: [],
      criteria: [{ id: '2021', title: 'Fixture criteria' }],
      municipalities: [
        { code: 101, name: 'København' },
        { code: 169, name: 'Høje-Taastrup' },
      ],
    });
  });

  it('returns plain, serialisable objects', () => {
    const all = listSourcesWithCitations(db);
    expect(JSON.parse(JSON.stringify(all))).toEqual(all);
  });
});

describe('listCriteriaEras', () => {
  it('gives each era its rule, thresholds, categories with tiers and the lists computed under it', () => {
    expect(listCriteriaEras(db)).toEqual([
      {
        id: '2021',
        title: 'Fixture criteria',
        titleEn: 'Fixture criteria (English)',
        rule: 'Fixture rule text.',
        ruleEn: 'Fixture rule text in English.',
        minResidents: 1000,
        criteria: [{ key: 'non_western', description: 'Fixture criterion.', descriptionEn: 'Fixture criterion in English.', threshold: 50 }],
        categories: [{ code: 'parallelsamfund', rule: 'Fixture category rule.', ruleEn: 'Fixture category rule in English.', tier: 'parallel' }],
        firstList: '2022-12-01',
        lastList: '2022-12-01',
        listCount: 1,
        sources: ['fx-wiki'],
      },
    ]);
  });
});

describe('getSourceCounts', () => {
  it('counts what the full bibliography holds, per kind and origin, without reading it', () => {
    const all = listSourcesWithCitations(db);
    const counts = getSourceCounts(db);
    expect(counts.total).toBe(all.length);
    expect(counts.used).toBe(all.filter((source) => source.factCount > 0).length);
    for (const kind of new Set(all.map((source) => source.kind))) expect(counts.byKind.get(kind)).toBe(all.filter((source) => source.kind === kind).length);
    for (const origin of ['primary', 'mirror', 're-host'] as const) expect(counts.byOrigin[origin]).toBe(all.filter((source) => source.origin === origin).length);
  });
});
