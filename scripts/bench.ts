/**
 * `npm run bench`: prints performance figures (never asserted in tests). For now: the data build
 * and the area queries on the real data; search, page serving and the 100× database follow with
 * the issues that build them. Run with the react-server condition so the queries' 'server-only'
 * guard resolves as it does on the server.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildDatabase } from '../db/build';
import { openDatabase } from '../db/connection';
import { getArea, listAreas, listAreaSlugs } from '../db/queries/areas';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function time(label: string, runs: number, body: () => void) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    body();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  console.log(`${label.padEnd(34)} runs ${String(runs).padStart(5)}  p50 ${percentile(samples, 50).toFixed(3)} ms  p95 ${percentile(samples, 95).toFixed(3)} ms`);
}

const outPath = path.join(mkdtempSync(path.join(tmpdir(), 'boligatlas-bench-')), 'bench.sqlite');
time('db:build (real data)', 5, () => buildDatabase({ dataDir: path.resolve('data'), outPath }));
const db = openDatabase(outPath);
const slugs = listAreaSlugs(db);
let i = 0;
time('listAreas (real data)', 200, () => listAreas(db));
time('getArea, each area in turn', 1000, () => getArea(slugs[i++ % slugs.length] ?? '', db));
