/**
 * `npm run bench`: prints performance figures, never asserts them (DESIGN §8).
 *
 * 1. data build time on the real data and on a synthetic 100× dataset (db/testing/synthetic.ts,
 *    which the tests use too);
 * 2. the area queries and search() server time on the real and the 100× database (data.ts);
 * 3. with the production server (`next start`, server.ts): a prerendered area page against a
 *    static file of the same size, the map twins, a 50-connection load test on a mix of routes,
 *    and the first-load JS per route;
 * 4. the catalogue pages rendered per request (the dynamic twins), on the real and on the 100×
 *    database (the server pointed at it with BOLIGATLAS_DB).
 *
 * `--quick` shortens every HTTP run to 5 s for a smoke run. Run with the react-server condition so
 * the queries' 'server-only' guard resolves as it does on the server. Results are recorded in
 * docs/performance.md.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { buildDatabase } from '../../db/build';
import { openDatabase } from '../../db/connection';
import { getArea, listAreas, listAreaSlugs } from '../../db/queries/areas';
import { benchSearch, buildHundredfold } from './data';
import { heading, time } from './measure';
import {
  benchCatalogueTwins,
  benchFirstLoadJs,
  benchLoad,
  benchMapTwins,
  benchPageSizes,
  benchServing,
  origin,
  prepareStaticFile,
  quick,
  root,
  run,
  server,
  startServer,
  staticFile,
  stopServer,
} from './server';

const dataDir = path.resolve('data');
const scratch = mkdtempSync(path.join(tmpdir(), 'boligatlas-bench-'));

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

async function main() {
  console.log(`# npm run bench${quick ? ' --quick' : ''}`);
  console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), Node ${process.version}, ${new Date().toISOString()}`);

  heading('Data build');
  const realPath = path.join(scratch, 'bench.sqlite');
  time('db:build (real data)', 5, () => buildDatabase({ dataDir, outPath: realPath }));
  const hundredfoldPath = buildHundredfold(dataDir, scratch);

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
    heading('Page sizes as served (real data)');
    await benchPageSizes();
    heading('Catalogue pages rendered per request (real data)');
    await benchCatalogueTwins();
    heading('Map twins (bytes as served, raw and gzip)');
    await benchMapTwins();
    heading('Load test');
    await benchLoad();
    heading('First-load JS per route');
    await benchFirstLoadJs();
  } finally {
    await stopServer();
  }

  // The same twins on the 100× database: the prerendered pages keep the real data (they were
  // built from it), but every page rendered per request reads the database the server opens.
  await startServer(hundredfoldPath);
  try {
    heading('Catalogue pages rendered per request (100× data)');
    await benchCatalogueTwins();
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
