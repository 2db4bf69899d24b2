import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '../client';
import type { Db } from '../connection';
import { areas, interventionAreas, interventionQuantities, interventionRelations, interventions } from '../schema';
import { stalenessOfRow, staleReasonsOf } from '../stale';
import { computeDwellingFigures, dwellingMeasures, listAreaInterventionSlugs, type DwellingMeasure, type FigureContribution } from './figures';
import { getCitations } from './sources';
import type { Staleness } from '../stale';
import type { Status } from '../data-schema';

/**
 * How far the development plans have come (DESIGN §2, *Progress*): derived, never curated. A plan's
 * figures are rolled up once over the plan and its stages (`part_of`, at any depth) by the rules of
 * computeDwellingFigures; a plan that another `follows` gives way to its successor for planned
 * figures. Planned and completed are never mixed.
 */

/** A rolled-up figure: the sum of the contributions, and the as-of years they span. */
export interface ProgressFigure {
  value: number;
  /** The earliest and latest as-of year of the contributions (equal when one). */
  asOf: { from: number; to: number };
  contributions: FigureContribution[];
}

/** One measure of one plan (or area, or the nation): planned against completed, and completed over time. */
export interface MeasureProgress {
  measure: DwellingMeasure;
  planned: ProgressFigure | null;
  completed: ProgressFigure | null;
  /** The completed roll-up as of each year a completed figure is dated, oldest first. */
  history: { asOf: number; value: number }[];
}

/** A share of almene familieboliger that a source states: before the plan (completed) or its target (planned). */
export interface ShareFigure {
  value: number;
  asOf: number;
  slug: string;
  note: string | null;
  noteEn: string | null;
  sources: string[];
}

export interface PlanProgress {
  slug: string;
  title: string;
  titleEn: string | null;
  status: { value: Status; year: number; stale: Staleness; staleReasons: ('confirmed_long_ago' | 'end_passed')[] };
  startYear: number | null;
  endYear: number | null;
  areas: { slug: string; name: string }[];
  /** The plan this one replaces (`follows`), and the plan that replaces it, if any. */
  follows: string | null;
  followedBy: string | null;
  /** The plan and its stages, every intervention the roll-up reads. */
  scope: string[];
  measures: MeasureProgress[];
  share: { before: ShareFigure[]; target: ShareFigure[] };
}

export function figureOf(total: { total: number; contributions: FigureContribution[] } | null): ProgressFigure | null {
  if (!total) return null;
  const years = total.contributions.map((c) => c.asOf);
  return { value: total.total, asOf: { from: Math.min(...years), to: Math.max(...years) }, contributions: total.contributions };
}

/** Planned against completed per dwelling measure over a set of interventions, with the completed history (unless `history: false`). */
export function computeProgress(scope: readonly string[], db: Db = getDb(), options: { history?: boolean } = {}): MeasureProgress[] {
  const now = computeDwellingFigures(scope, db);
  // Without the history (a catalogue's totals row), the roll-up as it stands now is all that is read.
  const completedYears = options.history === false ? [] : completedAsOfYears(scope, db);
  const past = new Map(completedYears.map((year) => [year, computeDwellingFigures(scope, db, { asOfMax: year })]));
  return now.map((figure) => ({
    measure: figure.measure,
    planned: figureOf(figure.planned),
    completed: figureOf(figure.completed),
    history: completedYears.flatMap((year) => {
      const then = past.get(year)!.find((f) => f.measure === figure.measure)?.completed;
      return then ? [{ asOf: year, value: then.total }] : [];
    }),
  }));
}

/** The years completed dwelling figures in the scope are dated, oldest first. */
function completedAsOfYears(scope: readonly string[], db: Db): number[] {
  if (scope.length === 0) return [];
  const rows = db
    .select({ asOf: interventionQuantities.asOf })
    .from(interventionQuantities)
    .where(
      and(
        inArray(interventionQuantities.interventionSlug, [...scope]),
        eq(interventionQuantities.basis, 'completed'),
        inArray(interventionQuantities.measure, [...dwellingMeasures]),
      ),
    )
    .all();
  return [...new Set(rows.map((row) => row.asOf))].sort((a, b) => a - b);
}

/** Every development plan (or those in `only`) with its progress, by area name then start. */
export function listPlanProgress(db: Db = getDb(), only?: ReadonlySet<string>): PlanProgress[] {
  const plans = db
    .select()
    .from(interventions)
    .where(eq(interventions.category, 'development_plan'))
    .all()
    .filter((plan) => !only || only.has(plan.slug));
  const relations = db.select().from(interventionRelations).all();
  const childrenOf = new Map<string, string[]>();
  for (const r of relations) if (r.type === 'part_of') childrenOf.set(r.toSlug, [...(childrenOf.get(r.toSlug) ?? []), r.fromSlug]);
  const follows = new Map(relations.filter((r) => r.type === 'follows').map((r) => [r.fromSlug, r.toSlug]));
  const followedBy = new Map(relations.filter((r) => r.type === 'follows').map((r) => [r.toSlug, r.fromSlug]));
  const areaLinks = db
    .select({ slug: interventionAreas.interventionSlug, area: areas.slug, name: areas.name })
    .from(interventionAreas)
    .innerJoin(areas, eq(areas.slug, interventionAreas.areaSlug))
    .orderBy(asc(areas.name))
    .all();
  const shares = db.select().from(interventionQuantities).where(eq(interventionQuantities.measure, 'almene_family_share_pct')).orderBy(asc(interventionQuantities.asOf)).all();
  const shareSources = getCitations('intervention.quantity', shares.map((q) => q.claimKey), db);

  const out = plans.map((plan): PlanProgress => {
    const scope = [plan.slug];
    for (let i = 0; i < scope.length; i++) for (const child of childrenOf.get(scope[i]!) ?? []) if (!scope.includes(child)) scope.push(child);
    const inScope = shares.filter((q) => scope.includes(q.interventionSlug));
    const share = (basis: 'planned' | 'completed') =>
      inScope
        .filter((q) => q.basis === basis)
        .map((q) => ({ value: q.value, asOf: q.asOf, slug: q.interventionSlug, note: q.note, noteEn: q.noteEn, sources: shareSources.get(q.claimKey) ?? [] }));
    const stale = stalenessOfRow(plan);
    return {
      slug: plan.slug,
      title: plan.title,
      titleEn: plan.titleEn,
      status: { value: plan.status, year: plan.statusYear, stale, staleReasons: staleReasonsOf(stale) },
      startYear: plan.startYear,
      endYear: plan.endYear,
      areas: areaLinks.filter((link) => link.slug === plan.slug).map((link) => ({ slug: link.area, name: link.name })),
      follows: follows.get(plan.slug) ?? null,
      followedBy: followedBy.get(plan.slug) ?? null,
      scope,
      measures: computeProgress(scope, db),
      share: { before: share('completed'), target: share('planned') },
    };
  });
  const danish = new Intl.Collator('da');
  return out.sort((a, b) => danish.compare(a.areas[0]?.name ?? '', b.areas[0]?.name ?? '') || (a.startYear ?? 9999) - (b.startYear ?? 9999));
}

/**
 * The national picture over every development plan and its stages, each counted once: planned
 * against completed per measure, with the as-of years each total spans (a sum of figures dated
 * differently is said to be so), and how many plans give a figure.
 */
export function getNationalProgress(plans: readonly PlanProgress[], db: Db = getDb()) {
  const scope = [...new Set(plans.flatMap((plan) => plan.scope))];
  const measures = computeProgress(scope, db);
  return {
    plans: plans.length,
    measures: measures.map((m) => ({
      ...m,
      plansPlanned: plans.filter((plan) => plan.measures.find((x) => x.measure === m.measure)?.planned).length,
      plansCompleted: plans.filter((plan) => plan.measures.find((x) => x.measure === m.measure)?.completed).length,
    })),
  };
}

export interface AreaProgress {
  area: { slug: string; name: string; type: 'listed_area' | 'district' };
  /** The development plans of the area (or of its parts, for a district). */
  plans: string[];
  measures: MeasureProgress[];
}

/**
 * Planned against done per area (a district gathers its parts) for every area with a dwelling
 * figure: its development plans and every other demolition, sale, conversion or new-build, each
 * counted once.
 */
export function listAreaProgress(db: Db = getDb()): AreaProgress[] {
  const areaRows = db.select({ slug: areas.slug, name: areas.name, type: areas.type }).from(areas).orderBy(asc(areas.name)).all();
  const plans = new Set(db.select({ slug: interventions.slug }).from(interventions).where(eq(interventions.category, 'development_plan')).all().map((r) => r.slug));
  const out: AreaProgress[] = [];
  for (const area of areaRows) {
    const scope = listAreaInterventionSlugs(area.slug, db);
    const measures = computeProgress(scope, db);
    if (!measures.some((m) => m.planned || m.completed)) continue;
    out.push({ area, plans: scope.filter((slug) => plans.has(slug)).sort(), measures });
  }
  return out;
}

/** The development plans of an area, or of its parts for a district, with their progress. */
export function listAreaPlanProgress(areaSlug: string, db: Db = getDb()): PlanProgress[] {
  return listPlanProgress(db, new Set(listAreaInterventionSlugs(areaSlug, db)));
}

/** Everything /udviklingsplaner and /api/progress show: the plans, the areas and the national roll-up. */
export function getProgress(db: Db = getDb()) {
  const plans = listPlanProgress(db);
  return { national: getNationalProgress(plans, db), plans, areas: listAreaProgress(db) };
}

export { dwellingMeasures };
