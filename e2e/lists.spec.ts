import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test('/lister shows every list with its published totals', async ({ page }) => {
  await page.goto('/lister');
  await expect(page.getByRole('heading', { level: 1, name: 'Statens lister' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Alle lister med antal pr. kategori' });
  await expect(table.getByRole('link', { name: '26. okt. 2010' })).toBeVisible();
  await expect(table.getByRole('link', { name: '1. dec. 2018' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a list page shows its categories, the criteria then, and the changes since the list before', async ({ page }) => {
  await page.goto('/lister/2022-12-01');
  await expect(page.getByRole('heading', { level: 1, name: /Listen pr\. 1\. dec\. 2022/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Kriterierne dengang' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /^omdannelsesområde: 9 områder/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Kom på og gik af siden 1\. dec\. 2021/ })).toBeVisible();
  // Tingbjerg/Utterslevhuse left the lists in 2022.
  await expect(page.getByRole('region', { name: /Kom på og gik af/ }).getByText(/Tingbjerg\/Utterslevhuse/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an incomplete category says how many names are missing', async ({ page, request }) => {
  const list = await (await request.get('/api/lists/2010-10-26')).json();
  const ghetto = list.categories.find((category: { code: string }) => category.code === 'ghetto');
  expect(ghetto.complete).toBe(false);
  await page.goto('/lister/2010-10-26');
  await expect(page.getByText(new RegExp(`Vi har fundet ${ghetto.areaSlugs.length} af ${ghetto.publishedTotal} navne`))).toBeVisible();
});

test('the area list history links to each list', async ({ page }) => {
  await page.goto('/omraader/vollsmose');
  const link = page.getByRole('table', { name: /Status på statens lister/ }).getByRole('link', { name: '1. dec. 2019' });
  await expect(link).toHaveAttribute('href', '/lister/2019-12-01');
  await link.click();
  // A client-side navigation from a large profile; on two busy cores its page can take more than the default 5 s.
  await expect(page).toHaveURL(/\/lister\/2019-12-01$/, { timeout: 20_000 });
});

test('GET /api/lists and /api/lists/{date}', async ({ request }) => {
  const all = await (await request.get('/api/lists')).json();
  expect(all.lists.length).toBeGreaterThanOrEqual(15);
  const response = await request.get('/api/lists/2021-12-01');
  expect(response.status()).toBe(200);
  const list = await response.json();
  const omdannelse = list.categories.find((category: { code: string }) => category.code === 'omdannelse');
  expect(omdannelse).toMatchObject({ publishedTotal: 10, complete: true });
  expect(omdannelse.areaSlugs).toContain('mjoelnerparken');
  expect((await request.get('/api/lists/1999-12-01')).status()).toBe(404);
  const bad = await request.get('/api/lists/not-a-date');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toContain('date');
});

test('a derived membership says so and how, on the list page, the profile and in the CSV, which can keep printed ones only', async ({ page, request }) => {
  const list = await (await request.get('/api/lists/2023-12-01')).json();
  const udsat = list.categories.find((c: { code: string }) => c.code === 'udsat');
  const askeroed = udsat.areas.find((a: { slug: string }) => a.slug === 'askeroed');
  expect(askeroed).toMatchObject({ basis: 'derived', derivation: expect.stringContaining('61 a') });

  await page.goto('/lister/2023-12-01');
  const entry = page.getByRole('region', { name: /Udsat boligområde/i }).getByRole('listitem').filter({ hasText: 'Askerød' });
  await entry.getByText('udledt', { exact: true }).click();
  await expect(entry.getByText(/61 a/)).toBeVisible();

  await page.goto('/en/lists/2023-12-01');
  const english = page.getByRole('region', { name: /vulnerable area/i }).getByRole('listitem').filter({ hasText: 'Askerød' });
  await english.getByText('derived', { exact: true }).click();
  await expect(english.getByText(/section 61 a/)).toBeVisible();

  const { parse } = await import('csv-parse/sync');
  const all = parse(await (await request.get('/api/memberships.csv')).text(), { columns: true }) as Record<string, string>[];
  const printed = parse(await (await request.get('/api/memberships.csv?basis=printed')).text(), { columns: true }) as Record<string, string>[];
  expect(new Set(all.map((row) => row.basis))).toEqual(new Set(['printed', 'derived']));
  expect(printed.length).toBeGreaterThan(0);
  expect(printed.length).toBeLessThan(all.length);
  expect(printed.every((row) => row.basis === 'printed')).toBe(true);
  expect((await request.get('/api/memberships.csv?basis=maybe')).status()).toBe(400);
});

test('a list page past its last names answers with the list, and its canonical address is the list itself', async ({ page }) => {
  await page.goto('/lister/2022-12-01');
  const names = await page.locator('section[aria-labelledby="kategorier"] li > a').allTextContents();
  expect(names.length).toBeGreaterThan(0);
  // Every list fits on its first page today (up to 100 names per category), so there is no pager ...
  await expect(page.getByRole('navigation', { name: 'Sider' })).toHaveCount(0);
  // ... and a later page, rendered per request, is the last page: the same names.
  await page.goto('/lister/2022-12-01?page=2');
  expect(await page.locator('section[aria-labelledby="kategorier"] li > a').allTextContents()).toEqual(names);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/lister\/2022-12-01$/);
});
