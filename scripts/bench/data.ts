/** The bench parts that run in process: the data build and the queries, on the real and the 100× data. */
import { rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildDatabase } from '../../db/build';
import type { Db } from '../../db/connection';
import { search } from '../../db/queries/search';
import { writeSyntheticData } from '../../db/testing/synthetic';
import { ms, percentile } from './measure';

/** Builds the 100× database, printing its build time; falls back to shared sources when the full copy does not build. */
export function buildHundredfold(dataDir: string, scratch: string): string {
  const outPath = path.join(scratch, 'bench-100x.sqlite');
  for (const copySources of [true, false]) {
    const label = copySources ? 'db:build (100×: areas, interventions, sources)' : 'db:build (100×: areas, interventions; sources shared)';
    const data = writeSyntheticData(dataDir, scratch, 100, copySources);
    const started = performance.now();
    try {
      const result = buildDatabase({ dataDir: data, outPath });
      const counts = `${result.counts.areas} areas, ${result.counts.interventions} interventions, ${result.counts.sources} sources, ${result.counts.claims} claims`;
      console.log(`${label.padEnd(44)} ${((performance.now() - started) / 1000).toFixed(1)} s  (${counts}; ${(statSync(outPath).size / 1e6).toFixed(1)} MB)`);
      return outPath;
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
      console.log(`${label.padEnd(44)} FAILED after ${((performance.now() - started) / 1000).toFixed(1)} s: ${message}`);
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  }
  throw new Error('the 100× database could not be built');
}

/** A mix of what people type: full names, other spellings, two-letter prefixes, several words, nothing. */
const searchQueries = [
  'Vollsmose',
  'Mjølnerparken',
  'Gellerupparken',
  'Tingbjerg',
  'Urbanplanen',
  'taastrup',
  'mjolner',
  'vo',
  'ge',
  'ta',
  'ha',
  'gellerup toveshøj',
  'nedrivning af boliger',
  'aalborg øst',
  'zzqxv',
  'xyzzy plugh',
];

export function benchSearch(label: string, db: Db, rounds: number) {
  const all: number[] = [];
  const perQuery = new Map<string, number[]>();
  for (const query of searchQueries) search(query, db); // warm the statement cache and the pages
  for (let round = 0; round < rounds; round++) {
    for (const query of searchQueries) {
      const started = performance.now();
      search(query, db);
      const elapsed = performance.now() - started;
      all.push(elapsed);
      perQuery.set(query, [...(perQuery.get(query) ?? []), elapsed]);
    }
  }
  all.sort((a, b) => a - b);
  console.log(
    `${`search() (${label})`.padEnd(44)} runs ${String(all.length).padStart(5)}  p50 ${ms(percentile(all, 50))}  p95 ${ms(percentile(all, 95))}  max ${ms(all.at(-1) ?? NaN)}  (goal p95 < 10 ms)`,
  );
  const slowest = [...perQuery.entries()]
    .map(([query, samples]) => [query, percentile(samples.sort((a, b) => a - b), 95)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4);
  console.log(`${''.padEnd(44)} slowest p95: ${slowest.map(([query, p95]) => `"${query}" ${ms(p95)}`).join(', ')}`);
}

