import { expect, test } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { parse } from 'csv-parse/sync';
import { expectNoAxeViolations } from './axe';

test('an area page can be cited: APA, BibTeX, RIS and CSL-JSON with the data version and a permalink', async ({ page, request }) => {
  const { dataVersion } = await (await request.get('/api/areas')).json();
  await page.goto('/omraader/mjoelnerparken');
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', 'Mjølnerparken');
  await expect(page.locator('meta[name="citation_author"]')).toHaveAttribute('content', 'Boligatlas');
  const block = page.getByRole('region', { name: 'Citér denne side' });
  const today = new Date().toISOString().slice(0, 10);
  await expect(block.locator('.citation-apa')).toContainText(`Mjølnerparken [Områdeprofil; dataversion ${dataVersion}]. Hentet ${today}`);
  await expect(block.getByRole('link', { name: /version=/ })).toHaveAttribute('href', new RegExp(`/omraader/mjoelnerparken\\?version=${dataVersion}$`));
  await block.getByText('BibTeX', { exact: true }).click();
  await expect(block.locator('pre').first()).toContainText('@misc{');
  await expect(block.locator('pre').first()).toContainText(`version = {${dataVersion}}`);
  await expectNoAxeViolations(page);
  // A permalink to another version says so.
  await page.goto('/omraader/mjoelnerparken?version=000000000000');
  await expect(page.getByRole('region', { name: 'Citér denne side' }).getByRole('status')).toContainText('000000000000');
});

test('intervention and list pages carry the cite block too', async ({ page }) => {
  for (const path of ['/indsatser/vollsmose-udviklingsplan', '/lister/2022-12-01']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Citér denne side' })).toBeVisible();
    await expect(page.locator('meta[name="citation_title"]')).toHaveCount(1);
  }
});

test('the whole database and the CSV zip download, with the data version', async ({ request }) => {
  const { dataVersion } = await (await request.get('/api/areas')).json();
  const sqlite = await request.get('/data/boligatlas.sqlite');
  expect(sqlite.status()).toBe(200);
  const bytes = await sqlite.body();
  expect(bytes.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
  expect(sqlite.headers()['x-data-version']).toBe(dataVersion);

  const zip = unzipSync(new Uint8Array(await (await request.get('/data/boligatlas-csv.zip')).body()));
  expect(Object.keys(zip).sort()).toEqual(
    [
      'README.txt',
      'boligatlas-areas.csv',
      'boligatlas-claims.csv',
      'boligatlas-interventions.csv',
      'boligatlas-list-memberships.csv',
      'boligatlas-lists.csv',
      'boligatlas-progress.csv',
      'boligatlas-quantities.csv',
      'boligatlas-sources.csv',
    ].sort(),
  );
  expect(strFromU8(zip['README.txt']!)).toContain(dataVersion);
  const claims = parse(strFromU8(zip['boligatlas-claims.csv']!), { columns: true, bom: true }) as Record<string, string>[];
  expect(claims.length).toBeGreaterThan(1000);
  for (const row of claims.slice(0, 50)) expect(row.source_url).toMatch(/^https?:\/\//);
  // The zip's CSV is the same table the API serves.
  const api = parse(await (await request.get('/api/interventions.csv')).text(), { columns: true }) as Record<string, string>[];
  const zipped = parse(strFromU8(zip['boligatlas-interventions.csv']!), { columns: true, bom: true }) as Record<string, string>[];
  expect(zipped).toEqual(api);
});

test('/api documents every endpoint, and each one answers', async ({ page, request }) => {
  const openapi = await (await request.get('/api/openapi.json')).json();
  expect(openapi.openapi).toBe('3.1.0');
  await page.goto('/api');
  await expect(page.getByRole('heading', { level: 1, name: 'API og data' })).toBeVisible();
  for (const path of Object.keys(openapi.paths)) {
    await expect(page.getByRole('heading', { level: 3, name: `GET ${path}`, exact: true })).toBeVisible();
  }
  await expectNoAxeViolations(page);
  // Every "try" link on the page answers 200.
  const tries = await page.locator('.endpoint a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(tries.length).toBeGreaterThan(10);
  for (const href of tries) expect((await request.get(href)).status(), href).toBe(200);
});

test('from an area page, its data downloads as CSV and GeoJSON', async ({ page, request }) => {
  await page.goto('/omraader/tingbjerg-utterslevhuse');
  // The downloads sit near the top, beside the page's contents.
  const links = page.getByRole('navigation', { name: 'På denne side' }).getByRole('link');
  const memberships = await links.filter({ hasText: 'listeplaceringer (CSV)' }).getAttribute('href');
  const response = await request.get(memberships!);
  const rows = (await import('csv-parse/sync')).parse(await response.text(), { columns: true }) as Record<string, string>[];
  const api = await (await request.get('/api/areas/tingbjerg-utterslevhuse')).json();
  // The file is named after what it holds and the data version.
  expect(response.headers()['content-disposition']).toBe(`attachment; filename="boligatlas-list-memberships-tingbjerg-utterslevhuse-${api.dataVersion}.csv"`);
  await expect(links.filter({ hasText: 'JSON' }).first()).toHaveAttribute('download', `boligatlas-tingbjerg-utterslevhuse-${api.dataVersion}.json`);
  expect(new Set(rows.map((row) => row.list_date))).toEqual(new Set(Object.keys(api.statuses)));
  const geojson = await (await request.get((await links.filter({ hasText: 'GeoJSON' }).getAttribute('href'))!)).json();
  expect(geojson.features).toHaveLength(1);
  expect(geojson.features[0].properties.slug).toBe('tingbjerg-utterslevhuse');
  expect(geojson.features[0].geometry.coordinates).toEqual([api.location.lon, api.location.lat]);
  const interventions = await links.filter({ hasText: 'indsatser (CSV)' }).getAttribute('href');
  expect((await request.get(interventions!)).status()).toBe(200);
  expect((await request.get('/api/memberships.csv?area=%3Cb%3E')).status()).toBe(400);
});
