import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { expectNoAxeViolations } from './axe';

const three = 'gellerupparken-toveshoej,vollsmose,tingbjerg-utterslevhuse';

test('a planner puts three areas side by side, with facts, list years, figures, interventions and sources', async ({ page }) => {
  // Three full profiles side by side, every footnote resolved and an axe scan: slow on two busy cores.
  test.setTimeout(60_000);
  await page.goto(`/sammenlign?omraader=${three}`);
  const facts = page.getByRole('table', { name: 'Fakta side om side' });
  for (const name of ['Gellerupparken/Toveshøj', 'Vollsmose', 'Tingbjerg/Utterslevhuse']) {
    await expect(facts.getByRole('columnheader', { name })).toBeVisible();
  }
  await expect(facts.getByRole('row', { name: /Kommune/ })).toContainText('Odense');
  await expect(facts.getByRole('row', { name: /Højeste kategori/ })).toContainText('hårdt ghettoområde');
  const lists = page.getByRole('table', { name: /Kategori på årets/ });
  await expect(lists.getByRole('row', { name: /^2019/ })).toContainText('hårdt ghettoområde');
  await expect(page.getByRole('table', { name: /Boliger nedrevet, solgt/ }).locator('sup a').first()).toBeVisible();
  await expect(page.getByRole('table', { name: /Indsatserne i hvert område/ }).getByRole('rowheader', { name: 'udviklingsplan', exact: true })).toBeVisible();
  await expect(page.locator('.bibliography li').first()).toBeVisible();
  // Every footnote on the page points at an entry of the bibliography.
  const targets = await page.locator('sup.refs a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  for (const target of new Set(targets)) await expect(page.locator(target!)).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('the comparison aligns by calendar year or by the year of first designation', async ({ page }) => {
  await page.goto(`/sammenlign?omraader=${three}`);
  await page.getByRole('link', { name: 'år siden første udpegning' }).click();
  await expect(page).toHaveURL(/align=udpegning/);
  const table = page.getByRole('table', { name: /regnet fra første udpegning/ });
  const first = table.getByRole('row', { name: /^\+0/ });
  // Year 0 is each area's first list: every column has a category there.
  await expect(first.getByRole('cell')).toHaveCount(3);
  for (const cell of await first.getByRole('cell').all()) await expect(cell).not.toHaveText('–');
  await expect(page.locator('figure.chart .chart-wide svg')).toBeVisible();
  await page.getByRole('link', { name: 'kalenderår' }).click();
  await expect(page).not.toHaveURL(/align=udpegning/);
  await expect(page.getByRole('table', { name: /Kategori på årets/ })).toBeVisible();
});

test('areas are added and removed in place with a searching combobox, Enter adds, and the URL is the permalink', async ({ page }) => {
  await page.goto('/sammenlign');
  // Nothing is wrong before the user has chosen anything.
  await expect(page.locator('.error-note')).toHaveCount(0);
  // A marker on the window survives soft navigation and dies with a reload.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  const box = page.getByRole('combobox', { name: 'Tilføj område' });
  await box.fill('vollsm');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('Vollsmose');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/sammenlign\?omraader=vollsmose$/);
  // One area is a step on the way: a hint, not a warning.
  await expect(page.locator('.error-note')).toHaveCount(0);
  await expect(page.getByText('Vælg mindst 2 områder')).toBeVisible();
  await expect(box).toBeFocused();
  await box.fill('mjølner');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('Mjølnerparken');
  await box.press('Enter');
  await expect(page).toHaveURL(/omraader=vollsmose,mjoelnerparken$/);
  await expect(page.getByRole('table', { name: 'Fakta side om side' })).toBeVisible();
  // The arrows move the highlight; Enter adds the highlighted one, never leaving for the search page.
  await box.fill('taastrup');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('Tåstrupgård');
  await box.press('ArrowDown');
  await box.press('ArrowUp');
  await box.press('Enter');
  await expect(page).toHaveURL(/omraader=vollsmose,mjoelnerparken,taastrupgaard$/);
  await expect(page.getByRole('table', { name: 'Fakta side om side' }).getByRole('columnheader')).toHaveCount(4);
  await page.getByRole('button', { name: 'Fjern Mjølnerparken' }).click();
  await expect(page).toHaveURL(/omraader=vollsmose,taastrupgaard$/);
  await expect(page.getByRole('table', { name: 'Fakta side om side' }).getByRole('columnheader')).toHaveCount(3);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

test('without JavaScript areas are added with the plain form and removed with links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/sammenlign?omraader=vollsmose');
  await page.getByLabel('Tilføj område').selectOption('mjoelnerparken');
  await page.getByRole('button', { name: 'Tilføj' }).click();
  await expect(page).toHaveURL(/omraader=vollsmose,mjoelnerparken$/);
  await expect(page.getByRole('table', { name: 'Fakta side om side' })).toBeVisible();
  await page.getByRole('link', { name: 'Fjern Vollsmose' }).click();
  await expect(page).toHaveURL(/omraader=mjoelnerparken$/);
  await context.close();
});

test('the whole comparison downloads as CSV that parses and matches the page', async ({ page, request }) => {
  await page.goto(`/sammenlign?omraader=${three}`);
  const href = await page.getByRole('link', { name: 'Hele sammenligningen som CSV' }).getAttribute('href');
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/csv');
  const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
  expect(new Set(rows.map((row) => row.area))).toEqual(new Set(three.split(',')));
  const interventions = rows.filter((row) => row.section === 'intervention' && row.area === 'vollsmose');
  const api = await (await request.get('/api/areas/vollsmose')).json();
  expect(interventions.map((row) => row.item).sort()).toEqual([...api.interventions].sort());
  expect((await request.get('/api/compare.csv?areas=vollsmose')).status()).toBe(400);
  expect((await request.get('/api/compare.csv?areas=a,b&x=1')).status()).toBe(400);
});

test('GET /api/compare is the JSON twin of the page, and refuses what the page would warn about', async ({ request }) => {
  const response = await request.get('/api/compare?areas=gellerupparken-toveshoej,vollsmose');
  expect(response.status()).toBe(200);
  const comparison = await response.json();
  expect(comparison.areas.map((a: { slug: string }) => a.slug)).toEqual(['gellerupparken-toveshoej', 'vollsmose']);
  const gellerup = comparison.areas[0];
  expect(gellerup.years.length).toBeGreaterThan(5);
  expect(gellerup.figures.find((f: { measure: string }) => f.measure === 'dwellings_demolished').planned.value).toBeGreaterThan(0);
  expect(comparison.bibliography.length).toBeGreaterThan(0);
  const few = await request.get('/api/compare?areas=vollsmose');
  expect(few.status()).toBe(400);
  expect((await few.json()).error.message).toContain('choose at least 2 areas');
  expect((await request.get('/api/compare?areas=vollsmose,nowhere')).status()).toBe(400);
  expect((await request.get('/api/compare?areas=vollsmose,tingbjerg-utterslevhuse&x=1')).status()).toBe(400);
});

test('the area twin carries the dwelling figures and development plans its page shows', async ({ request }) => {
  const area = await (await request.get('/api/areas/gellerupparken-toveshoej')).json();
  expect(area.figures.map((f: { measure: string }) => f.measure)).toEqual(['dwellings_demolished', 'dwellings_sold', 'dwellings_converted', 'dwellings_built']);
  expect(area.developmentPlans.length).toBeGreaterThan(0);
  expect(area.developmentPlans[0].measures.length).toBe(4);
});
