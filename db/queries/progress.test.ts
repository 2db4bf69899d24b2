import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildDatabase } from '../build';
import { openDatabase, type Db } from '../connection';
import { copyFixture, editYaml } from '../testing/fixture';
import { computeProgress, getProgress, listAreaPlanProgress, listPlanProgress } from './progress';
import { getIntervention, listInterventions } from './interventions';
import { staleReasonsOf } from '../stale';

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A fixture database after `change` edits the data; the build year is fixed at 2026. */
function databaseAfter(change: (dir: string) => void = () => {}): Db {
  const dir = copyFixture();
  const out = mkdtempSync(path.join(tmpdir(), 'boligatlas-progress-'));
  scratch.push(dir, out);
  change(dir);
  const outPath = path.join(out, 'progress.sqlite');
  buildDatabase({ dataDir: dir, outPath, buildYear: 2026 });
  return openDatabase(outPath);
}

const demolished = (db: Db, scope: string[]) =>
  computeProgress(scope, db).find((m) => m.measure === 'dwellings_demolished')!;

/** A stage of fixture-plan with the given quantities. */
function addStage(dir: string, slug: string, quantities: object[], relations: object[] = [{ type: 'part_of', target: 'fixture-plan', sources: ['fx-news'] }]) {
  writeFileSync(
    path.join(dir, 'interventions', `${slug}.yaml`),
    stringify({
      slug,
      title: `Fixture ${slug}`,
      titleEn: `Fixture ${slug} (English)`,
      kind: 'physical',
      category: 'demolition',
      status: { value: 'ongoing', year: 2025, sources: ['fx-news'] },
      start: { date: '2022', sources: ['fx-news'] },
      end: null,
      areas: ['fixture-park'],
      actors: [],
      quantities,
      relations,
      description: null,
      sources: ['fx-news'],
    }),
  );
}

describe('progress of a development plan', () => {
  it('sets planned against done, each with its as-of year and sources, a stage counted inside its plan', () => {
    const db = databaseAfter();
    const [plan] = listPlanProgress(db);
    expect(plan).toMatchObject({ slug: 'fixture-plan', scope: ['fixture-plan', 'fixture-demolition'], areas: [{ slug: 'fixture-park' }] });
    const m = plan!.measures.find((x) => x.measure === 'dwellings_demolished')!;
    expect(m.planned).toMatchObject({ value: 300, asOf: { from: 2019, to: 2019 } });
    // The stage's completed figure counts: its plan states no completed demolition.
    expect(m.completed).toMatchObject({ value: 120, asOf: { from: 2023, to: 2023 } });
    expect(m.completed!.contributions).toEqual([{ slug: 'fixture-demolition', title: expect.any(String), titleEn: expect.any(String), value: 120, asOf: 2023, sources: ['fx-news'] }]);
    expect(m.history).toEqual([{ asOf: 2023, value: 120 }]);
    expect(plan!.measures.find((x) => x.measure === 'dwellings_sold')).toMatchObject({ planned: null, completed: null, history: [] });
  });

  it('counts a plan and its stages once: a stage figure gives way when its plan states the same measure', () => {
    const db = databaseAfter((dir) =>
      editYaml(dir, 'interventions/fixture-plan.yaml', (plan) => {
        plan.quantities.push({ measure: 'dwellings_demolished', value: 150, basis: 'completed', asOf: 2024, sources: ['fx-news'] });
      }),
    );
    const m = demolished(db, ['fixture-plan', 'fixture-demolition']);
    expect(m.completed).toMatchObject({ value: 150, contributions: [{ slug: 'fixture-plan' }] });
    // In 2023 the plan stated no completed figure yet, so the stage's 120 stood; from 2024 the plan's figure covers the whole.
    expect(m.history).toEqual([
      { asOf: 2023, value: 120 },
      { asOf: 2024, value: 150 },
    ]);
  });

  it('adds stages that the plan does not sum, and lets the latest as-of of each win', () => {
    const db = databaseAfter((dir) =>
      addStage(dir, 'fixture-stage-2', [
        { measure: 'dwellings_demolished', value: 40, basis: 'completed', asOf: 2022, sources: ['fx-news'] },
        { measure: 'dwellings_demolished', value: 90, basis: 'completed', asOf: 2025, sources: ['fx-news'] },
      ]),
    );
    const m = demolished(db, listPlanProgress(db)[0]!.scope);
    expect(m.completed).toMatchObject({ value: 120 + 90, asOf: { from: 2023, to: 2025 } });
    // Over time: 2022 only stage 2 (40); 2023 both (40 + 120); 2025 stage 2's newer figure replaces its older one.
    expect(m.history).toEqual([
      { asOf: 2022, value: 40 },
      { asOf: 2023, value: 160 },
      { asOf: 2025, value: 210 },
    ]);
  });

  it('lets a successor plan (follows) replace the planned figure of the plan it revises, and keeps cancelled plans out', () => {
    const db = databaseAfter((dir) => {
      addStage(dir, 'fixture-revised-plan', [{ measure: 'dwellings_demolished', value: 250, basis: 'planned', asOf: 2022, sources: ['fx-news'] }], [
        { type: 'follows', target: 'fixture-plan', sources: ['fx-news'] },
      ]);
      editYaml(dir, 'interventions/fixture-revised-plan.yaml', (plan) => (plan.category = 'development_plan'));
    });
    const all = listPlanProgress(db);
    expect(all.find((p) => p.slug === 'fixture-plan')).toMatchObject({ followedBy: 'fixture-revised-plan' });
    expect(all.find((p) => p.slug === 'fixture-revised-plan')).toMatchObject({ follows: 'fixture-plan' });
    const national = getProgress(db).national.measures.find((m) => m.measure === 'dwellings_demolished')!;
    expect(national.planned).toMatchObject({ value: 250, contributions: [{ slug: 'fixture-revised-plan' }] });

    const cancelled = databaseAfter((dir) =>
      editYaml(dir, 'interventions/fixture-plan.yaml', (plan) => {
        plan.status = { value: 'cancelled', year: 2024, sources: ['fx-news'] };
        plan.end = { date: '2024', sources: ['fx-news'] };
      }),
    );
    expect(demolished(cancelled, ['fixture-plan', 'fixture-demolition']).planned).toBeNull();
  });

  it('never adds planned to done, nor the almene share to dwellings', () => {
    const db = databaseAfter((dir) =>
      editYaml(dir, 'interventions/fixture-plan.yaml', (plan) => {
        plan.quantities.push({ measure: 'almene_family_share_pct', value: 82, basis: 'completed', asOf: 2018, sources: ['fx-news'] });
        plan.quantities.push({ measure: 'almene_family_share_pct', value: 40, basis: 'planned', asOf: 2019, sources: ['fx-news'] });
      }),
    );
    const [plan] = listPlanProgress(db);
    expect(plan!.share).toEqual({
      before: [{ value: 82, asOf: 2018, slug: 'fixture-plan', note: null, noteEn: null, sources: ['fx-news'] }],
      target: [{ value: 40, asOf: 2019, slug: 'fixture-plan', note: null, noteEn: null, sources: ['fx-news'] }],
    });
    const m = plan!.measures.find((x) => x.measure === 'dwellings_demolished')!;
    expect([m.planned!.value, m.completed!.value]).toEqual([300, 120]);
  });

  it('finds the plans of an area, and of a district through its parts', () => {
    const db = databaseAfter();
    expect(listAreaPlanProgress('fixture-park', db).map((p) => p.slug)).toEqual(['fixture-plan']);
    expect(listAreaPlanProgress('fixture-district', db).map((p) => p.slug)).toEqual(['fixture-plan']);
    expect(listAreaPlanProgress('taastrupgaard', db)).toEqual([]);
    const areas = getProgress(db).areas.map((a) => a.area.slug);
    expect(areas).toContain('fixture-park');
  });
});

describe('stale statuses from the build', () => {
  it('are computed at build and carried by queries and the API', () => {
    const db = databaseAfter((dir) =>
      editYaml(dir, 'interventions/fixture-plan.yaml', (plan) => {
        plan.status = { value: 'ongoing', year: 2022, sources: ['fx-news'] };
        plan.end = { date: '2025', sources: ['fx-news'] };
      }),
    );
    const row = listInterventions({}, db).find((r) => r.slug === 'fixture-plan')!;
    expect(row.status.stale).toEqual({ stale: true, confirmedLongAgo: true, endPassed: true });
    const detail = getIntervention('fixture-plan', db)!;
    expect(detail.status.stale.stale).toBe(true);
    expect(staleReasonsOf(detail.status.stale)).toEqual(['confirmed_long_ago', 'end_passed']);
    // A completed intervention is never stale, however old its confirmation.
    expect(listInterventions({}, db).find((r) => r.slug === 'fixture-demolition')!.status.stale.stale).toBe(false);
  });

  it('are not stale within two years and before the planned end', () => {
    const db = databaseAfter((dir) =>
      editYaml(dir, 'interventions/fixture-plan.yaml', (plan) => {
        plan.status = { value: 'ongoing', year: 2024, sources: ['fx-news'] };
        plan.end = { date: '2026', sources: ['fx-news'] };
      }),
    );
    const status = getIntervention('fixture-plan', db)!.status;
    expect(status.stale.stale).toBe(false);
    expect(staleReasonsOf(status.stale)).toEqual([]);
  });
});
