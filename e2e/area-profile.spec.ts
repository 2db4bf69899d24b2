import { expect, test } from '@playwright/test';

test('a footnote leads from a fact to the source that states it', async ({ page }) => {
  await page.goto('/omraader/vollsmose');
  const facts = page.locator('dl.facts');
  const firstRef = facts.locator('sup.refs a').first();
  const href = await firstRef.getAttribute('href');
  expect(href).toMatch(/^#kilde-/);
  await firstRef.click();
  const target = page.locator(href ?? '');
  await expect(target).toBeVisible();
  await expect(target.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
});

test('interventions are grouped physical / social, with planned and completed kept apart', async ({ page }) => {
  await page.goto('/omraader/taastrupgaard');
  await expect(page.getByRole('heading', { level: 3, name: /^Fysiske indsatser/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /^Sociale indsatser/ })).toBeVisible();
  // Every quantity says whether it was planned or done.
  const bases = page.locator('table.quantities tbody td .basis');
  expect(await bases.count()).toBeGreaterThan(0);
  for (const text of await bases.allTextContents()) expect(['planlagt', 'gennemført']).toContain(text);
});

test('a district gathers the list history of its listed part', async ({ page }) => {
  await page.goto('/omraader/urbanplanen');
  await expect(page.locator('p.lead')).toContainText('bydel i København Kommune');
  const history = page.getByRole('table', { name: /Status på statens lister/ });
  await expect(history.getByRole('link', { name: 'Hørgården' }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Hørgården', exact: true }).first().click();
  await expect(page).toHaveURL(/\/omraader\/hoergaarden$/);
  await expect(page.locator('p.lead')).toContainText('del af Urbanplanen');
});

test('unknown facts say "ukendt" instead of being hidden', async ({ page }) => {
  await page.goto('/omraader/sebbersundvej-mv');
  await expect(page.locator('dl.facts .unknown').first()).toHaveText(/ukendt/);
});

test('footnote markers are small and grouped, show their source on focus, and the bibliography links back', async ({ page }) => {
  await page.goto('/omraader/vollsmose');
  const marker = page.getByRole('heading', { level: 1 }).locator('sup.refs');
  await expect(marker).toHaveText(/^\[\d+(, \d+)*\]$/);
  const size = await marker.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeLessThanOrEqual(12);
  const first = marker.getByRole('link').first();
  // The preview and the full name are the source's, copied from its bibliography entry once the page runs.
  await expect(first).toHaveAttribute('data-preview', /\S/);
  await expect(first).toHaveAttribute('aria-label', /^Kilde \d+: \S/);
  const preview = await first.getAttribute('data-preview');
  const citation = await page.locator(`li${await first.getAttribute('href')} .cite`).textContent();
  expect(preview).toBe(citation!.replace(/\s+/g, ' ').trim());
  await first.focus();
  const shown = await first.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(shown).toContain(preview!.slice(0, 20));
  const href = await first.getAttribute('href');
  await first.click();
  const entry = page.locator(`li${href}`);
  await expect(entry).toBeInViewport();
  await entry.getByRole('link', { name: /Tilbage til første henvisning/ }).click();
  await expect(page).toHaveURL(/#henvisning-/);
  await expect(first).toBeInViewport();
});

test('a profile starts with the answer: where, list status, development plan, key figures and the map', async ({ page, request }) => {
  const area = await (await request.get('/api/areas/vollsmose')).json();
  await page.goto('/omraader/vollsmose');
  const summary = page.getByRole('region', { name: 'Overblik' });
  await expect(summary).toBeVisible();
  // It comes before the in-page contents and the facts.
  const order = await page.evaluate(() => {
    const at = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().top;
    return [at('.profile-summary'), at('.page-toc'), at('#fakta')];
  });
  expect(order).toEqual([...order].sort((a, b) => a - b));
  await expect(summary.locator('dd').first()).toContainText('Odense Kommune');
  await expect(summary.locator('[data-summary="status"]')).toContainText(/På listen af 1\. dec\. 2024: .*omdannelsesområde/);
  await expect(summary.locator('[data-summary="status"]')).toContainText('den nyeste liste, vi har registreret');
  // The development plan with planned and completed kept apart, each with its year or "no figure".
  const plan = summary.locator('[data-summary="plan"]');
  await expect(plan.getByRole('link').first()).toHaveAttribute('href', /^\/indsatser\//);
  await expect(plan).toContainText(/planlagt \(\d{4}\)|planlagt: intet tal/);
  await expect(plan).toContainText(/gennemført \(\d{4}\)|gennemført: intet tal/);
  await expect(summary.locator('[data-summary="figures"]')).toContainText(`${area.interventions.length} registrerede indsatser`);
  await expect(summary.locator('.atlas-map-canvas')).toBeVisible();
});

test('the bibliography is folded until a footnote or its toggle opens it', async ({ page }) => {
  await page.goto('/omraader/vollsmose');
  const fold = page.locator('details.bibliography-fold');
  await expect(fold).not.toHaveAttribute('open', '');
  await expect(fold.locator('summary')).toHaveText(/^Vis alle \d+ kilder$/);
  await page.locator('dl.facts sup.refs a').first().click();
  await expect(fold).toHaveAttribute('open', '');
});

test('an area that is not on the newest list says when it last was', async ({ page }) => {
  await page.goto('/omraader/agervang');
  const status = page.getByRole('region', { name: 'Overblik' }).locator('[data-summary="status"]');
  await expect(status).toContainText(/Ikke (fundet )?på listen af 1\. dec\. 2024/);
  await expect(status).toContainText(/Sidst på listen af /);
});

test('without JavaScript a footnote marker is still a named link to its bibliography entry, which holds the source once', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/omraader/vollsmose');
  const first = page.getByRole('heading', { level: 1 }).locator('sup.refs').getByRole('link').first();
  await expect(first).toHaveAttribute('aria-label', /^Kilde \d+$/);
  const entry = page.locator(`li${await first.getAttribute('href')}`);
  await expect(entry.locator('.cite')).toHaveText(/\S/);
  // The source is written once, on its entry: no preview per marker.
  expect(await page.locator('.refs a[data-preview]').count()).toBe(0);
  await context.close();
});

test('the page payload carries a footnote marker as its number, while the HTML has the full link', async ({ request }) => {
  const html = await (await request.get('/omraader/vollsmose')).text();
  const payload = [...html.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)].map((m) => m[1]).join('');
  const markup = html.replace(/<script>self\.__next_f\.push\(.*?\)<\/script>/gs, '');
  // The served HTML: every marker a link to its entry, with its accessible name.
  const markers = markup.match(/<a href="#kilde-[^"]+" aria-label="Kilde \d+">\d+<\/a>/g) ?? [];
  expect(markers.length).toBeGreaterThan(100);
  // The React Server Components payload: no marker links, no per-marker names (FootnoteMarks).
  expect(payload.length).toBeGreaterThan(0);
  expect(payload).not.toContain('aria-label\\":\\"Kilde ');
  expect(payload).not.toMatch(/href\\":\\"#kilde-/);
});

test('a renamed area keeps its address, goes by its new name and gives the old one with the year of the change', async ({ page }) => {
  await page.goto('/omraader/agervang');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Grønneparken');
  await expect(page.locator('dl.facts')).toContainText('Agervang (tidligere navn, til 2021)');
  await page.goto('/en/areas/agervang');
  await expect(page.locator('dl.facts')).toContainText('Agervang (former name, until 2021)');
});
