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
  // Each kind's page says how many it has and shows them a page at a time, every page by a plain link.
  const ids: string[] = [];
  for (const href of hrefs) {
    await page.goto(href);
    const total = Number((await page.getByRole('heading', { level: 1 }).textContent())!.match(/\((\d[\d.]*)\)$/)![1]!.replace(/\./g, ''));
    const before = ids.length;
    for (;;) {
      ids.push(...(await page.locator('li[id^="kilde-"]').evaluateAll((items) => items.map((item) => item.id.slice('kilde-'.length)))));
      const next = page.getByRole('navigation', { name: 'Sider' }).first().getByRole('link', { name: /Næste/ });
      if ((await next.count()) === 0) break;
      // Follow the plain link the way a reader without JavaScript would, and wait for its page.
      await page.goto((await next.getAttribute('href'))!);
    }
    expect(ids.length - before, href).toBe(total);
  }
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.sort()).toEqual(body.sources.map((source: { id: string }) => source.id).sort());
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
  // A source's lasting address: its kind's page holding it, whichever page of the bibliography that is.
  await page.goto(`/kilder/${slugs[kind]}?kilde=${href!.slice('#kilde-'.length)}${href}`);
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

test('/om shows the data-quality counts, each against its total, with the date of the data', async ({ page }) => {
  await page.goto('/om');
  const table = page.getByRole('table', { name: 'Datakvalitet: hvad der mangler eller er usikkert' });
  await expect(table).toBeVisible();
  for (const what of ['Kilder uden udgivelsesdato', 'Indsatser, hvis status måske er forældet', 'Indsatser, hvis status kun bekræftes af kilder uden dato']) {
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${what}`) }) });
    await expect(row).toHaveCount(1);
    const [count, total] = (await row.getByRole('cell').allInnerTexts()).map((text) => Number(text.replace(/\D/g, '')));
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(total!);
  }
  await expect(page.getByText(/Den nyeste registrerede liste er fra/)).toBeVisible();
});

test('the bibliography of a kind is prerendered a page at a time; later pages and a source’s own page work without JavaScript', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const first = await request.get('/kilder/nyheder');
  expect(first.headers()['x-nextjs-cache'] ?? first.headers()['x-nextjs-prerender']).toBeTruthy();
  await page.goto('/kilder/nyheder');
  const entries = page.locator('li[id^="kilde-"]');
  await expect(entries).toHaveCount(50);
  const pager = page.getByRole('navigation', { name: 'Sider' }).first();
  await expect(pager).toContainText(/Viser 1–50 af \d+/);
  const firstIds = await entries.evaluateAll((items) => items.map((item) => item.id));
  await pager.getByRole('link', { name: /Næste/ }).click();
  await expect(page).toHaveURL(/\/kilder\/nyheder\?page=2$/);
  await expect(pager).toContainText(/Viser 51–100 af/);
  const secondIds = await entries.evaluateAll((items) => items.map((item) => item.id));
  expect(secondIds.some((id) => firstIds.includes(id))).toBe(false);
  // A source on page 2 asked for by its id: the page holding it, with paging links that drop the id.
  const id = secondIds[7]!.slice('kilde-'.length);
  await page.goto(`/kilder/nyheder?kilde=${id}`);
  await expect(page.locator(`li#kilde-${id}`)).toBeVisible();
  await expect(pager).toContainText(/Viser 51–100 af/);
  await expect(pager.getByRole('link', { name: /Forrige/ })).toHaveAttribute('href', '/kilder/nyheder');
  // The same in English, under its English path.
  await page.goto('/en/sources/nyheder?page=2');
  await expect(page.getByRole('navigation', { name: 'Pages' }).first()).toContainText(/Showing 51–100 of/);
  await context.close();
});
