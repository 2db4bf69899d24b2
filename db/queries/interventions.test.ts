import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../build';
import { openDatabase, type Db } from '../connection';
import { copyFixture, editYaml, validFixture } from '../testing/fixture';
import { computeDwellingFigures, getAreaDwellingFigures, listDwellingFigures } from './figures';
import { getIntervention, listInterventionFacets, listInterventions, yearSpan } from './interventions';
import { parseInterventionFilter } from './filters';

function build(dataDir: string): Db {
  const outPath = path.join(mkdtempSync(path.join(tmpdir(), 'boligatlas-i-')), 'i.sqlite');
  buildDatabase({ dataDir, outPath });
  return openDatabase(outPath);
}

let db: Db;
beforeAll(() => {
  db = build(validFixture);
});

const slugs = (rows: { slug: string }[]) => rows.map((row) => row.slug);

describe('parseInterventionFilter', () => {
  const parse = (query: string, extra: string[] = []) => parseInterventionFilter(new URLSearchParams(query), extra);

  it('accepts every filter and treats empty values as absent', () => {
    expect(parse('kind=physical&category=demolition&status=completed&area=fixture-park&municipality=101&year=2022')).toEqual({
      ok: true,
      filter: { kind: ['physical'], category: ['demolition'], status: ['completed'], area: ['fixture-park'], municipality: [101], year: 2022 },
    });
    expect(parse('kind=&category=&year=')).toEqual({ ok: true, filter: {} });
  });

  it.each([
    ['kind=bogus', 'kind'],
    ['kind=physical,bogus', 'kind'],
    ['category=<script>', 'category'],
    ['status=done', 'status'],
    ['area=Not A Slug', 'area'],
    ['municipality=12', 'municipality'],
    ['municipality=abc', 'municipality'],
    ['year=1800', 'year'],
    ['year=2019.5', 'year'],
    ['year=2019&year=2020', 'year'],
    ['colour=red', 'colour'],
  ])('rejects %s naming the parameter', (query, parameter) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.parameter).toBe(parameter);
      expect(result.message).toContain(`"${parameter}"`);
    }
  });

  it('lets a caller allow its own extra parameters', () => {
    expect(parse('sort=title&kind=social', ['sort'])).toEqual({ ok: true, filter: { kind: ['social'] } });
  });

  it('takes several values of a facet, repeated (as checkboxes send them) or comma-separated, once each', () => {
    expect(parse('kind=physical&kind=social&status=ongoing,completed&kind=physical&municipality=101,169')).toEqual({
      ok: true,
      filter: { kind: ['physical', 'social'], status: ['ongoing', 'completed'], municipality: [101, 169] },
    });
    expect(parse('kind=,&status=')).toEqual({ ok: true, filter: {} });
  });

  it('names the parameter and the bad value among several', () => {
    const result = parse('kind=physical&kind=bogus');
    expect(result).toEqual({ ok: false, parameter: 'kind', message: 'parameter "kind": expected one or more of physical, social, policy, got "bogus"' });
  });
});

describe('listInterventions', () => {
  it('lists every intervention chronologically with areas and municipalities', () => {
    const rows = listInterventions({}, db);
    expect(slugs(rows)).toEqual(['fixture-law', 'fixture-plan', 'fixture-rehousing', 'fixture-demolition']);
    expect(rows.find((row) => row.slug === 'fixture-plan')).toMatchObject({
      areas: [{ slug: 'fixture-park', name: expect.any(String) }],
      municipalities: [{ code: 101, name: 'København' }],
      quantities: [{ measure: 'dwellings_demolished', value: 300, basis: 'planned', asOf: 2019 }],
    });
  });

  it('filters by kind, category, status, area, municipality and year', () => {
    expect(slugs(listInterventions({ kind: ['social'] }, db))).toEqual(['fixture-rehousing']);
    expect(slugs(listInterventions({ category: ['demolition'] }, db))).toEqual(['fixture-demolition']);
    expect(slugs(listInterventions({ status: ['ongoing'] }, db))).toEqual(['fixture-plan']);
    expect(slugs(listInterventions({ area: ['fixture-park'] }, db))).toHaveLength(3);
    // A district's filter gathers the interventions of its parts.
    expect(slugs(listInterventions({ area: ['fixture-district'] }, db))).toHaveLength(3);
    expect(slugs(listInterventions({ municipality: [169] }, db))).toEqual([]);
    // 2024: the ongoing plan (2019–2030) is active; the demolition ended in 2023.
    expect(slugs(listInterventions({ year: 2024 }, db))).toEqual(['fixture-plan']);
    expect(slugs(listInterventions({ year: 2018 }, db))).toEqual(['fixture-law']);
    expect(slugs(listInterventions({ kind: ['physical'], year: 2022 }, db))).toEqual(['fixture-plan', 'fixture-demolition']);
    // Several values of one facet: either matches; facets combine with "and".
    expect(slugs(listInterventions({ kind: ['social', 'policy'] }, db))).toEqual(['fixture-law', 'fixture-rehousing']);
    expect(slugs(listInterventions({ kind: ['social', 'policy'], status: ['completed'] }, db))).toEqual(
      slugs(listInterventions({ status: ['completed'] }, db)).filter((slug) => ['fixture-law', 'fixture-rehousing'].includes(slug)),
    );
    expect(slugs(listInterventions({ municipality: [101, 169] }, db))).toHaveLength(3);
  });

  it('yearSpan: an unfinished intervention runs on, a finished one without an end spans its start (the SQL twin is proved in year-span.test.ts)', () => {
    expect(yearSpan({ startYear: 2019, endYear: null, status: 'ongoing' })).toEqual([2019, Number.POSITIVE_INFINITY]);
    expect(yearSpan({ startYear: 2019, endYear: null, status: 'completed' })).toEqual([2019, 2019]);
    expect(yearSpan({ startYear: null, endYear: 2021, status: 'completed' })).toEqual([2021, 2021]);
    expect(yearSpan({ startYear: null, endYear: null, status: 'planned' })).toBeNull();
  });

  it('gives facet counts over the whole catalogue', () => {
    const facets = listInterventionFacets(db);
    expect(facets.kind).toEqual([
      { value: 'physical', label: 'physical', count: 2 },
      { value: 'policy', label: 'policy', count: 1 },
      { value: 'social', label: 'social', count: 1 },
    ]);
    expect(facets.municipality).toEqual([{ value: 101, label: 'København', count: 3 }]);
    expect(facets.years).toEqual({ from: 2018, to: 2030 });
  });
});

describe('getIntervention', () => {
  it('returns the intervention with its areas, relations and bibliography', () => {
    const page = getIntervention('fixture-demolition', db);
    expect(page).not.toBeNull();
    expect(page?.areaRefs).toEqual([{ slug: 'fixture-park', name: expect.any(String), municipality: 'København', location: { lat: 55.65, lon: 12.6, precision: 'area', place: null } }]);
    expect(page?.relations.map((r) => [r.type, r.direction, r.slug])).toEqual([
      ['part_of', 'outgoing', 'fixture-plan'],
      ['accompanies', 'incoming', 'fixture-rehousing'],
    ]);
    expect(page?.bibliography.map((source) => source.id)).toContain('fx-news');
    expect(getIntervention('nothing', db)).toBeNull();
  });
});

describe('dwelling figures', () => {
  it('keeps planned apart from completed and never adds a plan to its stages', () => {
    const figures = getAreaDwellingFigures('fixture-park', db);
    const demolished = figures.find((f) => f.measure === 'dwellings_demolished');
    expect(demolished?.planned?.total).toBe(300);
    expect(demolished?.completed?.total).toBe(120);
    expect(demolished?.completed?.contributions).toEqual([
      { slug: 'fixture-demolition', title: 'Nedrivning af blok A', titleEn: 'Demolition of block A', value: 120, asOf: 2023, sources: ['fx-news'] },
    ]);
    expect(figures.find((f) => f.measure === 'dwellings_sold')).toEqual({ measure: 'dwellings_sold', planned: null, completed: null });
  });

  it('counts a stage whose plan states no figure of the same kind, and only the latest figure of each', () => {
    const dir = copyFixture();
    editYaml(dir, 'interventions/fixture-demolition.yaml', (doc) => {
      doc.quantities.push({ measure: 'dwellings_demolished', value: 150, basis: 'planned', asOf: 2020, sources: ['fx-news'] });
      doc.quantities.push({ measure: 'dwellings_demolished', value: 100, basis: 'completed', asOf: 2022, sources: ['fx-news'] });
      doc.quantities.push({ measure: 'dwellings_sold', value: 40, basis: 'completed', asOf: 2023, sources: ['fx-news'] });
    });
    const other = build(dir);
    const figures = computeDwellingFigures(['fixture-plan', 'fixture-demolition'], other);
    const demolished = figures.find((f) => f.measure === 'dwellings_demolished');
    // The stage's planned 150 lies inside the plan's planned 300; its 2022 figure is replaced by 2023's.
    expect(demolished?.planned?.total).toBe(300);
    expect(demolished?.completed?.total).toBe(120);
    expect(figures.find((f) => f.measure === 'dwellings_sold')?.completed?.total).toBe(40);
  });

  it('lets a successor plan replace the planned figures of the plan it follows', () => {
    const dir = copyFixture();
    editYaml(dir, 'interventions/fixture-rehousing.yaml', (doc) => {
      doc.kind = 'physical';
      doc.category = 'development_plan';
      doc.relations = [{ type: 'follows', target: 'fixture-plan', sources: ['fx-news'] }];
      doc.quantities = [{ measure: 'dwellings_demolished', value: 250, basis: 'planned', asOf: 2023, sources: ['fx-news'] }];
    });
    const other = build(dir);
    const demolished = getAreaDwellingFigures('fixture-park', other).find((f) => f.measure === 'dwellings_demolished');
    expect(demolished?.planned?.total).toBe(250);
  });

  it('totals every area once and lists the areas with figures', () => {
    const { areas, total } = listDwellingFigures(db);
    expect(areas.map((row) => row.area.slug)).toEqual(['fixture-district', 'fixture-park']);
    expect(total.find((f) => f.measure === 'dwellings_demolished')?.completed?.total).toBe(120);
  });
});
