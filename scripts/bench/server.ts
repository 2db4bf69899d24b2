/** The bench parts that need the production server (`next start`): serving, load, first-load JS, map twins. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import { findChromium } from '../browser.mjs';
import { kb, ms, percentile } from './measure';

export const quick = process.argv.includes('--quick');
export const root = process.cwd();
export const port = 3300;
export const origin = `http://127.0.0.1:${port}`;
export const areaPage = '/omraader/vollsmose';
/**
 * A static file in public/ that gets the area page's bytes. Next serves only the public files
 * present when it starts (but reads their content per request), so it is created before the
 * start and filled after. Not a dotfile: Next answers those with a 500.
 */
export const staticFile = path.join(root, 'public', 'bench-static.html');
const staticPath = '/bench-static.html';
const mainRoutes = ['/', '/omraader', areaPage, '/indsatser', '/lister', '/kort', '/soeg', '/sammenlign'];

export async function isUp(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

export function run(command: string, args: string[]) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with ${result.status}`);
}

export let server: ChildProcess | undefined;

/** Starts `next start`; `database` points it at another SQLite file (BOLIGATLAS_DB), such as the 100× one. */
export async function startServer(database?: string): Promise<void> {
  if (await isUp(`${origin}/`)) throw new Error(`port ${port} is already serving; stop that server first`);
  server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: database ? { ...process.env, BOLIGATLAS_DB: database } : process.env,
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

export async function stopServer(): Promise<void> {
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

export function describeLoad(result: autocannon.Result): string {
  const perSecond = result.requests.total / result.duration;
  return `${perSecond.toFixed(0).padStart(6)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  (${result.requests.total} requests, ${result.errors} errors, ${result.non2xx} non-2xx)`;
}

/** Gives the static file the area page's bytes, restarting the server if it does not serve the new content. */
export async function prepareStaticFile() {
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
export async function benchServing() {
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
export async function benchLoad() {
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
export async function benchFirstLoadJs() {
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

/** The GeoJSON the map loads: the kommune boundaries are simplified at build and the area boundaries when extracted, so these stay small. */
export async function benchMapTwins() {
  for (const route of ['/api/municipalities.geojson', '/api/boundaries.geojson', '/api/areas.geojson', '/api/interventions.geojson']) {
    const body = Buffer.from(await (await fetch(`${origin}${route}`)).arrayBuffer());
    console.log(`${route.padEnd(44)} ${(body.length / 1024).toFixed(0).padStart(5)} kB raw  ${(gzipSync(body).length / 1024).toFixed(0).padStart(4)} kB gzip`);
  }
}


/**
 * The catalogue pages rendered per request (the dynamic twins, issue 18), on whatever database the
 * server reads: on the 100× one they show what the prerendered first pages would weigh and how long
 * a filtered or later page takes. Bytes as served, and the time to the whole response over 20
 * sequential requests after one to warm up (per-database memos, statement caches).
 */
export async function benchCatalogueTwins() {
  const routes = [
    '/omraader?page=2',
    '/omraader?category=udsat&year=2022',
    '/indsatser?page=2',
    '/indsatser?kind=physical&category=demolition',
    '/kort?year=2022',
    '/kort?year=2022&interventionPage=2',
    '/kort/tabeller?year=2019&kind=social',
    '/kilder/nyheder?page=2',
    '/lister/2022-12-01?page=2',
    '/soeg?q=vollsmose',
  ];
  const runs = quick ? 5 : 20;
  for (const route of routes) {
    await (await fetch(`${origin}${route}`)).arrayBuffer();
    const samples: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      bytes = (await (await fetch(`${origin}${route}`)).arrayBuffer()).byteLength;
      samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    console.log(
      `${route.padEnd(44)} ${(bytes / 1024).toFixed(0).padStart(5)} kB  p50 ${ms(percentile(samples, 50))}  p95 ${ms(percentile(samples, 95))}  (goal < 250 kB, p95 < 50 ms)`,
    );
  }
}

/** The catalogue and profile pages (issue 18): bytes as served, the inline RSC payload's share, and the cache header. */
export async function benchPageSizes() {
  for (const route of ['/', '/omraader', '/indsatser', '/kort', '/kilder/nyheder', '/lister', '/lister/2024-12-01', '/udviklingsplaner', '/omraader/vollsmose', '/omraader/gellerupparken-toveshoej']) {
    const response = await fetch(`${origin}${route}`);
    const html = await response.text();
    const rsc = [...html.matchAll(/<script>self\.__next_f\.push[\s\S]*?<\/script>/g)].reduce((sum, match) => sum + match[0].length, 0);
    const bytes = Buffer.byteLength(html);
    console.log(
      `${route.padEnd(44)} ${(bytes / 1024).toFixed(0).padStart(5)} kB raw  ${(gzipSync(html).length / 1024).toFixed(0).padStart(4)} kB gzip  RSC payload ${((100 * rsc) / bytes).toFixed(0)} %  (goal < 250 kB catalogues, < 200 kB profiles)`,
    );
  }
}
