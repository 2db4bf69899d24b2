import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test('/kilder leads to a page per kind of source, which together list every source of /api/sources', async ({ page, request }) => {
  test.setTimeout(120_000);
  const response = await request.get('/api/sources');
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.dataVersion).toMatch(/^[0-9a-f]{12}$/);
  expect(body.sources.length).toBeGreaterThan(0);
  for (const source of body.sources.slice(0, 20)) {
    expect(source).toMatchObject({ id: expect.any(String), url: expect.stringMatching(/^https?:\/\//), citedBy: expect.any(Object) });
  }

  await page.goto('/kilder');
  await expect(page.getByRole('heading', { level: 1, name: 'Kilder' })).toBeVisible();
  await expectNoAxeViolations(page);
  const kinds = page.getByRole('navigation', { name: 'Kildetyper' }).getByRole('link');
  const hrefs = await kinds.evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  expect(hrefs).toContain('/kilder/officielle-lister');
  let listed = 0;
  for (const href of hrefs) {
    await page.goto(href);
    listed += await page.locator('li[id^="kilde-"]').count();
  }
  expect(listed).toBe(body.sources.length);
  await page.goto('/kilder/officielle-lister');
  await expect(page.getByRole('heading', { level: 1, name: /^Officielle lister \(\d+\)$/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a source cited by Vollsmose's profile links back to /omraader/vollsmose", async ({ page }) => {
  await page.goto('/omraader/vollsmose');
  // The footnotes on the heading cite the sources for the area itself.
  const href = await page.getByRole('heading', { level: 1 }).getByRole('link').first().getAttribute('href');
  expect(href).toMatch(/^#kilde-/);

  const { sources } = (await (await page.request.get('/api/sources')).json()) as { sources: { id: string; kind: string }[] };
  const kind = sources.find((source) => `#kilde-${source.id}` === href)!.kind;
  const slugs: Record<string, string> = { official_list: 'officielle-lister', news: 'nyheder', encyclopedia: 'opslagsvaerker', municipality: 'kommuner', other: 'andre', housing_organisation: 'boligorganisationer', report: 'rapporter', ministry: 'ministerier', law: 'love', court: 'domstole', gazetteer: 'stednavne' };
  await page.goto(`/kilder/${slugs[kind]}${href}`);
  const entry = page.locator(`li${href}`);
  await expect(entry).toBeVisible();
  // What cites the source, below its title.
  const back = entry.locator('.note').getByRole('link', { name: 'Vollsmose', exact: true });
  await expect(back).toHaveAttribute('href', '/omraader/vollsmose');
  await back.click();
  await expect(page).toHaveURL(/\/omraader\/vollsmose$/);
});

test('/om shows every era of criteria behind the lists', async ({ page, request }) => {
  const { lists } = await (await request.get('/api/lists')).json();
  const eras = [...new Set(lists.map((list: { criteriaEra: string }) => list.criteriaEra))] as string[];
  expect(eras).toEqual(expect.arrayContaining(['2010', '2013', '2018', '2021']));

  await page.goto('/om');
  await expect(page.getByRole('heading', { level: 1, name: 'Om Boligatlas' })).toBeVisible();
  const tiers = page.getByRole('table', { name: /Officielle kategorier og harmoniserede niveauer/ });
  for (const era of eras) {
    await expect(tiers.getByRole('link', { name: era, exact: true })).toBeVisible();
    await expect(page.getByRole('table', { name: `Kriterier og tærskler fra ${era}` })).toBeVisible();
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Meld en fejl' })).toBeVisible();
  await expectNoAxeViolations(page);
});
