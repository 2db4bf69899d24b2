/**
 * Kills the data build half-way with SIGKILL (as the OOM killer or a power cut would: no cleanup
 * runs) and checks that the previous database still serves: byte-for-byte unchanged, opened
 * read-only, answering a query, and that a later build still works (issue #8, item 5).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDatabase } from './build';
import { openDatabase } from './connection';
import { listAreas } from './queries/areas';
import { validFixture } from './testing/fixture';

const root = path.resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(path.join(tmpdir(), 'boligatlas-kill-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Keys whose values name an area or intervention; copies point at their own copy of each. */
const recordKeys = ['slug', 'partOf', 'areas', 'target'];

function suffixReferences(value: unknown, suffix: string, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => suffixReferences(item, suffix, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([childKey, child]) => [childKey, suffixReferences(child, suffix, childKey)]));
  }
  return typeof value === 'string' && recordKeys.includes(key) ? value + suffix : value;
}

/**
 * The fixture with every area and intervention copied `times`× under suffixed slugs. Sources are
 * shared rather than copied: db/build.ts inserts all sources in one statement, which fails beyond
 * about 4,000 sources, and this test is about the kill, not that limit.
 */
function writeLargeFixture(times: number): string {
  const dir = path.join(scratch, 'data');
  cpSync(validFixture, dir, { recursive: true });
  for (const folder of ['areas', 'interventions']) {
    for (const name of readdirSync(path.join(validFixture, folder))) {
      const doc: unknown = parse(readFileSync(path.join(validFixture, folder, name), 'utf8'));
      for (let copy = 1; copy < times; copy++) {
        const suffix = `-x${copy}`;
        writeFileSync(path.join(dir, folder, name.replace(/\.yaml$/, `${suffix}.yaml`)), stringify(suffixReferences(doc, suffix)));
      }
    }
  }
  return dir;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('a data build killed half-way', () => {
  it('leaves the previous database byte-for-byte unchanged and serving', async () => {
    const dbDir = path.join(scratch, 'db');
    mkdirSync(dbDir);
    const outPath = path.join(dbDir, 'boligatlas.sqlite');
    buildDatabase({ dataDir: validFixture, outPath });
    const before = readFileSync(outPath);
    // 3,000 areas and 4,000 interventions: a few seconds of build, most of it writing the temp file.
    const largeData = writeLargeFixture(1000);

    const child = spawn('npx', ['tsx', 'db/cli.ts', 'build'], {
      cwd: root,
      env: { ...process.env, BOLIGATLAS_DATA_DIR: largeData, BOLIGATLAS_DB: outPath },
      // Its own process group: npx, tsx and the node process doing the build die together.
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
    const pgid = child.pid;
    if (pgid === undefined) throw new Error('the build did not start');

    // Half-way: once the build has validated the data and written part of its temp file.
    const tempFile = () => readdirSync(dbDir).find((name) => name.startsWith('boligatlas.sqlite.tmp-'));
    const deadline = Date.now() + 90_000;
    for (;;) {
      const temp = tempFile();
      if (temp && statSync(path.join(dbDir, temp), { throwIfNoEntry: false })?.size) break;
      if (child.exitCode !== null) throw new Error(`the build finished before it could be killed (exit ${child.exitCode}): ${stderr}`);
      if (Date.now() > deadline) throw new Error('the build wrote no temp file within 90 s');
      await sleep(5);
    }
    process.kill(-pgid, 'SIGKILL');
    expect(await exited).toBe('SIGKILL');
    while (groupAlive(pgid)) await sleep(10);

    // The previous database: the same bytes, read-only, answering queries.
    expect(readFileSync(outPath).equals(before)).toBe(true);
    const db = openDatabase(outPath);
    expect(db.$client.readonly).toBe(true);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(listAreas(db).map((area) => area.slug)).toEqual(['fixture-district', 'fixture-park', 'taastrupgaard']);
    expect(() => db.$client.exec('DELETE FROM areas')).toThrow();
    db.$client.close();

    // SIGKILL gives the build no chance to remove its temp file; its name is unique (pid and
    // time), so it is litter, not a danger: the next build neither reads nor reuses it.
    const leftovers = readdirSync(dbDir).filter((name) => name !== 'boligatlas.sqlite');
    expect(leftovers.length).toBeGreaterThan(0);
    for (const name of leftovers) expect(name).toMatch(/^boligatlas\.sqlite\.tmp-\d+-\d+(-journal)?$/);
    const rebuilt = buildDatabase({ dataDir: validFixture, outPath });
    expect(rebuilt.counts.areas).toBe(3);
    expect(readdirSync(dbDir).sort()).toEqual(['boligatlas.sqlite', ...leftovers].sort());
    for (const name of leftovers) rmSync(path.join(dbDir, name));
  }, 180_000);
});
