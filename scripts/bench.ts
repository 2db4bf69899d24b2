/**
 * `npm run bench`: prints performance figures, never asserts them (DESIGN §8, issue #8).
 *
 * 1. data build time on the real data and on a synthetic 100× dataset;
 * 2. the area queries and search() server time on the real and the 100× database;
 * 3. with the production server (`next start`): a prerendered area page against a static file of
 *    the same size, a 50-connection load test on a mix of routes, and the first-load JS per route.
 *
 * `--quick` shortens every HTTP run to 5 s for a smoke run. Run with the react-server condition so
 * the queries' 'server-only' guard resolves as it does on the server. Results are recorded in
 * docs/performance.md.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import { parse, stringify } from 'yaml';
import { buildDatabase } from '../db/build';
import { openDatabase, type Db } from '../db/connection';
import { getArea, listAreas, listAreaSlugs } from '../db/queries/areas';
import { search } from '../db/queries/search';
import { findChromium } from './browser.mjs';

const quick = process.argv.includes('--quick');
const root = process.cwd();
const dataDir = path.resolve('data');
const scratch = mkdtempSync(path.join(tmpdir(), 'boligatlas-bench-'));
const port = 3300;
const origin = `http://127.0.0.1:${port}`;
const areaPage = '/omraader/vollsmose';
/**
 * A static file in public/ that gets the area page's bytes. Next serves only the public files
 * present when it starts (but reads their content per request), so it is created before the
 * start and filled after. Not a dotfile: Next answers those with a 500.
 */
const staticFile = path.join(root, 'public', 'bench-static.html');
const staticPath = '/bench-static.html';
const mainRoutes = ['/', '/omraader', areaPage, '/indsatser', '/lister', '/kort', '/soeg', '/sammenlign'];

// ---------------------------------------------------------------- helpers

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const ms = (value: number) => `${value.toFixed(3)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function heading(title: string) {
  console.log(`\n## ${title}`);
}

function time(label: string, runs: number, body: () => void): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    body();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} runs ${String(runs).padStart(5)}  p50 ${ms(percentile(samples, 50))}  p95 ${ms(percentile(samples, 95))}`);
  return samples;
}

// ---------------------------------------------------------------- synthetic data

const copySuffix = (copy: number) => `-x${String(copy).padStart(2, '0')}`;

/** Keys whose string values name an area or intervention (`areas` is an intervention's area list). */
const recordKeys = ['slug', 'partOf', 'areas', 'target'];
/** Keys whose string values name a source. */
const sourceKeys = ['id', 'sources', 'totalSources'];

/** A copy of a parsed YAML value with every reference under `keys` given `suffix`, so each copy is a closed world. */
function suffixReferences(value: unknown, suffix: string, keys: readonly string[], key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => suffixReferences(item, suffix, keys, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([childKey, child]) => [childKey, suffixReferences(child, suffix, keys, childKey)]));
  }
  return typeof value === 'string' && keys.includes(key) ? value + suffix : value;
}

/**
 * Writes data/ `times`× to a temp dir: every area and intervention file (and, with `copySources`,
 * every source file) once as it is and `times - 1` times more with suffixed slugs and ids and
 * their references rewritten to the same copy, so it validates. Lists, criteria and municipalities
 * stay as they are (they name the originals). Texts are unchanged, so every search hit is
 * multiplied too: a pessimistic dataset for search.
 */
function writeSyntheticData(times: number, copySources: boolean): string {
  const dir = mkdtempSync(path.join(scratch, `data-${times}x-`));
  cpSync(dataDir, dir, { recursive: true });
  const keys = copySources ? [...recordKeys, ...sourceKeys] : recordKeys;
  const folders = copySources ? ['areas', 'interventions', 'sources'] : ['areas', 'interventions'];
  for (const folder of folders) {
    for (const name of readdirSync(path.join(dataDir, folder)).filter((file) => file.endsWith('.yaml'))) {
      const doc: unknown = parse(readFileSync(path.join(dataDir, folder, name), 'utf8'));
      for (let copy = 1; copy < times; copy++) {
        const suffix = copySuffix(copy);
        writeFileSync(path.join(dir, folder, name.replace(/\.yaml$/, `${suffix}.yaml`)), stringify(suffixReferences(doc, suffix, keys)));
      }
    }
  }
  return dir;
}

/** Builds the 100× database, printing its build time; falls back to shared sources when the full copy does not build. */
function buildHundredfold(): string {
  const outPath = path.join(scratch, 'bench-100x.sqlite');
  for (const copySources of [true, false]) {
    const label = copySources ? 'db:build (100×: areas, interventions, sources)' : 'db:build (100×: areas, interventions; sources shared)';
    const data = writeSyntheticData(100, copySources);
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

// ---------------------------------------------------------------- search

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

function benchSearch(label: string, db: Db, rounds: number) {
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

// ---------------------------------------------------------------- the production server

async function isUp(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

function run(command: string, args: string[]) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with ${result.status}`);
}

let server: ChildProcess | undefined;

async function startServer(): Promise<void> {
  if (await isUp(`${origin}/`)) throw new Error(`port ${port} is already serving; stop that server first`);
  server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    // Its own process group, so npx and the next server behind it stop together.
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  while (!(await isUp(`${origin}${areaPage}`))) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    if (Date.now() > deadline) throw new Error('next start did not answer within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function stopServer(): Promise<void> {
  const child = server;
  server = undefined;
  const pid = child?.pid;
  if (!child || pid === undefined || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5000);
  await exited;
  clearTimeout(timer);
}

function cleanUp() {
  rmSync(staticFile, { force: true });
  rmSync(scratch, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    cleanUp();
    process.exit(130);
  });
}

function describeLoad(result: autocannon.Result): string {
  const perSecond = result.requests.total / result.duration;
  return `${perSecond.toFixed(0).padStart(6)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  (${result.requests.total} requests, ${result.errors} errors, ${result.non2xx} non-2xx)`;
}

/** Gives the static file the area page's bytes, restarting the server if it does not serve the new content. */
async function prepareStaticFile() {
  const response = await fetch(`${origin}${areaPage}`);
  const page = Buffer.from(await response.arrayBuffer());
  const prerendered = ['x-nextjs-cache', 'x-nextjs-prerender', 'cache-control'].map((name) => `${name}: ${response.headers.get(name) ?? '-'}`);
  console.log(`${areaPage}: ${response.status}, ${page.length} bytes (${prerendered.join('; ')})`);
  writeFileSync(staticFile, page);
  const served = Buffer.from(await (await fetch(`${origin}${staticPath}`)).arrayBuffer());
  if (!served.equals(page)) {
    console.log(`${staticPath} did not serve the new bytes: restarting the server`);
    await stopServer();
    await startServer();
  }
}

/** Throughput and latency of the prerendered area page against a static file of the same bytes. */
async function benchServing() {
  const duration = quick ? 5 : 15;
  const connections = 10;
  const page = Buffer.from(await (await fetch(`${origin}${areaPage}`)).arrayBuffer());
  const file = Buffer.from(await (await fetch(`${origin}${staticPath}`)).arrayBuffer());
  console.log(`${areaPage} ${page.length} bytes; ${staticPath} ${file.length} bytes; ${connections} connections, ${duration} s each, after a 3 s warm-up`);
  for (const [encoding, headers] of [
    ['identity', {}],
    ['gzip', { 'accept-encoding': 'gzip' }],
  ] as const) {
    const results: autocannon.Result[] = [];
    for (const target of [areaPage, staticPath]) {
      await autocannon({ url: `${origin}${target}`, connections, duration: 3, headers });
      results.push(await autocannon({ url: `${origin}${target}`, connections, duration, headers }));
    }
    const [pageResult, fileResult] = results as [autocannon.Result, autocannon.Result];
    console.log(`  ${`area page (${encoding})`.padEnd(30)} ${describeLoad(pageResult)}`);
    console.log(`  ${`static file (${encoding})`.padEnd(30)} ${describeLoad(fileResult)}`);
    const ratio = pageResult.requests.total / pageResult.duration / (fileResult.requests.total / fileResult.duration);
    console.log(`  ${`ratio page/static (${encoding})`.padEnd(30)} ${ratio.toFixed(2)}×  (goal ≥ 0.9×)`);
  }
}

/** 50 concurrent connections on a mix of a page and the API; every connection walks the list in turn. */
async function benchLoad() {
  const duration = quick ? 5 : 60;
  const routes = [areaPage, '/api/areas', '/api/search?q=gellerup', '/api/interventions?kind=physical', '/api/search?q=ta'];
  console.log(`50 connections, ${duration} s, routes: ${routes.join(', ')}`);
  const result = await autocannon({ url: origin, connections: 50, duration, requests: routes.map((route) => ({ method: 'GET', path: route })) });
  console.log(`  requests ${result.requests.total} (${(result.requests.total / result.duration).toFixed(0)} req/s), errors ${result.errors} (timeouts ${result.timeouts}), non-2xx ${result.non2xx}  (goal: 0 errors)`);
  console.log(`  latency p50 ${result.latency.p50} ms  p90 ${result.latency.p90} ms  p99 ${result.latency.p99} ms  max ${result.latency.max} ms`);
}

interface JsTotal {
  files: number;
  raw: number;
  gzip: number;
}

function addJs(total: JsTotal, body: Buffer): void {
  total.files += 1;
  total.raw += body.length;
  total.gzip += gzipSync(body).length;
}

/**
 * First-load JS per route, two ways: the scripts the prerendered HTML names (`<script src>`, what
 * Next calls first-load JS), and every script a fresh headless Chromium fetches until the network
 * is idle (adds what loads lazily after hydration, such as the map and its worker).
 */
async function benchFirstLoadJs() {
  const html = new Map<string, JsTotal>();
  const fetched = new Map<string, Buffer>();
  for (const route of mainRoutes) {
    const text = await (await fetch(`${origin}${route}`)).text();
    // Scripts marked nomodule (the legacy polyfills) are skipped by every browser that runs modules.
    const tags = [...text.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !/\snomodule\b/i.test(tag));
    const sources = new Set(tags.flatMap((tag) => [...tag.matchAll(/\ssrc="([^"]+)"/g)].map((match) => (match[1] ?? '').replace(/&amp;/g, '&'))));
    const total: JsTotal = { files: 0, raw: 0, gzip: 0 };
    for (const source of sources) {
      const url = new URL(source, origin).href;
      if (!fetched.has(url)) fetched.set(url, Buffer.from(await (await fetch(url)).arrayBuffer()));
      addJs(total, fetched.get(url) ?? Buffer.alloc(0));
    }
    html.set(route, total);
  }

  const browser = new Map<string, JsTotal>();
  const executablePath = findChromium();
  if (executablePath) {
    const instance = await chromium.launch({
      executablePath,
      args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--disable-background-networking', '--disable-component-update'],
    });
    try {
      for (const route of mainRoutes) {
        // A new context per route: an empty cache, as on a first visit.
        const context = await instance.newContext();
        const bodies: Promise<Buffer | null>[] = [];
        context.on('response', (response) => {
          const type = response.headers()['content-type'] ?? '';
          if (type.includes('javascript') || /\.m?js(\?|$)/.test(response.url())) bodies.push(response.body().catch(() => null));
        });
        const page = await context.newPage();
        await page.goto(`${origin}${route}`, { waitUntil: 'networkidle' });
        const total: JsTotal = { files: 0, raw: 0, gzip: 0 };
        for (const body of await Promise.all(bodies)) if (body) addJs(total, body);
        browser.set(route, total);
        await context.close();
      }
    } finally {
      await instance.close();
    }
  }

  console.log(`${'route'.padEnd(22)} ${'<script src> in the HTML'.padEnd(36)} ${executablePath ? 'all JS a fresh Chromium loads' : '(no Chromium: browser column skipped)'}`);
  const cell = (total: JsTotal | undefined) => (total ? `${String(total.files).padStart(2)} files ${kb(total.raw).padStart(9)} raw ${kb(total.gzip).padStart(8)} gzip` : '');
  for (const route of mainRoutes) console.log(`${route.padEnd(22)} ${cell(html.get(route)).padEnd(36)} ${cell(browser.get(route))}`);
}

// ---------------------------------------------------------------- main

/** The GeoJSON the map loads: the kommune boundaries are simplified at build so this stays small. */
async function benchMapTwins() {
  for (const route of ['/api/municipalities.geojson', '/api/areas.geojson', '/api/interventions.geojson']) {
    const body = Buffer.from(await (await fetch(`${origin}${route}`)).arrayBuffer());
    console.log(`${route.padEnd(44)} ${(body.length / 1024).toFixed(0).padStart(5)} kB raw  ${(gzipSync(body).length / 1024).toFixed(0).padStart(4)} kB gzip`);
  }
}

async function main() {
  console.log(`# npm run bench${quick ? ' --quick' : ''}`);
  console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), Node ${process.version}, ${new Date().toISOString()}`);

  heading('Data build');
  const realPath = path.join(scratch, 'bench.sqlite');
  time('db:build (real data)', 5, () => buildDatabase({ dataDir, outPath: realPath }));
  const hundredfoldPath = buildHundredfold();

  heading('Queries (server time, in process)');
  const real = openDatabase(realPath);
  const hundredfold = openDatabase(hundredfoldPath);
  const slugs = listAreaSlugs(real);
  let i = 0;
  time('listAreas (real data)', 200, () => listAreas(real));
  time('getArea, each area in turn (real data)', 1000, () => getArea(slugs[i++ % slugs.length] ?? '', real));
  benchSearch('real data', real, 50);
  benchSearch('100× data', hundredfold, 30);
  real.$client.close();
  hundredfold.$client.close();

  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) run('npm', ['run', 'build']);
  else if (!existsSync(path.join(root, 'db', 'boligatlas.sqlite'))) run('npm', ['run', 'db:build']);

  writeFileSync(staticFile, 'placeholder');
  await startServer();
  try {
    heading(`Serving: prerendered page against a static file (next start, ${origin})`);
    await prepareStaticFile();
    await benchServing();
    heading('Map twins (bytes as served, raw and gzip)');
    await benchMapTwins();
    heading('Load test');
    await benchLoad();
    heading('First-load JS per route');
    await benchFirstLoadJs();
  } finally {
    await stopServer();
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(cleanUp);
