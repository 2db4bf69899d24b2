/**
 * The mappers on the fixture database: the API objects have the shapes of DESIGN §5 and every one
 * passes its contract schema (the e2e contract test does the same for the real responses).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { buildDatabase } from '@/db/build';
import { openDatabase, type Db } from '@/db/connection';
import { validFixture } from '@/db/testing/fixture';
import { getArea, listAreas } from '@/db/queries/areas';
import { getComparison } from '@/db/queries/compare';
import { getAreaDwellingFigures } from '@/db/queries/figures';
import { getIntervention, getInterventionDetails, listInterventionSlugs } from '@/db/queries/interventions';
import { getList, listLists } from '@/db/queries/lists';
import { getProgress, listAreaPlanProgress } from '@/db/queries/progress';
import { search } from '@/db/queries/search';
import { listSourcesWithCitations } from '@/db/queries/sources';
import * as contract from './contract';
import { toAreaApi, toAreaBriefApi, toCompareApi, toInterventionApi, toInterventionDetailApi, toListApi, toListsApi, toProgressApi, toSearchApi } from './mappers';

let db: Db;
let dir: string;
const envelope = { dataVersion: 'test', builtAt: '2026-12-03T00:00:00.000Z' };

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'boligatlas-mappers-'));
  const outPath = path.join(dir, 'm.sqlite');
  buildDatabase({ dataDir: validFixture, outPath, buildYear: 2026 });
  db = openDatabase(outPath);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The issues of `body` against `schema`, as readable strings (empty when it passes). */
function problems(schema: z.ZodType, body: unknown): string[] {
  const result = schema.safeParse(body);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the API mappers', () => {
  it('shape an area as DESIGN §5 says: source ids in `sources`, the objects in `bibliography`', () => {
    const area = toAreaApi(getArea('fixture-park', db)!, getAreaDwellingFigures('fixture-park', db), listAreaPlanProgress('fixture-park', db));
    expect(area).toMatchObject({
      slug: 'fixture-park',
      name: 'Fixtureparken',
      aliases: ['Fiksturparken'],
      municipality: { code: 101, name: 'København' },
      type: 'listed_area',
      partOf: 'fixture-district',
      location: { lat: 55.65, lon: 12.6 },
      statuses: { '2022-12-01': ['parallelsamfund', 'omdannelse'] },
    });
    expect([...area.interventions].sort()).toEqual(['fixture-demolition', 'fixture-plan', 'fixture-rehousing']);
    expect(area.sources.every((id) => typeof id === 'string')).toBe(true);
    expect(area.bibliography.map((source) => source.id).sort()).toEqual(['fx-list-2022', 'fx-news', 'fx-wiki']);
    // The interventions inside the profile have the same shape as /api/interventions gives them.
    const plan = area.facts.interventions.find((i) => i.slug === 'fixture-plan')!;
    expect(plan.status).toBe('ongoing');
    expect(problems(contract.areaResponseSchema, { ...envelope, ...area })).toEqual([]);
  });

  it('shape an intervention as DESIGN §5 says', () => {
    const api = toInterventionApi(getIntervention('fixture-plan', db)!);
    expect(api).toMatchObject({
      slug: 'fixture-plan',
      kind: 'physical',
      category: 'development_plan',
      status: 'ongoing',
      startYear: 2019,
      endYear: 2030,
      areas: ['fixture-park'],
      quantities: [{ measure: 'dwellings_demolished', value: 300, basis: 'planned' }],
    });
    expect(api.sources).toEqual(['fx-news']);
    const detail = toInterventionDetailApi(getIntervention('fixture-plan', db)!);
    expect(detail.sources).toEqual(api.sources);
    expect(detail.bibliography.map((s) => s.id)).toContain('fx-news');
  });

  it('give every response a body its contract schema accepts', () => {
    const bodies: [string, z.ZodType, unknown][] = [
      ['areas', contract.areasResponseSchema, { filter: {}, count: 3, areas: listAreas(db).map(toAreaBriefApi) }],
      ['interventions', contract.interventionsResponseSchema, { filter: {}, count: 1, interventions: getInterventionDetails(listInterventionSlugs(db), db).map(toInterventionApi) }],
      ...listInterventionSlugs(db).map((slug): [string, z.ZodType, unknown] => [`intervention ${slug}`, contract.interventionResponseSchema, toInterventionDetailApi(getIntervention(slug, db)!)]),
      ...listAreas(db).map((a): [string, z.ZodType, unknown] => [`area ${a.slug}`, contract.areaResponseSchema, toAreaApi(getArea(a.slug, db)!, getAreaDwellingFigures(a.slug, db), listAreaPlanProgress(a.slug, db))]),
      ['lists', contract.listsResponseSchema, toListsApi(listLists(db))],
      ...listLists(db).map((l): [string, z.ZodType, unknown] => [`list ${l.date}`, contract.listResponseSchema, toListApi(getList(l.date, db)!)]),
      ['sources', contract.sourcesResponseSchema, { sources: listSourcesWithCitations(db) }],
      ['search', contract.searchResponseSchema, toSearchApi(search('fixture', db))],
      ['compare', contract.compareResponseSchema, toCompareApi(getComparison(['fixture-park', 'taastrupgaard'], db))],
      ['progress', contract.progressResponseSchema, toProgressApi(getProgress(db))],
    ];
    const failures = bodies.flatMap(([name, schema, body]) => problems(schema, { ...envelope, ...(body as object) }).map((p) => `${name}: ${p}`));
    expect(failures).toEqual([]);
  });

  it('refuse a field the contract does not describe', () => {
    const area = toAreaBriefApi(listAreas(db)[0]!);
    expect(problems(contract.areasResponseSchema, { ...envelope, filter: {}, count: 1, areas: [{ ...area, extra: 1 }] })).not.toEqual([]);
  });
});
