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

test('every area is on the map with the precision of its point, and the twins say so', async ({ request }) => {
  const areas = await (await request.get('/api/areas')).json();
  const geo = await (await request.get('/api/areas.geojson')).json();
  expect(geo.features).toHaveLength(areas.areas.length);
  for (const feature of geo.features) {
    expect(['area', 'district', 'town', 'municipality']).toContain(feature.properties.precision);
    if (feature.properties.precision === 'area') expect(feature.properties.place).toBeNull();
    else expect(feature.properties.place).toEqual(expect.any(String));
  }
  const vollsmose = geo.features.find((f: { properties: { slug: string } }) => f.properties.slug === 'vollsmose');
  expect(vollsmose.properties).toMatchObject({ precision: 'town', place: 'Odense' });
  const area = await (await request.get('/api/areas/vollsmose')).json();
  expect(area.location).toMatchObject({ precision: 'town', place: 'Odense' });

  const interventions = await (await request.get('/api/interventions.geojson')).json();
  expect(interventions.features.length).toBeGreaterThan(100);
  for (const feature of interventions.features) {
    expect(['own', 'area']).toContain(feature.properties.placement);
    if (feature.properties.placement === 'area') expect(feature.properties.areas).toContain(feature.properties.placedAt);
  }

  const kommuner = await (await request.get('/api/municipalities.geojson')).json();
  expect(kommuner.features).toHaveLength(98);
  const aarhus = kommuner.features.find((f: { properties: { code: number } }) => f.properties.code === 751);
  expect(aarhus.properties.name).toBe('Aarhus');
  expect(['Polygon', 'MultiPolygon']).toContain(aarhus.geometry.type);
  expect(aarhus.properties.count_2022).toBeGreaterThan(0);
  expect(aarhus.properties.counts['2022']).toMatchObject({ total: aarhus.properties.count_2022, complete: expect.any(Boolean) });
});

/** What the full map draws of the areas right now: unclustered points plus the areas inside the clusters. */
async function drawnAreaCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const { map } = (window as unknown as { __boligatlas: Hook }).__boligatlas.maps.find((entry) => entry.mode === 'full')!;
    const m = map as { queryRenderedFeatures: (o: object) => { layer: { id: string }; properties: { point_count?: number; slug?: string } }[] };
    const features = m.queryRenderedFeatures({ layers: ['area-points', 'area-clusters'] });
    const points = new Set(features.filter((f) => f.layer.id === 'area-points').map((f) => f.properties.slug));
    const clustered = features.filter((f) => f.layer.id === 'area-clusters').reduce((sum, f) => sum + (f.properties.point_count ?? 0), 0);
    return points.size + clustered;
  });
}

test('offline, the map draws as many areas as its table lists, and a coarse marker says it is approximate', async ({ page }) => {
  await blockOnlineBasemap(page);
  await page.goto('/kort?year=2019');
  await waitForMap(page);
  const rows = page.getByRole('table', { name: /områder med en kildebelagt placering/ }).locator('tbody tr');
  await expect.poll(() => drawnAreaCount(page)).toBe(await rows.count());
  await expect(page.locator('tr[data-slug="vollsmose"] td[data-precision]')).toHaveAttribute('data-precision', 'town');
  await expect(page.locator('tr[data-slug="vollsmose"] td[data-precision]')).toHaveText('Omtrentlig placering: byen Odense');
  await expect(page.getByLabel('Placering', { exact: true })).toContainText('omtrentligt: byens punkt');
  await page.getByRole('button', { name: 'Vis Vollsmose på kortet' }).click();
  const popup = page.locator('.maplibregl-popup');
  await expect(popup).toContainText('Vollsmose');
  await expect(popup).toContainText('Omtrentlig placering: byen Odense');
  // Tingbjerg's point is printed for the area itself.
  await page.getByRole('button', { name: 'Vis Tingbjerg/Utterslevhuse på kortet' }).click();
  await expect(popup).toContainText('Placeret i selve området');
});

test('areas that share one coarse point stay apart: a thick rim marks the point and a click lists them all', async ({ page }) => {
  await blockOnlineBasemap(page);
  // Four Odense areas stand at the town's point.
  await page.goto('/kort?year=2019&view=55.39594,10.38831,13');
  await waitForMap(page);
  const point = await page.evaluate(() => {
    const { map } = (window as unknown as { __boligatlas: Hook }).__boligatlas.maps[0]!;
    const p = (map as { project: (l: [number, number]) => { x: number; y: number } }).project([10.38831, 55.39594]);
    return { x: p.x, y: p.y };
  });
  const geo = await (await page.request.get('/api/areas.geojson')).json();
  const vollsmose = geo.features.find((f: { properties: { slug: string } }) => f.properties.slug === 'vollsmose');
  expect(vollsmose.properties.sharedPoint).toBe(4);
  await page.locator('.atlas-map-full canvas').click({ position: point });
  const popup = page.locator('.maplibregl-popup');
  await expect(popup).toContainText('4 områder her');
  for (const name of ['Vollsmose', 'Solbakken mv.', 'Korsløkkeparken Øst', 'Dianavænget/Heliosvænget']) {
    await expect(popup.getByRole('link', { name })).toBeVisible();
  }
});

test('the municipality layer follows the year and the switch, and its table links to each kommune\'s areas', async ({ page }) => {
  await blockOnlineBasemap(page);
  await page.goto('/kort?year=2022');
  await waitForMap(page);
  const drawn = () =>
    page.evaluate(() => {
      const { map } = (window as unknown as { __boligatlas: Hook }).__boligatlas.maps[0]!;
      const m = map as { queryRenderedFeatures: (o: object) => unknown[]; getPaintProperty: (l: string, p: string) => unknown };
      return { kommuner: m.queryRenderedFeatures({ layers: ['municipality-fill'] }).length, fill: JSON.stringify(m.getPaintProperty('municipality-fill', 'fill-color')) };
    });
  await expect.poll(async () => (await drawn()).kommuner).toBeGreaterThan(50);
  expect((await drawn()).fill).toContain('count_2022');
  await page.getByLabel('År (liste)').selectOption('2012');
  await expect.poll(async () => (await drawn()).fill).toContain('count_2012');
  await page.getByLabel('Vis kommuner').uncheck();
  await expect(page).toHaveURL(/municipalities=0/);
  await expect.poll(async () => (await drawn()).kommuner).toBe(0);
  await page.getByLabel('Vis kommuner').check();
  await expect.poll(async () => (await drawn()).kommuner).toBeGreaterThan(50);
  await page.getByLabel('År (liste)').selectOption('2022');
  const table = page.getByRole('table', { name: /kommuner med områder på listen 2022/ });
  const aarhus = table.locator('tr[data-code="751"]');
  await expect(aarhus.getByRole('link', { name: 'Aarhus' })).toHaveAttribute('href', '/omraader?municipality=751');
  const kommuner = await (await page.request.get('/api/municipalities.geojson')).json();
  const listed = kommuner.features.filter((f: { properties: { count_2022: number } }) => f.properties.count_2022 > 0);
  await expect(table.locator('tbody tr')).toHaveCount(listed.length);
});

test('the intervention filters change what the map draws', async ({ page }) => {
  await blockOnlineBasemap(page);
  await page.goto('/kort?year=2022&view=56.16,10.15,10.5');
  await waitForMap(page);
  const drawn = () =>
    page.evaluate(() => {
      const { map } = (window as unknown as { __boligatlas: Hook }).__boligatlas.maps[0]!;
      const m = map as { queryRenderedFeatures: (o: object) => { properties: { slug: string; kind: string; category: string } }[] };
      const layers = ['intervention-points', 'intervention-points-physical', 'intervention-points-social', 'intervention-points-policy'];
      const features = m.queryRenderedFeatures({ layers });
      return [...new Map(features.map((f) => [f.properties.slug, f.properties])).values()];
    });
  await expect.poll(async () => (await drawn()).length).toBeGreaterThan(5);
  const all = await drawn();
  expect(new Set(all.map((f) => f.kind)).size).toBeGreaterThan(1);
  await page.getByLabel('Indsatser: type').selectOption('social');
  await expect.poll(async () => (await drawn()).length).toBeLessThan(all.length);
  expect((await drawn()).every((f) => f.kind === 'social')).toBe(true);
  await page.getByLabel('Indsatser: type').selectOption('physical');
  await page.getByLabel('Indsatser: kategori').selectOption('demolition');
  await expect.poll(async () => (await drawn()).every((f) => f.category === 'demolition')).toBe(true);
  expect((await drawn()).length).toBeGreaterThan(0);
});

test('on a phone the map and its markers work, and a profile with a coarse point says so under its map', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await blockOnlineBasemap(page);
  await page.goto('/kort?year=2022');
  await waitForMap(page);
  const box = await page.locator('.atlas-map-full .atlas-map-canvas').boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  expect(box!.height).toBeGreaterThan(200);
  await page.getByRole('button', { name: 'Vis Vollsmose på kortet' }).click();
  await expect(page.locator('.maplibregl-popup')).toContainText('Omtrentlig placering: byen Odense');

  await page.goto('/omraader/degnegaarden-mv');
  await waitForMap(page, 'mini');
  await expect(page.locator('.atlas-map-mini + .map-note')).toHaveText('Omtrentlig placering: København Kommune (kommunens kortpunkt)');
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
  else await expect(page.getByRole('table', { name: 'Indsatser på kortet (ved egen placering eller ved områdets)' }).locator('tbody tr')).toHaveCount(expected);
});

test('the tables beside the map come a page at a time: the pager turns a page in place with JavaScript and by a plain link without', async ({ page, browser }) => {
  const geo = await (await page.request.get('/api/interventions.geojson')).json();
  const total: number = geo.features.length;
  test.skip(total <= 100, 'one page of interventions: nothing to turn');
  const slugsOnMap = new Set(geo.features.map((f: { properties: { slug: string } }) => f.properties.slug));
  const table = page.getByRole('table', { name: 'Indsatser på kortet (ved egen placering eller ved områdets)' });
  const pager = page.getByRole('navigation', { name: 'Sider i tabellen over indsatserne' });

  await blockOnlineBasemap(page);
  await page.goto('/kort');
  await waitForMap(page);
  await expect(table.locator('tbody tr')).toHaveCount(100);
  await expect(pager).toContainText(`Viser 1–100 af ${total}`);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await pager.getByRole('link', { name: 'Næste ›' }).click();
  await expect(pager).toContainText(`Viser 101–${Math.min(200, total)} af ${total}`);
  await expect(page).toHaveURL(/interventionPage=2/);
  // The same page, not a reload: the map stays as it was.
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  const second = await table.locator('tbody th a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').pop()!));
  expect(second.every((slug) => slugsOnMap.has(slug))).toBe(true);
  // A filter starts its table from the first page again.
  await page.getByLabel('Indsatser: type').selectOption('physical');
  await expect(page).not.toHaveURL(/interventionPage=/);
  await expect(page).toHaveURL(/kind=physical/);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto('/kort');
  await plain.getByRole('navigation', { name: 'Sider i tabellen over indsatserne' }).getByRole('link', { name: 'Næste ›' }).click();
  await expect(plain).toHaveURL(/\/kort\?.*interventionPage=2/);
  await expect(plain.getByRole('navigation', { name: 'Sider i tabellen over indsatserne' })).toContainText(`Viser 101–${Math.min(200, total)} af ${total}`);
  const plainSecond = await plain
    .getByRole('table', { name: 'Indsatser på kortet (ved egen placering eller ved områdets)' })
    .locator('tbody th a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').pop()!));
  expect(plainSecond).toEqual(second);
  await context.close();
});

test('on the English map a change of year brings the tables for that year from the English path, in English', async ({ page }) => {
  await blockOnlineBasemap(page);
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/tabeller')) asked.push(new URL(request.url()).pathname);
  });
  await page.goto('/en/map');
  await waitForMap(page);
  await page.getByLabel('Year (list)').selectOption('2012');
  await expect(page).toHaveURL(/\/en\/map\?year=2012/);
  await expect(page.locator('tr[data-slug="gellerupparken-toveshoej"] td[data-tier]')).toHaveAttribute('data-tier', 'listed');
  expect(asked).toEqual(['/en/map/tabeller']);
  await expect(page.getByRole('heading', { name: 'The municipalities on the 2012 list' })).toBeVisible();
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

test('the boundaries twin carries each sourced boundary once, with its precision and the areas it bounds, as the profiles say', async ({ request }) => {
  const geo = await (await request.get('/api/boundaries.geojson')).json();
  expect(geo.type).toBe('FeatureCollection');
  expect(geo.features.length).toBeGreaterThan(0);
  for (const feature of geo.features) {
    expect(['Polygon', 'MultiPolygon']).toContain(feature.geometry.type);
    expect(['area', 'district']).toContain(feature.properties.precision);
    if (feature.properties.precision === 'district') expect(feature.properties.place).toEqual(expect.any(String));
    expect(feature.properties.sources).toContain(feature.properties.polygon);
    for (const slug of feature.properties.areas) {
      const area = await (await request.get(`/api/areas/${slug}`)).json();
      expect(area.facts.boundary).toMatchObject({ polygon: feature.properties.polygon, precision: feature.properties.precision, place: feature.properties.place });
    }
  }
  const noerrebro = geo.features.find((f: { properties: { polygon: string } }) => f.properties.polygon === 'kk-bydel-3');
  expect(noerrebro.properties).toMatchObject({ precision: 'district', place: 'Nørrebro', name: 'Nørrebro' });
  expect(noerrebro.properties.areas).toEqual(expect.arrayContaining(['mjoelnerparken', 'aldersrogade', 'blaagaarden', 'lundtoftegade']));
  expect(geo.attribution).toContain('Københavns Kommune');
  // An area without a sourced boundary says so.
  expect((await (await request.get('/api/areas/vollsmose')).json()).facts.boundary).toBeNull();
});

test('the full map draws a district boundary dashed, its popup says it is the district’s, and the table and legend say the same', async ({ page }) => {
  await blockOnlineBasemap(page);
  await page.goto('/kort?year=2022&view=55.695,12.55,12.5');
  await waitForMap(page);
  const drawn = () =>
    page.evaluate(() => {
      const { map } = (window as unknown as { __boligatlas: Hook }).__boligatlas.maps.find((entry) => entry.mode === 'full')!;
      const m = map as { queryRenderedFeatures: (o: object) => { properties: { polygon: string } }[]; getPaintProperty: (l: string, p: string) => unknown };
      return {
        district: [...new Set(m.queryRenderedFeatures({ layers: ['boundary-district'] }).map((f) => f.properties.polygon))],
        dash: JSON.stringify(m.getPaintProperty('boundary-district', 'line-dasharray')),
      };
    });
  await expect.poll(async () => (await drawn()).district).toContain('kk-bydel-3');
  expect((await drawn()).dash).toBe('[3,2]');
  // Inside Nørrebro, away from the area markers: the boundary's popup.
  const point = await page.evaluate(() => {
    const { map } = (window as unknown as { __boligatlas: Hook }).__boligatlas.maps[0]!;
    const p = (map as { project: (l: [number, number]) => { x: number; y: number } }).project([12.5635, 55.6905]);
    return { x: p.x, y: p.y };
  });
  await page.locator('.atlas-map-full canvas').click({ position: point });
  const popup = page.locator('.maplibregl-popup');
  await expect(popup).toContainText('Bydelens grænse (Nørrebro)');
  await expect(popup).toContainText('ikke deres egen grænse');
  await expect(popup.getByRole('link', { name: 'Mjølnerparken' })).toHaveAttribute('href', '/omraader/mjoelnerparken');
  await expect(page.getByLabel('Grænser', { exact: true })).toContainText('stiplet linje: bydelens grænse');
  await expect(page.locator('tr[data-slug="mjoelnerparken"] td[data-boundary]')).toHaveText('Bydelens grænse (Nørrebro)');
  await expect(page.locator('tr[data-slug="vollsmose"] td[data-boundary]')).toHaveAttribute('data-boundary', 'no');
});

test('a profile with a district boundary draws it dashed on its mini-map and names it with its source, in Danish and English', async ({ page }) => {
  await blockOnlineBasemap(page);
  await page.goto('/omraader/mjoelnerparken');
  await waitForMap(page, 'mini');
  await expect
    .poll(() =>
      page.evaluate(() => {
        const entry = (window as unknown as { __boligatlas: Hook }).__boligatlas.maps.find((m) => m.mode === 'mini')!;
        const m = entry.map as { queryRenderedFeatures: (o: object) => { properties: { polygon: string } }[] };
        return [...new Set(m.queryRenderedFeatures({ layers: ['focus-boundary-district'] }).map((f) => f.properties.polygon))];
      }),
    )
    .toEqual(['kk-bydel-3']);
  await expect(page.locator('.map-boundary-note')).toHaveText(/^Kortet viser bydelens grænse \(Nørrebro\) med stiplet linje/);
  const facts = page.locator('dl.facts');
  await expect(facts).toContainText('Bydelens grænse (Nørrebro)');
  // The boundary's footnote leads to Københavns Kommune's bydel record in the bibliography.
  const ref = facts.locator('dt:has-text("Grænse") + dd a').first();
  const target = await ref.getAttribute('href');
  await expect(page.locator(`${target}`)).toContainText('Nørrebro (bydel nr. 3), Bydele, Københavns Kommune');

  await page.goto('/en/areas/mjoelnerparken');
  await waitForMap(page, 'mini');
  await expect(page.locator('.map-boundary-note')).toHaveText(/^The map shows the district’s boundary \(Nørrebro\) as a dashed line/);
  await expect(page.locator('dl.facts')).toContainText('The district’s boundary (Nørrebro)');
});

/** Every position of a Polygon or MultiPolygon's coordinates. */
const positionsOf = (coordinates: unknown): number[][] =>
  Array.isArray(coordinates) && typeof coordinates[0] === 'number' ? [coordinates as number[]] : (coordinates as unknown[]).flatMap(positionsOf);

test('a profile whose point is only the kommune’s shows the whole district outline it has, and the point', async ({ page }) => {
  await blockOnlineBasemap(page);
  await page.goto('/omraader/hoergaarden');
  await waitForMap(page, 'mini');
  const area = await (await page.request.get('/api/areas/hoergaarden')).json();
  expect(area.location.precision).toBe('municipality');
  expect(area.facts.boundary).toMatchObject({ precision: 'district', place: 'Amager Vest', polygon: 'kk-bydel-10' });
  const geo = await (await page.request.get('/api/boundaries.geojson')).json();
  const outline = geo.features.find((f: { properties: { polygon: string } }) => f.properties.polygon === 'kk-bydel-10');
  const lats = positionsOf(outline.geometry.coordinates).map((p) => p[1]!);
  const bounds = () =>
    page.evaluate(() => {
      const entry = (window as unknown as { __boligatlas: Hook }).__boligatlas.maps.find((m) => m.mode === 'mini')!;
      const b = (entry.map as { getBounds: () => { getSouth: () => number; getNorth: () => number } }).getBounds();
      return { south: b.getSouth(), north: b.getNorth() };
    });
  await expect.poll(async () => (await bounds()).south).toBeLessThanOrEqual(Math.min(...lats));
  expect((await bounds()).north).toBeGreaterThanOrEqual(Math.max(area.location.lat, ...lats));
});
