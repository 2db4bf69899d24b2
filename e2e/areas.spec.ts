import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { expectNoAxeViolations } from './axe';

test('the area table filters by category and year, region and intervention kind, and sorts', async ({ page, request }) => {
  await page.goto('/omraader');
  await page.getByLabel('Kategori').selectOption('omdannelse');
  await page.getByLabel('På en liste i år').selectOption('2022');
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page).toHaveURL(/category=omdannelse/);
  const list = await (await request.get('/api/lists/2022-12-01')).json();
  const omdannelse = list.categories.find((c: { code: string }) => c.code === 'omdannelse');
  const table = page.getByRole('table', { name: /områder med de valgte filtre/ });
  // Each named transformation area of 2022 is in the table (districts may add rows through their parts).
  for (const slug of omdannelse.areaSlugs) await expect(table.locator(`a[href="/omraader/${slug}"]`)).toBeVisible();
  for (const row of await table.locator('tbody tr').all()) await expect(row).toContainText(/omdannelsesområde.*\(2022\)/);
  await expectNoAxeViolations(page);

  await page.goto('/omraader?region=Syddanmark&kind=social&sort=lists&order=desc');
  const rows = page.getByRole('table', { name: /områder med de valgte filtre/ }).locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) await expect(row.locator('td').nth(2)).toHaveText('Syddanmark');
  const counts = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.querySelectorAll('td')[4]?.textContent)));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  await expect(page.getByRole('columnheader', { name: /Lister/ })).toHaveAttribute('aria-sort', 'descending');
});

test('the area table is prerendered a page at a time and pages with links, also without JavaScript', async ({ browser, request }) => {
  const { areas } = await (await request.get('/api/areas')).json();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/omraader?size=25');
  const pages = Math.ceil(areas.length / 25);
  const pager = page.getByRole('navigation', { name: 'Sider' }).first();
  const table = page.getByRole('table', { name: /områder/ });
  const seen: string[] = [];
  for (let at = 1; at <= pages; at++) {
    await expect(pager).toContainText(`Side ${at} af ${pages}`);
    seen.push(...(await table.locator('tbody tr th a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))));
    if (at < pages) await pager.getByRole('link', { name: /^Næste/ }).click();
  }
  expect(seen.sort()).toEqual(areas.map((a: { slug: string }) => `/omraader/${a.slug}`).sort());
  // A filter keeps the chosen page size; the first page of the bare URL is the prerendered one.
  await page.getByLabel('Region').selectOption('Hovedstaden');
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page).toHaveURL(/region=Hovedstaden/);
  await expect(page).toHaveURL(/size=25/);
  const response = await request.get('/omraader');
  expect(await response.text()).toContain(`Viser 1–50 af ${areas.length}`);
  await context.close();
});

test('the CSV twins of areas, list memberships and lists parse and match the JSON', async ({ request }) => {
  const areas = await (await request.get('/api/areas')).json();
  const csv = parse(await (await request.get('/api/areas.csv')).text(), { columns: true }) as Record<string, string>[];
  expect(csv.map((row) => row.slug).sort()).toEqual(areas.areas.map((a: { slug: string }) => a.slug).sort());
  const filtered = parse(await (await request.get('/api/areas.csv?region=Hovedstaden')).text(), { columns: true }) as Record<string, string>[];
  for (const row of filtered) expect(row.region).toBe('Hovedstaden');
  expect((await request.get('/api/areas.csv?region=Atlantis')).status()).toBe(400);

  const memberships = parse(await (await request.get('/api/memberships.csv')).text(), { columns: true }) as Record<string, string>[];
  const list = await (await request.get('/api/lists/2019-12-01')).json();
  for (const category of list.categories) {
    const named = memberships.filter((row) => row.list_date === '2019-12-01' && row.category === category.code).map((row) => row.area);
    expect(named.sort()).toEqual([...category.areaSlugs].sort());
  }
  for (const row of memberships) expect(row.source_ids).not.toBe('');

  const lists = parse(await (await request.get('/api/lists.csv')).text(), { columns: true }) as Record<string, string>[];
  const all = await (await request.get('/api/lists')).json();
  expect(new Set(lists.map((row) => row.date))).toEqual(new Set(all.lists.map((l: { date: string }) => l.date)));
});
