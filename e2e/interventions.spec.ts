import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { expectNoAxeViolations } from './axe';

test('the catalogue shows its first page prerendered, says which rows it shows, and filters with a plain form', async ({ page, request }) => {
  const all = await (await request.get('/api/interventions')).json();
  expect(all.count).toBeGreaterThan(50);
  await page.goto('/indsatser');
  await expect(page.getByRole('heading', { level: 1, name: 'Indsatser' })).toBeVisible();
  const table = page.getByRole('table', { name: /^Indsatser/ });
  await expect(table.locator('tbody tr')).toHaveCount(50);
  const pager = page.getByRole('navigation', { name: 'Sider' }).first();
  await expect(pager).toContainText(`Viser 1–50 af ${all.count}`);
  await expect(pager).toContainText(`Side 1 af ${Math.ceil(all.count / 50)}`);
  await expectNoAxeViolations(page);

  // Each choice applies at once, as on /kort; several values of one facet add up.
  await page.locator('details.facet summary', { hasText: 'Type' }).click();
  await page.getByRole('checkbox', { name: /^Sociale indsatser/ }).check();
  await expect(page).toHaveURL(/kind=social/);
  await page.locator('details.facet summary', { hasText: 'Område' }).click();
  await page.getByRole('checkbox', { name: /^Vollsmose \(/ }).check();
  await expect(page).toHaveURL(/area=vollsmose/);
  await page.getByRole('checkbox', { name: /^Gellerupparken\/Toveshøj \(/ }).check();
  await expect(page).toHaveURL(/area=vollsmose&area=gellerupparken-toveshoej|area=gellerupparken-toveshoej&area=vollsmose/);
  const filtered = await (await request.get('/api/interventions?kind=social&area=vollsmose,gellerupparken-toveshoej')).json();
  expect(filtered.filter).toEqual({ kind: ['social'], area: ['vollsmose', 'gellerupparken-toveshoej'] });
  const vollsmose = await (await request.get('/api/interventions?kind=social&area=vollsmose')).json();
  expect(filtered.count).toBeGreaterThan(vollsmose.count);
  expect(filtered.count).toBeLessThanOrEqual(50);
  await expect(table.locator('tbody tr')).toHaveCount(filtered.count);
  for (const row of await table.locator('tbody tr').all()) {
    // The kind stands under the category, in the category's column.
    await expect(row.locator('td').first().locator('.note')).toHaveText('Sociale indsatser');
    await expect(row).toContainText(/Vollsmose|Gellerup/);
  }
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${filtered.count} indsats`) })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Viser' })).toHaveText(new RegExp(`^Viser ${filtered.count} indsatser af ${all.count}\\.`));
  await expect(page.locator('details.facet summary', { hasText: 'Område' })).toContainText('(2 valgt)');
});

test('the catalogue pages through every intervention with links, in a sort order that carries over', async ({ page, request }) => {
  const all = await (await request.get('/api/interventions')).json();
  const pages = Math.ceil(all.count / 25);
  await page.goto('/indsatser?sort=title&size=25');
  const table = page.getByRole('table', { name: /^Indsatser/ });
  const pager = page.getByRole('navigation', { name: 'Sider' }).first();
  const seen: string[] = [];
  for (let at = 1; at <= pages; at++) {
    await expect(pager).toContainText(`Side ${at} af ${pages}`);
    const from = (at - 1) * 25 + 1;
    await expect(pager).toContainText(`Viser ${from}–${Math.min(all.count, at * 25)} af ${all.count}`);
    const hrefs = await table.locator('tbody tr th a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBe(Math.min(25, all.count - (at - 1) * 25));
    seen.push(...hrefs);
    if (at < pages) {
      await pager.getByRole('link', { name: /^Næste/ }).click();
      await expect(page).toHaveURL(new RegExp(`page=${at + 1}`));
      await expect(page).toHaveURL(/sort=title/);
      await expect(page).toHaveURL(/size=25/);
    } else {
      await expect(pager.getByRole('link', { name: /^Næste/ })).toHaveCount(0);
    }
  }
  // Every intervention once, in title order over all the pages.
  expect(new Set(seen).size).toBe(all.count);
  const titles = new Map<string, string>(all.interventions.map((i: { slug: string; title: string }) => [`/indsatser/${i.slug}`, i.title]));
  const shown = seen.map((href) => titles.get(href)!);
  expect(shown).toEqual([...shown].sort(new Intl.Collator('da').compare));
  // A page past the end shows the last page; a bad page number the first.
  await page.goto(`/indsatser?size=25&page=${pages + 10}`);
  await expect(pager).toContainText(`Side ${pages} af ${pages}`);
  await page.goto('/indsatser?page=abc');
  await expect(pager).toContainText(`Viser 1–50 af ${all.count}`);
});

test('without JavaScript the catalogue filters with the same form and its button, and pages with links', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/indsatser');
  await page.locator('details.facet summary', { hasText: 'Status' }).click();
  await page.getByRole('checkbox', { name: /^gennemført/ }).check();
  await page.getByRole('checkbox', { name: /^i gang/ }).check();
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page).toHaveURL(/status=ongoing&status=completed|status=completed&status=ongoing/);
  const api = await (await request.get('/api/interventions?status=completed,ongoing')).json();
  const table = page.getByRole('table', { name: /^Indsatser/ });
  await expect(table.locator('tbody tr')).toHaveCount(Math.min(50, api.count));
  const pager = page.getByRole('navigation', { name: 'Sider' }).first();
  await expect(pager).toContainText(`af ${api.count}`);
  // The row count per page is a link too, and keeps the filter.
  await pager.getByRole('link', { name: '100', exact: true }).click();
  await expect(page).toHaveURL(/size=100/);
  await expect(page).toHaveURL(/status=/);
  await expect(table.locator('tbody tr')).toHaveCount(Math.min(100, api.count));
  if (api.count > 100) {
    await pager.getByRole('link', { name: /^Næste/ }).click();
    await expect(table.locator('tbody tr')).toHaveCount(Math.min(100, api.count - 100));
  }
  await context.close();
});

test('the overview of the catalogue shows the matrix of areas and kinds and the dwelling figures per area', async ({ page }) => {
  await page.goto('/indsatser');
  await page.getByRole('link', { name: /^Se hvem der har prøvet hvad/ }).click();
  await expect(page).toHaveURL(/\/indsatser\/overblik$/);
  await expect(page.locator('main table').first()).toBeVisible();
  await expect(page.locator('main')).toContainText('Vollsmose');
  await expectNoAxeViolations(page);
});

test('the catalogue sorts by a column, and the quantities keep planned apart from done', async ({ page }) => {
  await page.goto('/indsatser?category=demolition');
  const table = page.getByRole('table', { name: /^Indsatser/ });
  await table.getByRole('link', { name: 'boliger nedrevet' }).click();
  await expect(page).toHaveURL(/sort=dwellings_demolished/);
  await expect(table.getByRole('columnheader', { name: /boliger nedrevet/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.locator('.basis-planned').first()).toContainText('plan.');
});

test('an intervention page shows status, areas, relations, quantities and sources, like its JSON', async ({ page, request }) => {
  const api = await (await request.get('/api/interventions/vollsmose-udviklingsplan')).json();
  await page.goto('/indsatser/vollsmose-udviklingsplan');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(api.title);
  await expect(page.getByText(/sidst bekræftet/).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Vollsmose', exact: true }).first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'Omfang' }).locator('tbody tr')).toHaveCount(api.quantities.length);
  const relations = page.getByRole('region', { name: 'Sammenhænge' }).getByRole('listitem');
  await expect(relations).toHaveCount(api.relations.length);
  await expect(page.locator('.bibliography li')).toHaveCount(api.bibliography.length);
  await expectNoAxeViolations(page);
  // A relation leads to the other intervention's page.
  await relations.first().getByRole('link', { name: api.relations[0].title }).click();
  await expect(page).toHaveURL(new RegExp(`/indsatser/${api.relations[0].target}$`));
});

test('an area profile draws its interventions on a timeline with a text version and the accompanies links', async ({ page, request }) => {
  const area = await (await request.get('/api/areas/gellerupparken-toveshoej')).json();
  await page.goto('/omraader/gellerupparken-toveshoej');
  const timeline = page.getByRole('region', { name: 'Tidslinje' });
  // Every bar has its name beside it, as text, not in a hover tooltip.
  const physical = timeline.locator('.tl-row.tl-physical').first();
  await expect(physical.locator('.tl-bar')).toBeVisible();
  await expect(physical.getByRole('link')).toBeVisible();
  await expect(timeline.locator('.tl-row.tl-social .tl-bar').first()).toBeVisible();
  await expect(timeline.locator('.tl-legend')).toContainText('social indsats, der ledsager den fysiske over den');
  // The text version, one click away, names every intervention of the area, dated or not.
  await timeline.getByText('Tidslinjen i tekst').click();
  const text = timeline.locator('.timeline-text');
  for (const slug of area.interventions) await expect(text.locator(`a[href="/indsatser/${slug}"]`).first()).toBeAttached();
  // Every accompanies link is listed in text; those whose two ends have years are drawn too:
  // the social row right under its physical one, or named under it when drawn under another.
  type Item = { slug: string; startYear: number | null; endYear: number | null; relations: { type: string; direction: string; target: string }[] };
  const items: Item[] = area.facts.interventions;
  const dated = new Set(items.filter((i) => (i.startYear ?? i.endYear) !== null).map((i) => i.slug));
  const links = items.flatMap((i) =>
    i.relations.filter((r) => r.type === 'accompanies' && r.direction === 'outgoing').map((r) => ({ from: i.slug, to: r.target })),
  );
  const drawable = links.filter((link) => dated.has(link.from) && dated.has(link.to));
  expect(drawable.length).toBeGreaterThan(0);
  for (const link of drawable) {
    const under = timeline.locator(`.tl-companion[data-slug="${link.from}"][data-accompanies="${link.to}"]`);
    const named = timeline.locator(`.tl-companion[data-slug="${link.from}"] a[href="/indsatser/${link.to}"]`);
    expect((await under.count()) + (await named.count())).toBe(1);
  }
  // A companion row sits right under the physical row it accompanies.
  const first = drawable[0]!;
  const rows = await timeline.locator('.tl-row[data-slug]').evaluateAll((els) => els.map((el) => [el.getAttribute('data-slug'), el.getAttribute('data-accompanies')]));
  const at = rows.findIndex(([slug, accompanies]) => slug === first.from && accompanies === first.to);
  if (at >= 0) expect(rows.slice(0, at).filter(([, accompanies]) => accompanies === null).at(-1)?.[0]).toBe(first.to);
  const listed = text.getByRole('heading', { name: 'Sociale indsatser, der ledsager fysiske' }).locator('xpath=following-sibling::ul[1]/li');
  await expect(listed).toHaveCount(links.length);
  await expectNoAxeViolations(page);
});

test('a planner reads how many dwellings were demolished and are still planned in Vollsmose, with sources', async ({ page }) => {
  await page.goto('/omraader/vollsmose#tal');
  const figures = page.getByRole('table', { name: /Boliger nedrevet, solgt, omdannet og bygget i Vollsmose/ });
  const demolished = figures.getByRole('row', { name: /boliger nedrevet/ });
  await expect(demolished.getByRole('cell').nth(0)).toContainText(/\d/);
  await expect(demolished.getByRole('cell').nth(0).locator('sup a').first()).toBeVisible();
});

test('the API filters, answers 400 naming a bad parameter, and has CSV twins that parse', async ({ request }) => {
  for (const [query, parameter] of [
    ['kind=bogus', 'kind'],
    ['year=abc', 'year'],
    ['area=%3Cscript%3E', 'area'],
    ['unknown=1', 'unknown'],
  ]) {
    const response = await request.get(`/api/interventions?${query}`);
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.error.status).toBe(400);
    expect(body.error.message).toContain(`"${parameter}"`);
    expect((await request.get(`/api/interventions.csv?${query}`)).status()).toBe(400);
  }
  const json = await (await request.get('/api/interventions?category=demolition')).json();
  const csvResponse = await request.get('/api/interventions.csv?category=demolition');
  expect(csvResponse.headers()['content-type']).toContain('text/csv');
  const rows = parse(await csvResponse.text(), { columns: true }) as Record<string, string>[];
  expect(rows.map((row) => row.slug)).toEqual(json.interventions.map((i: { slug: string }) => i.slug));
  for (const row of rows) expect(row.category).toBe('demolition');

  const bom = await (await request.get('/api/interventions.csv?bom=1')).body();
  expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

  const quantities = parse(await (await request.get('/api/quantities.csv?area=vollsmose')).text(), { columns: true }) as Record<string, string>[];
  expect(quantities.length).toBeGreaterThan(0);
  for (const row of quantities) {
    expect(['planned', 'completed']).toContain(row.basis);
    expect(row.source_ids).not.toBe('');
  }
});
