import { readFileSync } from 'node:fs';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '../client';
import type { Db } from '../connection';
import { env } from '../env';
import { claims, sources } from '../schema';

/** One claim-level citation: which source states which fact (DESIGN §2, the `claims` table). */
export interface ClaimRow {
  subjectType: string;
  subjectKey: string;
  sourceId: string;
  sourceUrl: string;
  sourceTitle: string;
  sourcePublisher: string;
  sourcePublished: string | null;
}

/** Every claim with its source, ordered by fact. */
export function listClaimRows(db: Db = getDb()): ClaimRow[] {
  return db
    .select({
      subjectType: claims.subjectType,
      subjectKey: claims.subjectKey,
      sourceId: claims.sourceId,
      sourceUrl: sources.url,
      sourceTitle: sources.title,
      sourcePublisher: sources.publisher,
      sourcePublished: sources.published,
    })
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .orderBy(asc(claims.subjectType), asc(claims.subjectKey), asc(claims.sourceId))
    .all();
}

/** Every source, ordered by id. */
export function listSourceRows(db: Db = getDb()) {
  return db.select().from(sources).orderBy(asc(sources.id)).all();
}

/** The bytes of the SQLite database the site serves, for the whole-database download. */
export function readDatabaseFile(): Buffer {
  return readFileSync(env.databasePath);
}
