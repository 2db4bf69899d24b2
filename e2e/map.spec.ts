import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

type Hook = { maps: { mode: string; basemap: string; map: unknown }[] };

/** No network in the tests, and this makes sure of it: the online basemap never loads. */
async function blockOnlineBasemap(page: Page) {
  await page.route(/^https:\/\/(tiles\.)?openfreemap\.org\//, (route) => route.abort());
}

async function waitForMap(page: Page, mode = 'full') {
  await expect(page.locator(`.atlas-map-${mode} .atlas-map-canvas`)).toHaveAttribute('data-state', 'loaded', { timeout: 30_000 });
}

test('the GeoJSON twins carry every located area with its category per year', async ({ request }) => {
  const areas = await (await request.get('/api/areas')).json();
  const lists = await (await request.get('/api/lists')).json();
  const geo = await (await request.get('/api/areas.geojson')).json();
  expect(geo.type).toBe('FeatureCollection');
  const located = areas.areas.filter((area: { location: unknown }) => area.location !== null).map((area: { slug: string }) => area.slug);
  expect(geo.features.map((f: { properties: { slug: string } }) => f.properties.slug).sort()).toEqual(located.sort());
  const years = [...new Set(lists.lists.map((list: { date: string }) => list.date.slice(0, 4)))];
  for (const feature of geo.features) {
    expect(feature.type).toBe('Feature');
    expect(feature.geometry.type).toBe('Point');
    const [lon, lat] = feature.geometry.coordinates;
    expect(lat).toBeGreaterThan(54.4);
    expect(lat).toBeLessThan(57.9);
    expect(lon).toBeGreaterThan(7.9);
    expect(lon).toBeLessThan(15.3);
    expect(feature.properties).toMatchObject({ slug: expect.any(String), name: expect.any(String) });
    for (const year of years) expect(feature.properties[`tier_${year}`]).toEqual(expect.any(String));
  }
  const interventions = await (await request.get('/api/interventions.geojson')).json();
  expect(interventions.type).toBe('FeatureCollection');
  expect(Array.isArray(interventions.features)).toBe(true);
});

test('the map falls back to the bundled basemap offline, holds every located area and mirrors it in a table', async ({ page, request }) => {
  await blockOnlineBasemap(page);
  await page.goto('/kort');
  await waitForMap(page);
  const canvas = page.locator('.atlas-map-full .atlas-map-canvas');
  await expect(canvas).toHaveAttribute('data-basemap', 'offline');
  const state = await page.evaluate(async () => {
    const { map } = (window as unknown as { __boligatlas: Hook }).__boligatlas.maps.find((entry) => entry.mode === 'full')!;
    const m = map as {
      queryRenderedFeatures: (o: object) => unknown[];
      getSource: (id: string) => { getData: () => Promise<{ features: { properties: { slug: string } }[] }> };
    };
    const data = await m.getSource('areas').getData();
    return { land: m.queryRenderedFeatures({ layers: ['land'] }).length, slugs: data.features.map((f) => f.properties.slug).sort() };
  });
  expect(state.land).toBeGreaterThan(0);
  const geo = await (await request.get('/api/areas.geojson')).json();
  expect(state.slugs).toEqual(geo.features.map((f: { properties: { slug: string } }) => f.properties.slug).sort());
  // The table under the map lists exactly the areas on the map.
  const rows = page.getByRole('table', { name: /områder med en kildebelagt placering/ }).locator('tbody tr');
  await expect(rows).toHaveCount(state.slugs.length);
  expect((await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-slug')))).sort()).toEqual(state.slugs);
  await expectNoAxeViolations(page);
});

test('changing the year recolours the map without a reload and keeps the state in the URL', async ({ page }) => {
  await blockOnlineBasemap(page);
  await page.goto('/kort');
  await waitForMap(page);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.getByLabel('År (liste)').selectOption('2012');
  await expect(page).toHaveURL(/year=2012/);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const { map } = (window as unknown as { __boligatlas: Hook }).__boligatlas.maps[0]!;
        return JSON.stringify((map as { getPaintProperty: (l: string, p: string) => unknown }).getPaintProperty('area-points', 'circle-color'));
      }),
    )
    .toContain('tier_2012');
  // Same page, no reload: the marker survives.
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  const gellerup = page.locator('tr[data-slug="gellerupparken-toveshoej"] td[data-tier]');
  await expect(gellerup).toHaveAttribute('data-tier', 'listed');
  await page.getByLabel('År (liste)').selectOption('2022');
  await expect(gellerup).toHaveAttribute('data-tier', 'transformation');

  // A shared URL opens the same state.
  await page.goto('/kort?year=2015&kind=social&view=55.7,12.5,9');
  await waitForMap(page);
  await expect(page.getByLabel('År (liste)')).toHaveValue('2015');
  await expect(page.getByLabel('Indsatser: type')).toHaveValue('social');
  const center = await page.evaluate(() => {
    const { map } = (window as unknown as { __boligatlas: Hook }).__boligatlas.maps[0]!;
    const c = (map as { getCenter: () => { lat: number; lng: number }; getZoom: () => number }).getCenter();
    return { lat: c.lat, lon: c.lng };
  });
  expect(center.lat).toBeCloseTo(55.7, 1);
  expect(center.lon).toBeCloseTo(12.5, 1);
});

test('a click on an area opens a popup that links to its profile, and the table does the same by keyboard', async ({ page }) => {
  await blockOnlineBasemap(page);
  await page.goto('/kort?year=2022&view=56.16389,10.13722,11');
  await waitForMap(page);
  const point = await page.evaluate(() => {
    const { map } = (window as unknown as { __boligatlas: Hook }).__boligatlas.maps[0]!;
    const p = (map as { project: (l: [number, number]) => { x: number; y: number } }).project([10.13722, 56.16389]);
    return { x: p.x, y: p.y };
  });
  await page.locator('.atlas-map-full canvas').click({ position: point });
  const popup = page.locator('.maplibregl-popup');
  await expect(popup).toContainText('Gellerupparken/Toveshøj');
  await expect(popup).toContainText('Aarhus Kommune');
  await expect(popup.getByRole('link', { name: 'Se områdets profil' })).toHaveAttribute('href', '/omraader/gellerupparken-toveshoej');

  await page.goto('/kort?year=2022');
  await waitForMap(page);
  const button = page.getByRole('button', { name: 'Vis Tingbjerg/Utterslevhuse på kortet' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.maplibregl-popup')).toContainText('Tingbjerg/Utterslevhuse');
});

test('the intervention filter applies to the map layer and the table alike', async ({ page }) => {
  await blockOnlineBasemap(page);
  await page.goto('/kort');
  await waitForMap(page);
  await page.getByLabel('Indsatser: type').selectOption('physical');
  await page.getByLabel('Indsatser: kategori').selectOption('demolition');
  await expect(page).toHaveURL(/kind=physical&category=demolition/);
  const filter = await page.evaluate(() => {
    const { map } = (window as unknown as { __boligatlas: Hook }).__boligatlas.maps[0]!;
    return JSON.stringify((map as { getFilter: (l: string) => unknown }).getFilter('intervention-points'));
  });
  expect(filter).toContain('"physical"');
  expect(filter).toContain('"demolition"');
  const geo = await (await page.request.get('/api/interventions.geojson')).json();
  const expected = geo.features.filter(
    (f: { properties: { kind: string; category: string } }) => f.properties.kind === 'physical' && f.properties.category === 'demolition',
  ).length;
  if (expected === 0) await expect(page.getByText(/Ingen indsatser med de valgte filtre/)).toBeVisible();
  else await expect(page.getByRole('table', { name: 'Indsatser med egen placering' }).locator('tbody tr')).toHaveCount(expected);
});

test('without JavaScript the map page still lists the areas and takes the year from a plain form', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/kort');
  await expect(page.getByRole('table', { name: /områder med en kildebelagt placering/ })).toBeVisible();
  await page.getByLabel('År (liste)').selectOption('2012');
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  // The map's own buttons need JavaScript, so they are not offered without it.
  await expect(page.getByRole('button', { name: /på kortet/ })).toHaveCount(0);
  await expect(page).toHaveURL(/year=2012/);
  await expect(page.locator('tr[data-slug="gellerupparken-toveshoej"] td[data-tier]')).toHaveAttribute('data-tier', 'listed');
  await context.close();
});

test('an area profile has a mini-map centred on the area', async ({ page }) => {
  await blockOnlineBasemap(page);
  await page.goto('/omraader/tingbjerg-utterslevhuse');
  await waitForMap(page, 'mini');
  const center = await page.evaluate(() => {
    const entry = (window as unknown as { __boligatlas: Hook }).__boligatlas.maps.find((m) => m.mode === 'mini')!;
    const c = (entry.map as { getCenter: () => { lat: number; lng: number } }).getCenter();
    return { lat: c.lat, lon: c.lng };
  });
  const area = await (await page.request.get('/api/areas/tingbjerg-utterslevhuse')).json();
  expect(center.lat).toBeCloseTo(area.location.lat, 3);
  expect(center.lon).toBeCloseTo(area.location.lon, 3);
});

test('maplibre is loaded only on pages with a map', async ({ page }) => {
  const scriptsWithMaplibre = async () => {
    const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.js')));
    const hits = [];
    for (const url of urls) if ((await (await page.request.get(url)).text()).includes('maplibre')) hits.push(url);
    return hits;
  };
  await page.goto('/omraader');
  await page.waitForLoadState('networkidle');
  expect(await scriptsWithMaplibre()).toEqual([]);
  await blockOnlineBasemap(page);
  await page.goto('/kort');
  await waitForMap(page);
  expect((await scriptsWithMaplibre()).length).toBeGreaterThan(0);
});
