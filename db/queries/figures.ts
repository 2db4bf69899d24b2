import { asc, inArray } from 'drizzle-orm';
import { getDb } from '../client';
import type { Db } from '../connection';
import { areas, interventionAreas, interventionQuantities, interventionRelations, interventions } from '../schema';
import { getCitations } from './sources';
import { areaScope, gatherWithParts, latestFigures } from './rules';

/** The dwelling measures planners compare; budgets are not summed across funders and years. */
export const dwellingMeasures = ['dwellings_demolished', 'dwellings_sold', 'dwellings_converted', 'dwellings_built'] as const;
export type DwellingMeasure = (typeof dwellingMeasures)[number];

/** One intervention's figure that went into a total, with the sources that state it. */
export interface FigureContribution {
  slug: string;
  title: string;
  titleEn: string | null;
  value: number;
  asOf: number;
  sources: string[];
}

export interface FigureTotal {
  total: number;
  contributions: FigureContribution[];
}

/** Planned and completed totals of one measure; `null` where no source gives any figure. */
export interface MeasureFigure {
  measure: DwellingMeasure;
  planned: FigureTotal | null;
  completed: FigureTotal | null;
}

/**
 * Dwellings demolished, sold, converted and built, planned and completed, over the given
 * interventions. Two rules keep the totals honest:
 * - each intervention counts with its most recent figure per measure and basis (the rows with the
 *   latest `asOf`), so an updated figure replaces an older one rather than adding to it;
 * - a figure is left out when a plan it is `part_of` (at any depth) states the same measure and
 *   basis, so a development plan's total and the totals of its stages are never added together;
 * - a planned figure is left out when a successor plan (one that `follows` it, at any depth)
 *   states the same measure, so a revised plan replaces the plan it revises.
 * Planned figures of cancelled interventions are left out. With `asOfMax`, only figures dated that
 * year or earlier are read: the totals as they stood then (for progress over time).
 */
export function computeDwellingFigures(interventionSlugs: readonly string[], db: Db = getDb(), options: { asOfMax?: number } = {}): MeasureFigure[] {
  return figuresOf(loadFigureContext(db, options.asOfMax), interventionSlugs, db);
}

/**
 * What every total reads, loaded once: the interventions, their `part_of` and `follows` links and
 * the latest figure per intervention, measure and basis. Reading it once per page instead of once
 * per total keeps the per-area table linear in the data (at 100× it took minutes otherwise).
 */
interface FigureContext {
  info: Map<string, { slug: string; title: string; titleEn: string | null; status: string }>;
  parentsOf: Map<string, string[]>;
  successorsOf: Map<string, string[]>;
  /** The latest figures by intervention slug, in the order the database gives them. */
  latestBySlug: Map<string, (typeof interventionQuantities.$inferSelect)[]>;
  has: (slug: string, measure: string, basis: string) => boolean;
}

const contexts = new WeakMap<Db, Map<number | undefined, FigureContext>>();

/**
 * The figure context of a database as of a year, read once per database and year: the site's
 * database is read-only, so it cannot change under the cache, and every page and filtered view
 * after the first reads its totals without scanning the whole catalogue again.
 */
function loadFigureContext(db: Db, asOfMax?: number): FigureContext {
  let byYear = contexts.get(db);
  if (!byYear) contexts.set(db, (byYear = new Map()));
  let context = byYear.get(asOfMax);
  if (!context) byYear.set(asOfMax, (context = readFigureContext(db, asOfMax)));
  return context;
}

function readFigureContext(db: Db, asOfMax?: number): FigureContext {
  const all = db.select({ slug: interventions.slug, title: interventions.title, titleEn: interventions.titleEn, status: interventions.status }).from(interventions).all();
  const info = new Map(all.map((row) => [row.slug, row]));
  const parentsOf = new Map<string, string[]>();
  const successorsOf = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const relation of db.select().from(interventionRelations).all()) {
    if (relation.type === 'part_of') push(parentsOf, relation.fromSlug, relation.toSlug);
    if (relation.type === 'follows') push(successorsOf, relation.toSlug, relation.fromSlug);
  }
  const quantities = db
    .select()
    .from(interventionQuantities)
    .where(inArray(interventionQuantities.measure, [...dwellingMeasures]))
    .orderBy(asc(interventionQuantities.interventionSlug), asc(interventionQuantities.idx))
    .all();
  // The latest figure per intervention, measure and basis.
  const latest = latestFigures(quantities, (q) => `${q.interventionSlug}|${q.measure}|${q.basis}`, asOfMax);
  const latestBySlug = new Map<string, (typeof quantities)[number][]>();
  for (const figures of latest.values()) {
    const slug = figures[0]?.interventionSlug;
    if (slug === undefined) continue;
    const list = latestBySlug.get(slug);
    if (list) list.push(...figures);
    else latestBySlug.set(slug, [...figures]);
  }
  const has = (slug: string, measure: string, basis: string) => latest.has(`${slug}|${measure}|${basis}`);
  return { info, parentsOf, successorsOf, latestBySlug, has };
}

function figuresOf(context: FigureContext, interventionSlugs: readonly string[], db: Db): MeasureFigure[] {
  const { info, parentsOf, successorsOf, latestBySlug, has } = context;
  /** Whether an intervention reachable through `links` (at any depth) states the same measure and basis. */
  const reachableStates = (links: Map<string, string[]>, slug: string, measure: string, basis: string): boolean => {
    const seen = new Set<string>();
    const queue = [...(links.get(slug) ?? [])];
    while (queue.length) {
      const parent = queue.shift()!;
      if (seen.has(parent)) continue;
      seen.add(parent);
      if (has(parent, measure, basis)) return true;
      queue.push(...(links.get(parent) ?? []));
    }
    return false;
  };
  // In slug order, as the database orders the figures.
  const scope = [...new Set(interventionSlugs)].sort();
  const counted = scope.flatMap((slug) => latestBySlug.get(slug) ?? []).filter((q) => {
    if (q.basis === 'planned' && info.get(q.interventionSlug)?.status === 'cancelled') return false;
    return (
      !reachableStates(parentsOf, q.interventionSlug, q.measure, q.basis) &&
      !(q.basis === 'planned' && reachableStates(successorsOf, q.interventionSlug, q.measure, q.basis))
    );
  });
  const cited = getCitations('intervention.quantity', counted.map((q) => q.claimKey), db);
  return dwellingMeasures.map((measure) => {
    const total = (basis: 'planned' | 'completed'): FigureTotal | null => {
      const rows = counted.filter((q) => q.measure === measure && q.basis === basis);
      if (rows.length === 0) return null;
      return {
        total: rows.reduce((sum, q) => sum + q.value, 0),
        contributions: rows.map((q) => ({
          slug: q.interventionSlug,
          title: info.get(q.interventionSlug)?.title ?? q.interventionSlug,
          titleEn: info.get(q.interventionSlug)?.titleEn ?? null,
          value: q.value,
          asOf: q.asOf,
          sources: cited.get(q.claimKey) ?? [],
        })),
      };
    };
    return { measure, planned: total('planned'), completed: total('completed') };
  });
}

/** The interventions of an area and, for a district, of its parts. */
export function listAreaInterventionSlugs(areaSlug: string, db: Db = getDb()): string[] {
  const rows = db
    .select({ slug: interventionAreas.interventionSlug })
    .from(interventionAreas)
    .where(inArray(interventionAreas.areaSlug, areaScope(areaSlug, db)))
    .all();
  return [...new Set(rows.map((row) => row.slug))];
}

/** Dwelling figures for one area (with its parts). */
export function getAreaDwellingFigures(areaSlug: string, db: Db = getDb()): MeasureFigure[] {
  return computeDwellingFigures(listAreaInterventionSlugs(areaSlug, db), db);
}

export interface AreaFigures {
  area: { slug: string; name: string; type: string };
  figures: MeasureFigure[];
}

/**
 * Dwelling figures per area for every area with at least one figure (a district's row gathers its
 * parts, so rows may overlap), and the national total over all interventions, each counted once.
 */
export function listDwellingFigures(db: Db = getDb()): { areas: AreaFigures[]; total: MeasureFigure[] } {
  const areaRows = db.select({ slug: areas.slug, name: areas.name, type: areas.type, partOf: areas.partOf }).from(areas).orderBy(asc(areas.name)).all();
  const linksOf = gatherWithParts(areaRows, db.select().from(interventionAreas).all(), (link) => link.areaSlug);
  const context = loadFigureContext(db);
  const out: AreaFigures[] = [];
  for (const area of areaRows) {
    const slugs = new Set(linksOf(area.slug).map((link) => link.interventionSlug));
    if (slugs.size === 0) continue;
    const figures = figuresOf(context, [...slugs], db);
    if (figures.some((f) => f.planned || f.completed)) out.push({ area: { slug: area.slug, name: area.name, type: area.type }, figures });
  }
  const everything = db.select({ slug: interventions.slug }).from(interventions).all().map((row) => row.slug);
  return { areas: out, total: figuresOf(context, everything, db) };
}
