/** Tests that need the real curated data: its directory, and a database built from it once per test file. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { buildDatabase } from '../build';
import { openDatabase, type Db } from '../connection';

export const realDataDir = path.resolve(import.meta.dirname, '..', '..', 'data');

/** Builds data/ into a scratch database before the file's tests and removes it after; call the result inside a test. */
export function withRealDatabase(): () => Db {
  const scratch = mkdtempSync(path.join(tmpdir(), 'boligatlas-real-'));
  let db: Db | undefined;
  beforeAll(() => {
    const outPath = path.join(scratch, 'real.sqlite');
    buildDatabase({ dataDir: realDataDir, outPath });
    db = openDatabase(outPath);
  });
  afterAll(() => {
    db?.$client.close();
    rmSync(scratch, { recursive: true, force: true });
  });
  return () => {
    if (!db) throw new Error('the real database is built in beforeAll: call this inside a test');
    return db;
  };
}
