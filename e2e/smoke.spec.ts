import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const founding = [
  'gellerupparken-toveshoej',
  'aalborg-oest',
  'sebbersundvej-mv',
  'kildeparken',
  'vollsmose',
  'tingbjerg-utterslevhuse',
  'mjoelnerparken',
  'taastrupgaard',
  'urbanplanen',
  'hoergaarden',
];

test('front page says what Boligatlas is and leads to the areas', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Boligatlas' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Se alle områder' }).click();
  await expect(page).toHaveURL(/\/omraader$/);
});

test('a page fetches no other page until a link is followed, and a followed link navigates in place', async ({ page }) => {
  const payloads: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).searchParams.has('_rsc')) payloads.push(request.url());
  });
  await page.goto('/', { waitUntil: 'networkidle' });
  await page.mouse.wheel(0, 4000);
  await page.waitForLoadState('networkidle');
  // The front page links to every area, list and catalogue: none of them is fetched ahead.
  expect(payloads).toEqual([]);
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Områder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Områder' })).toBeVisible();
  await expect(page).toHaveURL(/\/omraader$/);
  // The same document: the click fetched the one page's payload instead of reloading.
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  expect(payloads).toHaveLength(1);
});

test('areas page lists every founding area with type, municipality and latest category', async ({ page }) => {
  await page.goto('/omraader');
  await expect(page.getByRole('heading', { level: 1, name: 'Områder' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Alle områder' });
  await expect(table.getByRole('columnheader', { name: 'Seneste kategori' })).toBeVisible();
  await expectNoAxeViolations(page);
  // The catalogue shows a page at a time: follow its pager until every founding area has been seen.
  const wanted = new Set(['Vollsmose', 'Mjølnerparken', 'Tåstrupgård', 'Urbanplanen', 'Aalborg Øst']);
  for (;;) {
    for (const name of [...wanted]) {
      const link = table.getByRole('link', { name, exact: true });
      if ((await link.count()) === 0) continue;
      await expect(link).toBeVisible();
      wanted.delete(name);
      if (name === 'Vollsmose') {
        const vollsmose = table.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
        await expect(vollsmose).toContainText('Odense');
        await expect(vollsmose).toContainText('listet boligområde');
      }
    }
    const next = page.getByRole('navigation', { name: 'Sider' }).first().getByRole('link', { name: /^Næste/ });
    if (wanted.size === 0 || (await next.count()) === 0) break;
    await page.goto((await next.getAttribute('href'))!);
  }
  expect([...wanted]).toEqual([]);
});

for (const slug of founding) {
  test(`profile /omraader/${slug} shows facts, list history, interventions and sources`, async ({ page }) => {
    const response = await page.goto(`/omraader/${slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Fakta' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Listehistorik' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Indsatser' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Kilder' })).toBeVisible();
    // The bibliography is folded; its toggle says how many sources it holds and opens it.
    const fold = page.locator('details.bibliography-fold > summary');
    await expect(fold).toHaveText(/^Vis alle \d+ kilder$/);
    await fold.click();
    await expect(page.locator('.bibliography li').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('an unknown area answers 404 with a page that helps', async ({ page }) => {
  const response = await page.goto('/omraader/findes-ikke');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Siden findes ikke' })).toBeVisible();
});
