import { expect, test } from '@playwright/test';

test('every page has an English twin under /en with English path names, the interface and the texts in English', async ({ page, request }) => {
  await page.goto('/en/areas/vollsmose');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Areas' })).toHaveAttribute('href', '/en/areas');
  for (const heading of ['Facts', 'List history', 'Timeline', 'Interventions', 'Sources']) {
    await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
  }
  // Official names stay as they are; the Danish category names are explained in English; our texts are in English.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Vollsmose');
  await expect(page.getByRole('table', { name: /Status on the state's lists/ })).toContainText('omdannelsesområde (transformation area)');
  const area = await (await request.get('/api/areas/vollsmose')).json();
  await expect(page.locator('main')).toContainText(area.facts.summary.textEn.slice(0, 60));
  await expect(page.locator('main')).not.toContainText(area.facts.summary.text.slice(0, 60));
  // The Danish page is as it was: the Danish text, not the English.
  await page.goto('/omraader/vollsmose');
  await expect(page.locator('main')).toContainText(area.facts.summary.text.slice(0, 60));
  await expect(page.locator('main')).not.toContainText(area.facts.summary.textEn.slice(0, 60));
});

test('the Danish-named /en paths redirect to the English ones, keeping the rest of the URL', async ({ request }) => {
  for (const [from, to] of [
    ['/en/omraader/vollsmose', '/en/areas/vollsmose'],
    ['/en/indsatser?kind=social', '/en/interventions?kind=social'],
    ['/en/lister/2022-12-01', '/en/lists/2022-12-01'],
    ['/en/kort', '/en/map'],
    ['/en/sammenlign', '/en/compare'],
    ['/en/soeg?q=x', '/en/search?q=x'],
    ['/en/kilder', '/en/sources'],
    ['/en/om', '/en/about'],
    ['/en/udviklingsplaner', '/en/development-plans'],
  ] as const) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    expect(response.headers().location, from).toBe(to);
    expect((await request.get(to)).status(), to).toBe(200);
  }
});

test('the language switch keeps the page, and hreflang links name both versions', async ({ page }) => {
  await page.goto('/omraader/mjoelnerparken');
  const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
    links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
  );
  expect(alternates).toEqual(
    expect.arrayContaining([
      ['da', 'https://boligatlas.dk/omraader/mjoelnerparken'],
      ['en', 'https://boligatlas.dk/en/areas/mjoelnerparken'],
    ]),
  );
  // Absolute URLs on the site's origin (BOLIGATLAS_SITE_URL; this default when it is not set).
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://boligatlas.dk/omraader/mjoelnerparken');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/areas\/mjoelnerparken$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Facts', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Dansk' }).click();
  await expect(page).toHaveURL(/\/omraader\/mjoelnerparken$/);
  await expect(page).not.toHaveURL(/\/(en|da)\//);
  await expect(page.getByRole('heading', { level: 2, name: 'Fakta', exact: true })).toBeVisible();
});

test('English search, filters and links stay in English', async ({ page }) => {
  await page.goto('/en');
  await page.getByRole('combobox', { name: 'Search', exact: true }).fill('taastrup');
  const option = page.getByRole('listbox').getByRole('option').first();
  await expect(option).toContainText('Tåstrupgård');
  await option.click();
  await expect(page).toHaveURL(/\/en\/areas\/taastrupgaard$/);
  await page.goto('/en/interventions');
  await page.locator('details.facet summary', { hasText: 'Kind' }).click();
  await page.getByRole('checkbox', { name: /^Social interventions/ }).check();
  await expect(page).toHaveURL(/\/en\/interventions\?kind=social/);
  await expect(page.getByRole('heading', { level: 2, name: /interventions? with the chosen filters/ })).toBeVisible();
});

test('search finds interventions by their English titles, and /en/search shows them in English', async ({ page, request }) => {
  const body = await (await request.get('/api/search?q=demolition')).json();
  expect(body.interventions.length).toBeGreaterThan(0);
  const english = body.interventions.find((hit: { titleEn: string | null }) => /demoli/i.test(hit.titleEn ?? ''));
  expect(english).toBeTruthy();
  await page.goto('/en/search?q=demolition');
  await expect(page.locator('main')).toContainText(english.titleEn);
});

test('an unknown page answers 404 in both languages, and its language link leads to the other 404 without a redirect', async ({ page, request }) => {
  expect((await request.get('/findes-ikke')).status()).toBe(404);
  expect((await request.get('/en/does-not-exist')).status()).toBe(404);
  await page.goto('/findes-ikke');
  const href = await page.getByRole('link', { name: 'English' }).getAttribute('href');
  expect(href).toBe('/en/findes-ikke');
  const response = await request.get(href!, { maxRedirects: 0 });
  expect(response.status()).toBe(404);
});

/** Danish function words that English text does not use (names aside). */
const danishWords = new Set(['og', 'af', 'er', 'det', 'til', 'med', 'på', 'som', 'ikke', 'der', 'har', 'blev', 'fra', 'skal', 'kan', 'efter', 'også', 'eller', 'hvor', 'være', 'sig', 'blive', 'bliver', 'deres', 'mellem', 'under', 'ved', 'mod', 'samt', 'heraf', 'ifølge']);
/** The share of a text's words that are Danish function words. */
function danishShare(text: string): { words: number; share: number } {
  const words = text.toLowerCase().split(/[^a-zæøå]+/).filter(Boolean);
  return { words: words.length, share: words.length ? words.filter((word) => danishWords.has(word)).length / words.length : 0 };
}

// Every area and a sample of interventions, in four shards so that each stays well inside its time
// budget as the data grows. The pages are read as served (no JavaScript), which is what a reader
// without scripts and a search engine get; every text on them is rendered on the server.
const shards = 4;
for (let shard = 0; shard < shards; shard++) {
  test(`the English pages of every area and of a sample of interventions hold no Danish running text (part ${shard + 1} of ${shards})`, async ({ browser, request }) => {
    test.setTimeout(300_000);
    const areas = ((await (await request.get('/api/areas')).json()) as { areas: { slug: string }[] }).areas.map((a) => `/en/areas/${a.slug}`);
    const all = ((await (await request.get('/api/interventions')).json()) as { interventions: { slug: string }[] }).interventions;
    // Every seventh intervention: a sample across areas and kinds.
    const interventions = all.filter((_, i) => i % 7 === 0).map((i) => `/en/interventions/${i.slug}`);
    expect(interventions.length).toBeGreaterThan(25);
    const urls = [...areas, ...interventions].filter((_, i) => i % shards === shard);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const danish: string[] = [];
    for (const url of urls) {
      expect((await page.goto(url))?.status(), url).toBe(200);
      // Running text of the page, outside the bibliography (source titles are the sources' own) and quoted names.
      const blocks = await page.locator('main').evaluate((main) =>
        [...main.querySelectorAll('p, li, td, th, h1, h2, h3, figcaption, caption, dd, summary')]
          .filter((el) => !el.closest('.bibliography, [lang="da"], code, pre'))
          .filter((el) => !el.querySelector('p, li, td'))
          .map((el) => {
            // Names marked as Danish (`lang="da"`: actors, official titles) are not running text.
            const copy = el.cloneNode(true) as Element;
            for (const name of copy.querySelectorAll('[lang="da"]')) name.remove();
            return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
          }),
      );
      for (const block of blocks) {
        const { words, share } = danishShare(block);
        if (words >= 8 && share > 0.15) danish.push(`${url}: ${block.slice(0, 120)}`);
      }
    }
    await context.close();
    expect(danish).toEqual([]);
  });
}
