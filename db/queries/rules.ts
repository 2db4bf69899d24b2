/**
 * Domain rules that several queries apply, each written once (STYLE: one rule, one home).
 * - A district gathers what its listed parts hold (DESIGN §2): `areaScope`, `gatherWithParts`.
 * - A calendar year stands for the latest list dated in it (two lists fall in 2014): `listOfYear`
 *   (docs/decisions/0009-the-list-that-stands-for-a-year.md).
 * Others live beside the data they read: an intervention's active years (`yearSpan`, with its SQL
 * twin in listInterventions), stale statuses (db/stale.ts), the dwelling roll-up
 * (computeDwellingFigures), an intervention's map placement (placementArea).
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../connection';
import { areas } from '../schema';

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
