/**
 * Domain rules that several queries apply, each written once (STYLE: one rule, one home).
 * - A district gathers what its listed parts hold (DESIGN §2): `areaScope`, `gatherWithParts`.
 * - A calendar year stands for the latest list dated in it (two lists fall in 2014): `listOfYear`
 *   (docs/decisions/0009-the-list-that-stands-for-a-year.md).
 * - Kinds come in one order, physical, social, policy (`kindOrder`), and categories by kind
 *   (`sortCategoriesByKind`).
 * - An intervention counts with its latest figure per measure and basis, several figures of that
 *   year adding up (`latestFigures`, `latestValue`).
 * Others live beside the data they read: an intervention's active years (`yearSpan`, with its SQL
 * twin in listInterventions), stale statuses (db/stale.ts), the dwelling roll-up
 * (computeDwellingFigures), an intervention's map placement (placementArea).
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../connection';
import { interventionKinds, type InterventionKind } from '../data-schema';
import { areas } from '../schema';

/** The order in which kinds of intervention are shown everywhere: physical, social, policy. */
export const kindOrder: readonly InterventionKind[] = interventionKinds;

/**
 * Categories in the order pages show them: by kind (`kindOrder`), then by `within` (e.g. the
 * label in the reader's language). `entries` pairs each category with its kind.
 */
export function sortCategoriesByKind<C extends string>(entries: Iterable<readonly [C, InterventionKind]>, within: (a: C, b: C) => number): C[] {
  return [...new Map(entries).entries()]
    .sort((a, b) => kindOrder.indexOf(a[1]) - kindOrder.indexOf(b[1]) || within(a[0], b[0]))
    .map(([category]) => category);
}

/**
 * The date of the newest list the state should have published by `today`: a list is published
 * every 1 December (since 2014). Pages compare it with the newest recorded list, so that a list not
 * yet recorded is said to be missing rather than the newest recorded one called the latest.
 */
export function expectedNewestListDate(today: string): string {
  const year = Number(today.slice(0, 4));
  return today.slice(5, 10) >= '12-01' ? `${year}-12-01` : `${year - 1}-12-01`;
}

interface Figure {
  measure: string;
  basis: 'planned' | 'completed';
  asOf: number;
  value: number;
}

/**
 * The latest figures per key (e.g. intervention, measure and basis): those with the newest `asOf`,
 * none after `asOfMax` when it is given. Several figures of that year are kept (they add up).
 */
export function latestFigures<Q extends Figure>(quantities: Iterable<Q>, keyOf: (q: Q) => string, asOfMax?: number): Map<string, Q[]> {
  const latest = new Map<string, Q[]>();
  for (const q of quantities) {
    if (asOfMax !== undefined && q.asOf > asOfMax) continue;
    const key = keyOf(q);
    const current = latest.get(key);
    if (!current || current[0]!.asOf < q.asOf) latest.set(key, [q]);
    else if (current[0]!.asOf === q.asOf) current.push(q);
  }
  return latest;
}

/** One intervention's latest figure of a measure and basis (the figures of its newest year added), or null. */
export function latestValue(quantities: readonly Figure[], measure: string, basis: 'planned' | 'completed'): number | null {
  const figures = latestFigures(quantities.filter((q) => q.measure === measure && q.basis === basis), () => '').get('');
  return figures ? figures.reduce((sum, q) => sum + q.value, 0) : null;
}

/** An area and, for a district, its listed parts: the slugs whose facts its profile gathers. */
export function areaScope(areaSlug: string, db: Db): string[] {
  return [areaSlug, ...db.select({ slug: areas.slug }).from(areas).where(eq(areas.partOf, areaSlug)).all().map((row) => row.slug)];
}

/**
 * The items of an area together with those of its parts: a district gathers what its listed
 * parts hold. Returns a lookup by area slug.
 */
export function gatherWithParts<T>(areaRows: readonly { slug: string; partOf: string | null }[], items: readonly T[], areaOf: (item: T) => string) {
  const partsOf = new Map<string, string[]>();
  for (const row of areaRows) if (row.partOf) partsOf.set(row.partOf, [...(partsOf.get(row.partOf) ?? []), row.slug]);
  const byArea = new Map<string, T[]>();
  for (const item of items) byArea.set(areaOf(item), [...(byArea.get(areaOf(item)) ?? []), item]);
  return (slug: string): T[] => [slug, ...(partsOf.get(slug) ?? [])].flatMap((s) => byArea.get(s) ?? []);
}

/** Per calendar year (`"2014"`), the date of the list that stands for it: the latest list dated in that year. */
export function listOfYear(listDates: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const date of [...listDates].sort()) out.set(date.slice(0, 4), date);
  return out;
}

/** The unbroken run of lists an area is on, counted back from the newest list (`listedRun`). */
export interface ListedRun {
  /** Whether the area is on the newest recorded list. */
  onNewest: boolean;
  /** The first list of the run that reaches the newest list, or null when it is not on the newest. */
  since: string | null;
  /** Lists inside that run without the area whose names we do not all know: the run may be broken there. */
  unknownGaps: string[];
  /** Incomplete lists before the run, with no complete list between: the run may have begun earlier. */
  maybeEarlier: string[];
}

/**
 * Since when an area has been on the lists without a break, counted back from the newest list.
 * A complete list without the area ends the run; an incomplete list without it does not (the area
 * may be on it unrecorded), but it is reported in `unknownGaps` so pages can say so.
 */
export function listedRun(onDates: Iterable<string>, lists: readonly { date: string; complete: boolean }[]): ListedRun {
  const on = new Set(onDates);
  const sorted = [...lists].sort((a, b) => b.date.localeCompare(a.date));
  const newest = sorted[0];
  if (!newest || !on.has(newest.date)) return { onNewest: false, since: null, unknownGaps: [], maybeEarlier: [] };
  let since = newest.date;
  const pending: string[] = [];
  const unknownGaps: string[] = [];
  let broken = false;
  for (const list of sorted.slice(1)) {
    if (on.has(list.date)) {
      since = list.date;
      unknownGaps.push(...pending.splice(0));
    } else if (list.complete) {
      broken = true;
      break;
    } else pending.push(list.date);
  }
  return { onNewest: true, since, unknownGaps: unknownGaps.sort(), maybeEarlier: broken ? [] : pending.sort() };
}
