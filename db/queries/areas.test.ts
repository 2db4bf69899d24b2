import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../build';
import { openDatabase, type Db } from '../connection';
import { copyFixture, editYaml, validFixture } from '../testing/fixture';
import { getArea, listAreas, listAreaSlugs } from './areas';
import { getList, listLists } from './lists';

let db: Db;

beforeAll(() => {
  const outPath = path.join(mkdtempSync(path.join(tmpdir(), 'boligatlas-q-')), 'q.sqlite');
  buildDatabase({ dataDir: validFixture, outPath });
  db = openDatabase(outPath);
});

describe('area queries', () => {
  it('lists every area with its municipality and latest list', () => {
    const areas = listAreas(db);
    expect(areas.map((area) => area.slug)).toEqual(['fixture-district', 'fixture-park', 'taastrupgaard']);
    const park = areas.find((area) => area.slug === 'fixture-park');
    expect(park).toMatchObject({
      municipality: { code: 101, name: 'København', region: 'Hovedstaden' },
      lastListed: { date: '2022-12-01', codes: ['parallelsamfund', 'omdannelse'], tier: 'transformation' },
      onLatestList: true,
      location: { lat: 55.65, lon: 12.6 },
    });
    // A district is listed through its parts.
    expect(areas.find((area) => area.slug === 'fixture-district')?.lastListed?.date).toBe('2022-12-01');
  });

  it('returns null for an unknown slug', () => {
    expect(getArea('nowhere', db)).toBeNull();
    expect(listAreaSlugs(db)).toContain('taastrupgaard');
  });

  it('gives every fact of a profile with the sources that state it', () => {
    const area = getArea('fixture-park', db);
    expect(area).not.toBeNull();
    expect(area?.dwellings).toEqual([{ value: 1200, year: 2020, note: null, noteEn: null, sources: ['fx-wiki'] }]);
    expect(area?.residents[0]?.sources).toEqual(['fx-list-2022']);
    expect(area?.partOf).toEqual({ slug: 'fixture-district', name: 'Fixturebyen' });
    expect(area?.statuses).toEqual([
      {
        date: '2022-12-01',
        criteriaEra: '2021',
        categories: [
          { code: 'parallelsamfund', tier: 'parallel', via: null, basis: 'printed', derivation: null, derivationEn: null, figures: null, sources: ['fx-list-2022'] },
          { code: 'omdannelse', tier: 'transformation', via: null, basis: 'printed', derivation: null, derivationEn: null, figures: { residents: 2500, nonWesternPct: 61.2, outsideWorkEducationPct: null, convictionsRate: null, basicEducationPct: null, incomePct: null, sources: ['fx-list-2022'] }, sources: ['fx-list-2022'] },
        ],
      },
    ]);
    const demolition = area?.interventions.find((intervention) => intervention.slug === 'fixture-demolition');
    expect(demolition?.quantities).toEqual([
      { measure: 'dwellings_demolished', value: 120, basis: 'completed', asOf: 2023, funder: null, funderEn: null, note: null, noteEn: null, sources: ['fx-news'] },
    ]);
    expect(demolition?.relations).toEqual([
      { type: 'part_of', direction: 'outgoing', slug: 'fixture-plan', title: 'Udviklingsplan for Fixtureparken', titleEn: 'Development plan for Fixtureparken', kind: 'physical', sources: ['fx-news'] },
      { type: 'accompanies', direction: 'incoming', slug: 'fixture-rehousing', title: 'Genhusning under nedrivningen', titleEn: 'Rehousing during the demolition', kind: 'social', sources: ['fx-news'] },
    ]);
    expect(area?.bibliography.map((source) => source.id).sort()).toEqual(['fx-list-2022', 'fx-news', 'fx-wiki']);
  });

  it("gathers a district's list statuses and interventions from its parts", () => {
    const district = getArea('fixture-district', db);
    expect(district?.parts).toEqual([{ slug: 'fixture-park', name: 'Fixtureparken' }]);
    expect(district?.statuses[0]?.categories.every((category) => category.via?.slug === 'fixture-park')).toBe(true);
    expect(district?.interventions.map((intervention) => intervention.slug).sort()).toEqual([
      'fixture-demolition',
      'fixture-plan',
      'fixture-rehousing',
    ]);
  });
});

describe('list queries', () => {
  it('reports each list with its categories and completeness', () => {
    expect(listLists(db)).toEqual([
      {
        date: '2022-12-01',
        title: 'Fixture list',
        titleEn: null,
        criteriaEra: '2021',
        complete: false,
        categories: [
          { code: 'omdannelse', publishedTotal: 3, complete: false, named: 1 },
          { code: 'parallelsamfund', publishedTotal: 2, complete: true, named: 2 },
        ],
      },
    ]);
  });
});

describe('getList', () => {
  it('gives a list with its categories, named areas, criteria and sources', () => {
    const list = getList('2022-12-01', db);
    expect(list).toMatchObject({
      date: '2022-12-01',
      title: 'Fixture list',
      criteria: { id: '2021', minResidents: 1000, sources: ['fx-wiki'] },
      previous: null,
      recordSources: ['fx-list-2022'],
    });
    expect(list?.categories.find((c) => c.code === 'parallelsamfund')).toMatchObject({
      publishedTotal: 2,
      complete: true,
      totalSources: ['fx-list-2022'],
      areas: [
        { slug: 'fixture-park', name: 'Fixtureparken', municipality: { code: 101, name: 'København', region: 'Hovedstaden' }, note: null, sources: ['fx-list-2022'] },
        { slug: 'taastrupgaard', name: 'Tåstrupgård', municipality: { code: 169, name: 'Høje-Taastrup', region: 'Hovedstaden' }, note: null, sources: ['fx-list-2022'] },
      ],
    });
    // Every cited id, published totals included, has an entry in the page's bibliography.
    const cited = list?.categories.flatMap((c) => [...c.totalSources, ...c.areas.flatMap((a) => a.sources)]) ?? [];
    const listed = new Set(list?.bibliography.map((source) => source.id));
    expect(cited.filter((id) => !listed.has(id))).toEqual([]);
    expect(getList('1999-12-01', db)).toBeNull();
  });
});

describe('a renamed area', () => {
  it('gives a former name with the year the area took its present name, and null where no year is known', () => {
    const dir = copyFixture();
    editYaml(dir, 'areas/fixture-park.yaml', (doc) => {
      doc.aliases.push({ name: 'Gamle Fiksturparken', kind: 'former_name', year: 2021, sources: ['fx-wiki'] });
    });
    const outPath = path.join(mkdtempSync(path.join(tmpdir(), 'boligatlas-q-')), 'renamed.sqlite');
    buildDatabase({ dataDir: dir, outPath });
    const aliases = getArea('fixture-park', openDatabase(outPath))?.aliases;
    expect(aliases).toEqual([
      { name: 'Fiksturparken', kind: 'spelling', year: null, sources: ['fx-wiki'] },
      { name: 'Gamle Fiksturparken', kind: 'former_name', year: 2021, sources: ['fx-wiki'] },
    ]);
  });
});
