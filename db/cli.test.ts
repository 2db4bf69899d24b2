import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, editYaml, validFixture } from './testing/fixture';

const root = path.resolve(import.meta.dirname, '..');

/** Runs `tsx db/cli.ts <command>` on a data dir and database path; returns exit code and output. */
function runCli(command: string, dataDir: string, dbPath: string) {
  try {
    const stdout = execFileSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['db/cli.ts', command], {
      cwd: root,
      env: { ...process.env, BOLIGATLAS_DATA_DIR: dataDir, BOLIGATLAS_DB: dbPath },
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, output: stdout };
  } catch (error) {
    const failure = error as { status: number; stdout: string; stderr: string };
    return { code: failure.status, output: failure.stdout + failure.stderr };
  }
}

describe('db/cli.ts', () => {
  it('builds a valid data directory and exits 0', () => {
    const dbPath = path.join(mkdtempSync(path.join(tmpdir(), 'boligatlas-cli-')), 'cli.sqlite');
    const result = runCli('build', validFixture, dbPath);
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/db:build wrote .*cli\.sqlite \(data version [0-9a-f]{12}; /);
  });

  it('lists every problem, exits 1 and leaves the database untouched on bad data', () => {
    const dbPath = path.join(mkdtempSync(path.join(tmpdir(), 'boligatlas-cli-')), 'cli.sqlite');
    expect(runCli('build', validFixture, dbPath).code).toBe(0);
    const before = readFileSync(dbPath);

    const broken = copyFixture();
    editYaml(broken, 'interventions/fixture-plan.yaml', (intervention) => {
      intervention.start.date = '2019-13';
    });
    editYaml(broken, 'interventions/fixture-rehousing.yaml', (intervention) => {
      intervention.areas = ['nowhere'];
    });
    for (const command of ['check', 'build']) {
      const result = runCli(command, broken, dbPath);
      expect(result.code).toBe(1);
      expect(result.output).toContain('2 problems');
      expect(result.output).toContain('data/interventions/fixture-plan.yaml: [fixture-plan] start.date: expected a date');
      expect(result.output).toContain('data/interventions/fixture-rehousing.yaml: [fixture-rehousing] areas[0]: unknown area slug "nowhere"');
    }
    expect(readFileSync(dbPath).equals(before)).toBe(true);
  });
});
