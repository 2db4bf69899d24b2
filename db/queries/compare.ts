import { getDb } from '../client';
import type { Db } from '../connection';
import { highestTier, tiers, type Tier } from '../categories';
import type { Source } from '../schema';
import type { CategoryCode, InterventionCategory } from '../data-schema';
import { getArea, listAreaSlugs, type AreaIntervention, type AreaProfile } from './areas';
import { getAreaDwellingFigures, type MeasureFigure } from './figures';
import { listLists } from './lists';
import { getBibliography } from './sources';
import { listOfYear, sortCategoriesByKind } from './rules';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/** Why a comparison could not be read as asked: a code with its parameters, worded by the page or the API in its own language. */
export type CompareProblem =
  | { code: 'unknown_areas'; slugs: string[] }
  | { code: 'too_many'; max: number }
  | { code: 'too_few'; min: number };

export type CompareParse = { ok: true; slugs: string[] } | { ok: false; slugs: string[]; problem: CompareProblem };

/**
 * Reads `omraader=a,b,c` (or the API's `areas=`): two to four distinct, existing area slugs, in
 * the order given. Unknown or repeated slugs are dropped with a problem, never a failure.
 */
export function parseCompareSlugs(value: string | null, db: Db = getDb()): CompareParse {
  const known = new Set(listAreaSlugs(db));
  const asked = (value ?? '').split(',').map((slug) => slug.trim()).filter(Boolean);
  const slugs = [...new Set(asked)].filter((slug) => known.has(slug)).slice(0, MAX_COMPARED);
  const unknown = asked.filter((slug) => !known.has(slug));
  if (unknown.length > 0) return { ok: false, slugs, problem: { code: 'unknown_areas', slugs: unknown.slice(0, 4).map((slug) => slug.slice(0, 60)) } };
  if (new Set(asked).size > MAX_COMPARED) return { ok: false, slugs, problem: { code: 'too_many', max: MAX_COMPARED } };
  if (slugs.length < MIN_COMPARED) return { ok: false, slugs, problem: { code: 'too_few', min: MIN_COMPARED } };
  return { ok: true, slugs };
}

/** A problem in English, for the API. */
export function describeCompareProblem(problem: CompareProblem): string {
  switch (problem.code) {
    case 'unknown_areas':
      return `unknown areas: ${problem.slugs.join(', ')}`;
    case 'too_many':
      return `at most ${problem.max} areas at a time`;
    case 'too_few':
      return `choose at least ${problem.min} areas`;
  }
}

/** One area's year on the lists: the official codes of that year's latest list and their highest tier. */
export interface CompareYear {
  year: number;
  listDate: string;
  codes: CategoryCode[];
  tier: Tier | null;
  sources: string[];
}

export interface ComparedArea {
  profile: AreaProfile;
  years: CompareYear[];
  /** The first year the area (or a part) was on a list, the anchor of the designation alignment. */
  firstListedYear: number | null;
  /** Whether an earlier list is incomplete, so the area may have been designated before `firstListedYear`. */
  firstListedUncertain: boolean;
  highest: { tier: Tier; year: number; codes: CategoryCode[] } | null;
  figures: MeasureFigure[];
  interventionsByCategory: Record<string, AreaIntervention[]>;
}

export interface Comparison {
  areas: ComparedArea[];
  /** Every category with at least one intervention in one of the areas, physical first. */
  categories: InterventionCategory[];
  bibliography: Source[];
}

/** The side-by-side comparison of two to four areas: facts, list years, interventions and dwelling figures. */
export function getComparison(slugs: readonly string[], db: Db = getDb()): Comparison {
  const lists = listLists(db);
  const standing = listOfYear(lists.map((list) => list.date));
  const compared = slugs.flatMap((slug) => {
    const profile = getArea(slug, db);
    if (!profile) return [];
    // A year counts with the list that stands for it (rules.ts), as on the map and in the area table.
    const statusByDate = new Map(profile.statuses.map((status) => [status.date, status]));
    const years: CompareYear[] = [...standing].flatMap(([year, date]) => {
      const status = statusByDate.get(date);
      return status ? [{ year: Number(year), status }] : [];
    }).map(({ year, status }) => ({
      year,
      listDate: status.date,
      codes: [...new Set(status.categories.map((c) => c.code))],
      tier: highestTier(status.categories.map((c) => c.tier)),
      sources: [...new Set(status.categories.flatMap((c) => c.sources))],
    }));
    let highest: ComparedArea['highest'] = null;
    for (const year of years) {
      if (year.tier && (!highest || tiers.indexOf(year.tier) > tiers.indexOf(highest.tier))) highest = { tier: year.tier, year: year.year, codes: year.codes };
    }
    const interventionsByCategory: Record<string, AreaIntervention[]> = {};
    for (const intervention of profile.interventions) (interventionsByCategory[intervention.category] ??= []).push(intervention);
    return [
      {
        profile,
        years,
        firstListedYear: years[0]?.year ?? null,
        firstListedUncertain: lists.some((list) => !list.complete && (years[0] === undefined || list.date < years[0].listDate)),
        highest,
        figures: getAreaDwellingFigures(slug, db),
        interventionsByCategory,
      },
    ];
  });
  const categories = sortCategoriesByKind(
    compared.flatMap((area) => area.profile.interventions.map((i) => [i.category, i.kind] as const)),
    (a, b) => a.localeCompare(b),
  );
  const content = compared.map((area) => ({
    facts: [area.profile.dwellings, area.profile.residents, area.profile.recordSources],
    years: area.years,
    figures: area.figures.map((figure) => [figure.planned?.contributions, figure.completed?.contributions]),
    interventions: area.profile.interventions.map((i) => ({ status: i.status, quantities: i.quantities, recordSources: i.recordSources })),
  }));
  return { areas: compared, categories, bibliography: getBibliography(content, db) };
}
