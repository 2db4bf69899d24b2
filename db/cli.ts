/**
 * `npm run data:check` (validate only), `npm run db:build` (validate, then write the database) and
 * `npm run data:schema` (write the JSON Schemas for editors).
 * On bad data both print every problem with file, record and field and exit with code 1.
 */
import { buildDatabase, DataValidationError } from './build';
import { env } from './env';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderJsonSchemas } from './json-schema';
import { formatIssue, loadData } from './load';
import { formatQualityReport, qualityReport } from './quality';

const command = process.argv[2];

function fail(lines: string[]): never {
  console.error(lines.join('\n'));
  process.exit(1);
}

if (command === 'check') {
  const { data, issues } = loadData(env.dataDir);
  if (issues.length > 0) {
    fail([`data:check found ${issues.length} problem${issues.length === 1 ? '' : 's'}:`, ...issues.map(formatIssue)]);
  }
  console.log(
    `data:check ok: ${data.areas.length} areas, ${data.lists.length} lists, ${data.interventions.length} interventions, ${data.sources.length} sources`,
  );
  console.log(['data quality:', ...formatQualityReport(qualityReport(data, new Date().getUTCFullYear())).map((line) => `  ${line}`)].join('\n'));
} else if (command === 'build') {
  try {
    const started = performance.now();
    // Test hook (db/build-kill.test.ts): with BOLIGATLAS_PAUSE_BEFORE_RENAME set to a file path, the
    // build writes the temp database's path there and waits, so a test can kill it at that point.
    const pauseFile = process.env.BOLIGATLAS_PAUSE_BEFORE_RENAME;
    const beforeRename = pauseFile
      ? (tempPath: string) => {
          writeFileSync(pauseFile, tempPath);
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
        }
      : undefined;
    const result = buildDatabase({ dataDir: env.dataDir, outPath: env.databasePath, beforeRename });
    const counts = Object.entries(result.counts).map(([name, n]) => `${n} ${name}`).join(', ');
    console.log(`db:build wrote ${result.outPath} (data version ${result.dataVersion}; ${counts}) in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    if (error instanceof DataValidationError) {
      fail([
        `db:build found ${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}; the database was not changed:`,
        ...error.issues.map(formatIssue),
      ]);
    }
    throw error;
  }
} else if (command === 'schema') {
  const folder = path.join(env.dataDir, 'schema');
  mkdirSync(folder, { recursive: true });
  for (const [file, text] of renderJsonSchemas()) writeFileSync(path.join(folder, file), text);
  console.log(`data:schema wrote the JSON Schemas to ${folder}`);
} else {
  fail(['usage: tsx db/cli.ts check|build|schema']);
}
