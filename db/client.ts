import 'server-only';
import { openDatabase, type Db } from './connection';
import { env } from './env';

let instance: Db | undefined;

/**
 * The site's database connection: opened lazily, once per process, read-only.
 * Prerendering at build time calls this too, so the database must be built first (prebuild).
 */
export function getDb(): Db {
  instance ??= openDatabase(env.databasePath);
  return instance;
}
