import { env } from '../env';
import { getDb } from '../client';
import type { Db } from '../connection';
import { meta } from '../schema';
import type { QualityReport } from '../quality';

export interface DataVersion {
  /** Content hash of the data files the database was built from. */
  version: string;
  /** When the database was built (ISO 8601). */
  builtAt: string;
}

/** The data-quality report the build stored (db/quality.ts), or null for a database built before it existed. */
export function getDataQuality(db: Db = getDb()): QualityReport | null {
  const row = db.select().from(meta).all().find((entry) => entry.key === 'quality_json');
  return row ? (JSON.parse(row.value) as QualityReport) : null;
}

/** The data version and build time recorded by db/build.ts. */
export function getDataVersion(db: Db = getDb()): DataVersion {
  const rows = db.select().from(meta).all();
  const value = (key: string) => rows.find((row) => row.key === key)?.value ?? 'unknown';
  return { version: value('data_version'), builtAt: value('built_at') };
}

/** The public origin of the site (BOLIGATLAS_SITE_URL, default https://boligatlas.dk), for absolute canonical links. */
export function siteUrl(): string {
  return env.siteUrl;
}
