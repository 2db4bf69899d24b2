/**
 * Kills the data build with SIGKILL (as the OOM killer or a power cut would: no cleanup runs) at
 * its pause before the rename, when the new database is complete in its temp file, and checks that the previous database still serves: byte-for-byte unchanged, opened
 * read-only, answering a query, and that a later build still works (issue #8, item 5).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/** The fixture with one visible change, so the new database would differ from the one it replaces. */
function changedData(): string {
  const dir = path.join(scratch, 'data');
  cpSync(validFixture, dir, { recursive: true });
  const file = path.join(dir, 'areas', 'fixture-park.yaml');
  const area = parse(readFileSync(file, 'utf8')) as { name: string };
  writeFileSync(file, stringify({ ...area, name: 'Fixtureparken (ny)' }));
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
    const pauseFile = path.join(scratch, 'paused');

    const child = spawn('npx', ['tsx', 'db/cli.ts', 'build'], {
      cwd: root,
      env: { ...process.env, BOLIGATLAS_DATA_DIR: changedData(), BOLIGATLAS_DB: outPath, BOLIGATLAS_PAUSE_BEFORE_RENAME: pauseFile },
      // Its own process group: npx, tsx and the node process doing the build die together.
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
    const pgid = child.pid;
    if (pgid === undefined) throw new Error('the build did not start');

    // The build pauses on its test hook once the new database is complete in its temp file and
    // before the rename: the one moment a kill could leave a half-replaced database. No race.
    const deadline = Date.now() + 90_000;
    while (!existsSync(pauseFile)) {
      if (child.exitCode !== null) throw new Error(`the build ended before its pause (exit ${child.exitCode}): ${stderr}`);
      if (Date.now() > deadline) throw new Error('the build did not reach its pause within 90 s');
      await sleep(20);
    }
    const tempPath = readFileSync(pauseFile, 'utf8');
    expect(statSync(tempPath).size).toBeGreaterThan(0);
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
