import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '../client';
import type { Db } from '../connection';
import { claims, sources, type Source } from '../schema';

/** Source ids per subject key for one kind of fact (`area.dwellings` → `vollsmose#0` → ids). */
export function getCitations(subjectType: string, keys: readonly string[], db: Db = getDb()): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (keys.length === 0) return out;
  const rows = db
    .select({ key: claims.subjectKey, sourceId: claims.sourceId })
    .from(claims)
    .where(and(eq(claims.subjectType, subjectType), inArray(claims.subjectKey, [...keys])))
    .orderBy(asc(claims.subjectKey), asc(claims.sourceId))
    .all();
  for (const row of rows) {
    const list = out.get(row.key) ?? [];
    list.push(row.sourceId);
    out.set(row.key, list);
  }
  return out;
}

/** The sources with the given ids, in the order the ids are given. */
export function getSources(ids: readonly string[], db: Db = getDb()): Source[] {
  if (ids.length === 0) return [];
  const rows = db.select().from(sources).where(inArray(sources.id, [...ids])).all();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Every source id under `value` (any `sources` or `recordSources` array), in order of first appearance. */
function collectSourceIds(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) collectSourceIds(item, out);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'sources' || key === 'recordSources' || key === 'totalSources') && Array.isArray(child)) {
        for (const id of child) if (typeof id === 'string' && !out.includes(id)) out.push(id);
      } else collectSourceIds(child, out);
    }
  }
  return out;
}

/** The sources a page cites anywhere in `content`, numbered in order of first citation. */
export function getBibliography(content: unknown, db: Db = getDb()): Source[] {
  return getSources(collectSourceIds(content), db);
}
